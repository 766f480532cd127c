"""Reviews of offers: who may review, one per school, Bayesian score, replies, votes, display."""

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from community.models import HelpfulVote, ProviderReply, Review
from community.reviews import bayesian_score, may_review, school_ran_offer
from community.views.account import delete_member
from core.models import TargetGroup
from core.tests.factories import translate_page
from offers.bookings.models import BookingRequest
from offers.models import OfferPage, ShortlistItem
from offers.tests.factories import (
    OfferPageFactory,
    ProviderIndexPageFactory,
    ProviderPageFactory,
    dutch,
)
from search.models import SearchEntry

from .factories import SchoolFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home_pages, taxonomy):
    home_nl, _home_en = home_pages
    index = ProviderIndexPageFactory(parent=home_nl)
    provider = ProviderPageFactory(parent=index, title="Techniekpunt")
    offer = OfferPageFactory(parent=provider, title="Robotles")
    return {"index": index, "provider": provider, "offer": offer}


@pytest.fixture
def offer(catalogue):
    return catalogue["offer"]


@pytest.fixture
def school():
    return SchoolFactory(name="Basisschool De Regenboog")


def verified_member(school, **fields):
    user = member(**fields)
    user.profile.verify_for(school)
    return user


def ran(school, offer, status="done", days_from_today=-7):
    """A request of the school for `offer` in `status` (a done one unlocks the review)."""
    start = timezone.now() + timedelta(days=days_from_today)
    return BookingRequest.objects.create(
        school=school,
        offer=offer,
        provider=offer.get_parent().specific,
        groups="groep 7",
        pupils=20,
        contact_name="Juf",
        contact_email="juf@school.example",
        message="Graag.",
        status=status,
        start=start,
        end=start + timedelta(hours=2),
    )


def stored(offer):
    return OfferPage.objects.get(pk=offer.pk)


def entry(offer):
    return SearchEntry.objects.get(key=f"page:{offer.pk}")


def post_review(client, offer, rating=4, text="De kinderen deden enthousiast mee.", **extra):
    return client.post(
        reverse("community:review_form", args=[offer.pk]),
        {"rating": rating, "text": text, **extra},
    )


def add_review(offer, rating, school=None, author=None, text="Goed aanbod.", **fields):
    return Review.objects.create(
        offer=offer,
        school=school or SchoolFactory(),
        author=author,
        rating=rating,
        text=text,
        **fields,
    )


def offer_html(client, offer, query=""):
    response = client.get(offer.url + query)
    assert response.status_code == 200
    return response.content.decode()


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
        ("saved", None, None, False),  # only on the shortlist
        # The school's own plan no longer unlocks a review: it could be faked.
        ("done", None, None, False),
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
    if shortlist is not None:
        ShortlistItem.objects.create(
            school=school, offer=offer, status=shortlist, planned_date=date.today()
        )
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


# Provider replies


def test_only_a_member_of_the_offers_provider_replies_and_only_once(client, catalogue, school):
    offer = catalogue["offer"]
    review = add_review(offer, 3, school=school, text="Twee lessen vielen uit.")
    url = reverse("community:review_reply", args=[review.pk])

    other_provider = ProviderPageFactory(parent=catalogue["index"], title="Ander")
    outsider = member(provider_page=other_provider)
    client.force_login(outsider)
    assert client.post(url, {"text": "Wij doen het beter."}).status_code == 403
    client.force_login(verified_member(school))
    assert client.post(url, {"text": "Ik ben de school."}).status_code == 403
    assert not ProviderReply.objects.exists()

    provider_member = member(provider_page=catalogue["provider"])
    client.force_login(provider_member)
    assert "Reageer als aanbieder" in offer_html(client, offer)
    assert client.get(url).status_code == 200  # the form on a page of its own, too
    response = client.post(url, {"text": "We plannen voortaan vooraf. <b>Sorry</b>"})
    assert response.status_code == 302
    assert client.post(url, {"text": "Nog een keer."}).status_code == 403
    reply = ProviderReply.objects.get()
    assert (reply.review, reply.author) == (review, provider_member)

    client.logout()
    html = offer_html(client, offer)
    assert "Reactie van de aanbieder" in html
    assert "We plannen voortaan vooraf. &lt;b&gt;Sorry&lt;/b&gt;" in html


# Helpful votes


def test_a_member_votes_helpful_once_and_never_on_their_own_review(client, offer, school):
    author = verified_member(school)
    review = add_review(offer, 4, school=school, author=author)
    url = reverse("community:review_helpful", args=[review.pk])

    voter = verified_member(SchoolFactory(name="Het Kompas"))
    client.force_login(voter)
    assert client.post(url).status_code == 302
    assert client.post(url).status_code == 302
    assert HelpfulVote.objects.filter(review=review).count() == 1
    assert "1 lid vond dit nuttig" in offer_html(client, offer)

    client.force_login(author)
    assert client.post(url).status_code == 403
    colleague = verified_member(school)  # same school: also their own review
    client.force_login(colleague)
    assert client.post(url).status_code == 403
    assert HelpfulVote.objects.filter(review=review).count() == 1

    client.logout()
    response = client.post(url)
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
    assert client.get(url).status_code == 405  # a vote is a POST


