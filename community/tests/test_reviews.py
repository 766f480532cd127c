"""Reviews of offers: who may review, one per school, the Bayesian score and moderation."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from community.models import Review
from community.reviews import bayesian_score
from core.tests.factories import translate_page
from offers.models import OfferPage, ShortlistItem
from offers.tests.factories import (
    OfferPageFactory,
)

from .factories import SchoolFactory, member
from .reviewing import (
    add_review,
    entry,
    offer_html,
    post_review,
    ran,
    stored,
    verified_member,
)

pytestmark = pytest.mark.django_db


# Who may review


def test_only_a_member_verified_for_a_school_gets_the_form(client, offer, school):
    html = offer_html(client, offer)
    assert 'name="rating"' not in html
    assert "als lid van een school om dit aanbod te beoordelen" in html

    unverified = member()
    unverified.profile.school = school  # chose a school, but no editor verified it
    unverified.profile.save()
    client.force_login(unverified)
    html = offer_html(client, offer)
    assert 'name="rating"' not in html
    assert "Alleen leden die voor hun school geverifieerd zijn" in html
    response = post_review(client, offer)
    assert response.status_code == 403
    assert "Alleen scholen kunnen beoordelen" in response.content.decode()
    assert not Review.objects.exists()

    ran(school, offer)
    client.force_login(verified_member(school))
    html = offer_html(client, offer)
    assert 'name="rating"' in html
    assert "U beoordeelt namens Basisschool De Regenboog" in html
    response = post_review(client, offer, rating=5, next=offer.url)
    assert response.status_code == 302
    review = Review.objects.get()
    assert (review.school, review.rating) == (school, 5)


NOT_RUN = "Uw school kan dit aanbod beoordelen nadat het is uitgevoerd"


@pytest.mark.parametrize(
    ("shortlist", "status", "days_from_today", "allowed"),
    [
        (None, None, None, False),  # never asked for
        # Only on the shortlist (which holds saved offers, never a plan of the school's own).
        (True, None, None, False),
        (None, "new", 10, False),  # asked, not answered
        (None, "accepted", 10, False),  # planned, still to come
        (None, "accepted", -1, False),  # the date passed, nobody confirmed it took place
        (None, "not_held", -1, False),  # it did not take place
        (None, "done", -1, True),  # took place, confirmed
    ],
)
def test_a_school_reviews_an_offer_only_after_running_it(
    client, offer, school, shortlist, status, days_from_today, allowed
):
    if shortlist:
        ShortlistItem.objects.create(school=school, offer=offer, note="Uitgevoerd!")
    if status is not None:
        ran(school, offer, status=status, days_from_today=days_from_today)
    client.force_login(verified_member(school))
    html = offer_html(client, offer)
    assert ('name="rating"' in html) is allowed
    assert (NOT_RUN in html) is not allowed
    response = post_review(client, offer, rating=4)
    if allowed:
        assert response.status_code == 302
        assert Review.objects.get().school == school
    else:
        assert response.status_code == 403
        assert NOT_RUN in response.content.decode()
        assert not Review.objects.exists()


def test_another_schools_plan_does_not_unlock_the_review(client, offer, school):
    ran(SchoolFactory(name="Andere school"), offer)
    client.force_login(verified_member(school))
    assert post_review(client, offer).status_code == 403
    assert not Review.objects.exists()


def test_an_existing_review_of_the_school_stays_editable(client, offer, school):
    """A review written before the rule (or by an editor) can be edited without a plan."""
    add_review(offer, 3, school=school, text="Eerder geschreven.")
    client.force_login(verified_member(school))
    assert "U past de beoordeling van uw school aan" in offer_html(client, offer)
    response = post_review(client, offer, rating=5, text="Na afloop bijgesteld.")
    assert response.status_code == 302
    assert (Review.objects.get().rating, Review.objects.count()) == (5, 1)


def test_an_anonymous_visitor_is_sent_to_log_in(client, offer):
    response = post_review(client, offer)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    assert not Review.objects.exists()


def test_rating_must_be_between_one_and_five(client, offer, school):
    ran(school, offer)
    client.force_login(verified_member(school))
    for rating in (0, 6, "vijf"):
        response = post_review(client, offer, rating=rating)
        assert response.status_code == 400
        assert 'class="errorlist' in response.content.decode()
    assert not Review.objects.exists()


def test_a_second_review_from_the_same_school_edits_the_first(client, offer, school):
    first, colleague = verified_member(school), verified_member(school)
    ran(school, offer)
    client.force_login(first)
    post_review(client, offer, rating=4, text="Eerste indruk: goed.")
    client.force_login(colleague)
    html = offer_html(client, offer)
    assert "U past de beoordeling van uw school aan" in html
    assert "Eerste indruk: goed." in html  # pre-filled
    response = post_review(client, offer, rating=2, text="Na de hele reeks: matig.")
    assert response.status_code == 302
    review = Review.objects.get()
    assert (review.rating, review.text, review.author) == (2, "Na de hele reeks: matig.", colleague)
    assert stored(offer).rating_count == 1


def test_a_review_of_a_translation_counts_for_the_dutch_offer(client, catalogue, locales, school):
    _nl, en = locales
    offer = catalogue["offer"]
    translate_page(catalogue["index"], en, slug="offers-en")
    translate_page(catalogue["provider"], en, slug="techniekpunt-en")
    offer_en = translate_page(offer, en, title="Robot lesson", slug="robot-lesson")
    ran(school, offer_en)  # the school planned the English page; the review goes to the Dutch
    client.force_login(verified_member(school))
    post_review(client, offer_en, rating=3)
    assert Review.objects.get().offer_id == offer.pk
    for page in (offer, offer_en):
        assert stored(page).rating_count == 1
        assert entry(page).rating_count == 1
    # The English page shows the same reviews, in English.
    assert "Reviews by schools" in offer_html(client, offer_en, "")


# The Bayesian score


def test_bayesian_score_follows_the_formula(settings):
    settings.REVIEW_PRIOR_MEAN, settings.REVIEW_PRIOR_WEIGHT = 3.5, 5
    assert bayesian_score(0, 0) == 3.5
    assert bayesian_score(10, 2) == pytest.approx((5 * 3.5 + 10) / 7)
    settings.REVIEW_PRIOR_WEIGHT = 0
    assert bayesian_score(10, 2) == 5


def test_two_five_star_reviews_rank_below_twenty_reviews_of_four_and_a_half(catalogue):
    few = catalogue["offer"]
    many = OfferPageFactory(parent=catalogue["provider"], title="Werkplaats")
    for _ in range(2):
        add_review(few, 5)
    for rating in [5] * 10 + [4] * 10:
        add_review(many, rating)
    few, many = stored(few), stored(many)
    assert few.rating_average == Decimal("5.00")
    assert many.rating_average == Decimal("4.50")
    assert few.rating_score < many.rating_score
    assert entry(few).rating_score < entry(many).rating_score
    assert list(
        OfferPage.objects.filter(pk__in=[few.pk, many.pk])
        .order_by("-rating_score")
        .values_list("pk", flat=True)
    ) == [many.pk, few.pk]


def test_stored_rating_follows_create_edit_hide_and_delete(offer, settings):
    settings.REVIEW_PRIOR_MEAN, settings.REVIEW_PRIOR_WEIGHT = 3.5, 5
    revisions = offer.revisions.count()

    review = add_review(offer, 5)
    page = stored(offer)
    assert (page.rating_average, page.rating_count) == (Decimal("5.00"), 1)
    assert page.rating_score == pytest.approx((17.5 + 5) / 6)
    assert entry(offer).rating_score == pytest.approx((17.5 + 5) / 6)

    other = add_review(offer, 2)
    review.rating = 1
    review.save()
    page = stored(offer)
    assert (page.rating_average, page.rating_count) == (Decimal("1.50"), 2)
    assert entry(offer).rating_score == pytest.approx((17.5 + 3) / 7)

    other.is_public = False  # an editor hides it
    other.save()
    assert stored(offer).rating_count == 1
    assert entry(offer).rating_score == pytest.approx((17.5 + 1) / 6)

    review.delete()
    page = stored(offer)
    assert (page.rating_average, page.rating_count, page.rating_score) == (None, 0, 3.5)
    assert entry(offer).rating_score == 3.5
    assert entry(offer).rating_count == 0
    assert offer.revisions.count() == revisions  # written without a new revision


def test_an_editor_hides_a_review_in_the_admin(client, offer):
    review = add_review(offer, 5, text="Verdacht enthousiast")
    editor = get_user_model().objects.create_superuser("redactie", "r@example.org", "x-y-z-123")
    client.force_login(editor)
    listing = client.get(reverse("community_review:index"))
    assert listing.status_code == 200
    assert "Basisschool" in listing.content.decode()
    response = client.post(
        reverse("community_review:edit", args=[review.pk]),
        {"rating": 5, "text": review.text, "ran_on": "", "group": ""},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    review.refresh_from_db()
    assert not review.is_public
    assert stored(offer).rating_count == 0
    client.logout()
    assert "Verdacht enthousiast" not in offer_html(client, offer)