def test_reviews_sort_newest_or_most_helpful(client, offer):
    older = add_review(offer, 4, school=SchoolFactory(name="Oude Eik"))
    add_review(offer, 3, school=SchoolFactory(name="Nieuwe Linde"))
    for _ in range(2):
        HelpfulVote.objects.create(review=older, member=member())

    def order(query):
        html = offer_html(client, offer, query)
        return html.index("Oude Eik") < html.index("Nieuwe Linde")

    assert order("") is False  # newest first
    assert order("?beoordelingen=nuttig") is True
    assert order("?beoordelingen=onzin&beoordelingen-pagina=xyz") is False
    html = offer_html(client, offer, "?beoordelingen=nuttig")
    assert 'aria-current="true">Meest nuttig' in html


# What the offer page shows


def test_review_text_with_html_is_shown_as_text(client, offer):
    add_review(offer, 2, text='<script>alert("x")</script><b>vet</b>')
    html = offer_html(client, offer)
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html
    assert "&lt;b&gt;vet&lt;/b&gt;" in html


def test_offer_page_shows_average_count_and_distribution(client, offer):
    group = dutch(TargetGroup, "groep-7-8")
    add_review(offer, 5, school=SchoolFactory(name="De Wilg"), group=group)
    add_review(offer, 4)
    add_review(offer, 4)
    html = offer_html(client, offer)
    assert "4,3 van 5" in html
    assert "(3 beoordelingen)" in html
    distribution = html[html.index("Verdeling van de waarderingen") :]
    distribution = distribution[: distribution.index("</table>")]
    rows = re.findall(
        r"<th scope=\"row\">(\d) sterr?e?n?</th>.*?<td>(\d+)</td>", distribution, re.S
    )
    assert rows == [("5", "1"), ("4", "2"), ("3", "0"), ("2", "0"), ("1", "0")]
    # Bars as classes: the Content-Security-Policy refuses inline style attributes.
    assert "style=" not in distribution
    assert 'class="review-bar-w100"' in distribution and 'class="review-bar-w50"' in distribution
    assert "De Wilg" in html
    assert "Met " + group.name in html


def test_a_deleted_members_review_stays_as_former_member(client, offer, school):
    author = verified_member(school, display_name="Fatima")
    add_review(offer, 4, school=school, author=author, text="Blijft staan.")
    delete_member(author)
    review = Review.objects.get()
    assert review.author is None
    html = offer_html(client, offer)
    assert "Blijft staan." in html and "verwijderd lid" in html and "Fatima" not in html


def test_offer_page_queries_do_not_grow_with_the_number_of_reviews(client, offer):
    voter = member()
    client.force_login(voter)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            offer_html(client, offer)
        return len(captured)

    def add(n):
        for _ in range(n):
            review = add_review(offer, 4, author=member(), group=dutch(TargetGroup, "groep-5-6"))
            HelpfulVote.objects.create(review=review, member=member())

    add(5)
    queries()  # warm up per-process caches (site root paths, content types)
    few = queries()
    add(195)
    assert queries() == few
    assert stored(offer).rating_count == 200


def test_demo_adds_reviews_with_a_provider_reply_once(home_pages, locales, settings, tmp_path):
    from community.demo import build_community_demo, build_reviews_demo
    from core.demo import DemoContext
    from offers.demo import build_offers_demo

    settings.VAR_DIR = tmp_path
    context = DemoContext(*home_pages, *locales, log=lambda line: None)
    build_community_demo(context)  # runs first on a fresh site, before the catalogue exists
    build_offers_demo(context)
    build_reviews_demo(context)
    counts = (
        Review.objects.count(),
        HelpfulVote.objects.count(),
        ProviderReply.objects.count(),
        ShortlistItem.objects.count(),
    )
    build_reviews_demo(context)
    assert counts == (
        Review.objects.count(),
        HelpfulVote.objects.count(),
        ProviderReply.objects.count(),
        ShortlistItem.objects.count(),
    )
    # Every reviewing school ran the offer it reviewed, as the review rule asks.
    for review in Review.objects.select_related("school"):
        assert may_review(review.school, review.offer.specific)
        assert school_ran_offer(review.school, review.offer.specific)
    assert counts[0] >= 8 and counts[2] >= 3
    for reply in ProviderReply.objects.select_related("author__profile", "review__offer"):
        assert reply.author.profile.provider_page_id == reply.review.offer.get_parent().pk
    reviewed = OfferPage.objects.filter(locale__language_code="nl", rating_count__gt=0)
    # Reviews are spread over several offers, so the catalogue shows ratings to compare.
    assert reviewed.count() >= 8
    assert Review.objects.filter(
        school__verified_members__user__email="school@leercommunity.example"
    ).exists()


def test_export_contains_the_members_reviews(client, offer, school):
    author = verified_member(school)
    add_review(offer, 4, school=school, author=author, text="Onze ervaring in het kort.")
    client.force_login(author)
    data = client.get(reverse("community:export_data")).json()
    assert [(r["offer"], r["rating"], r["text"]) for r in data["reviews"]] == [
        ("Robotles", 4, "Onze ervaring in het kort.")
    ]
