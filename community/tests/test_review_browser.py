"""End to end in Debian's Chromium: the demo school member marks an offer as run, reviews it,
edits the review and sees the offer's average change; flags another school's review; axe-core
on the offer-with-reviews pages.
"""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def summary_of(offer):
    """The average (as the page writes it, e.g. '3,5') and count of the offer's public reviews."""
    from community.models import Review

    ratings = list(Review.objects.public().filter(offer=offer).values_list("rating", flat=True))
    average = f"{sum(ratings) / len(ratings):.1f}".replace(".", ",") if ratings else None
    return average, len(ratings)


def unlockable_offer(school):
    """An offer on the school's shortlist that it has not run and not reviewed yet."""
    from community.models import Review
    from offers.bookings.models import BookingRequest
    from offers.models import ShortlistItem

    reviewed = Review.objects.filter(school=school).values_list("offer_id", flat=True)
    ran = BookingRequest.objects.filter(school=school, status="done").values("offer_id")
    item = (
        ShortlistItem.objects.filter(school=school, offer__locale__language_code="nl")
        .exclude(offer_id__in=ran)
        .exclude(offer_id__in=reviewed)
        .select_related("offer")
        .order_by("pk")
        .first()
    )
    assert item is not None, "the demo school's shortlist has an offer it has not run"
    return item.offer


def assert_summary(page, offer, rating_text):
    average, count = summary_of(offer)
    text = page.locator(".review-average").inner_text()
    assert f"{average} van 5" in text
    assert f"({count} beoordeling" in text
    assert rating_text in page.locator(".review-list").inner_text()
    return average, count


def test_demo_school_member_reviews_an_offer_and_sees_the_score_change(
    school_member_page, demo_site, serious_violations
):
    from django.contrib.auth import get_user_model

    from community.models import Flag, Review
    from offers.models import OfferPage

    school = (
        get_user_model().objects.get(email="school@leercommunity.example").profile.verified_school
    )
    offer = unlockable_offer(school)
    title = offer.title
    _average, count_before = summary_of(offer)
    page = school_member_page

    # The offer is on the shortlist but not run yet. Only a done activity unlocks the review:
    # the school ran it ten days ago and confirmed it (offers.bookings).
    from offers.bookings.demo import record_done_activity

    member_user = get_user_model().objects.get(email="school@leercommunity.example")
    record_done_activity(school, offer, timezone.localdate() - timedelta(days=10), member_user)
    page.goto(demo_site + reverse("bookings:my_school"))

    # The review is unlocked: follow the link to the offer's reviews.
    page.get_by_role("link", name=f"Beoordeel '{title}'").click()
    page.wait_for_url(re.compile(r".*#beoordelingen$"))
    reviews = page.locator("section#beoordelingen")
    assert reviews.get_by_role("heading", name="Beoordeel dit aanbod").is_visible()

    reviews.get_by_label("5 sterren: uitstekend").check()
    reviews.get_by_label("Met welke groep?").select_option(label="Groep 7-8")
    reviews.get_by_label("Uw ervaring").fill(
        "Twaalf kinderen bouwden elke woensdag mee. De begeleiders hielden het veilig en rustig."
    )
    reviews.get_by_role("button", name="Beoordeling plaatsen").click()
    page.wait_for_load_state()
    assert page.get_by_text("Bedankt! De beoordeling van uw school staat online.").is_visible()
    average_after_five, count = assert_summary(page, offer, "5 van 5")
    assert count == count_before + 1
    score_after_five = OfferPage.objects.get(pk=offer.pk).rating_score
    assert serious_violations(page) == []

    # A second visit edits the school's review instead of adding one.
    page.goto(demo_site + offer.url)
    reviews = page.locator("section#beoordelingen")
    assert reviews.get_by_role("heading", name="De beoordeling van uw school").is_visible()
    reviews.get_by_label("1 ster: slecht").check()
    reviews.get_by_role("button", name="Beoordeling bijwerken").click()
    page.wait_for_load_state()
    assert page.get_by_text("De beoordeling van uw school is bijgewerkt.").is_visible()
    average_after_one, count = assert_summary(page, offer, "1 van 5")
    assert count == count_before + 1
    assert average_after_one != average_after_five
    assert OfferPage.objects.get(pk=offer.pk).rating_score < score_after_five
    assert Review.objects.filter(offer=offer, school=school).count() == 1

    # An offer with several schools' reviews: flag another school's review; axe-core.
    robots = OfferPage.objects.get(slug="robots-bouwen", locale__language_code="nl")
    page.goto(demo_site + robots.url)
    assert serious_violations(page) == []
    other = Review.objects.filter(offer=robots).exclude(school=school).order_by("pk").first()
    article = page.locator(f"#review-{other.pk}")
    article.locator("summary").filter(has_text="Melden").click()
    article.get_by_label("Hoort hier niet (off-topic)").check()
    article.get_by_role("button", name="Melding versturen").click()
    page.wait_for_load_state()
    assert page.get_by_text("Bedankt voor uw melding. De redactie kijkt ernaar.").is_visible()
    flag = Flag.objects.get(object_id=other.pk, content_type__model="review")
    assert flag.reason == "off_topic"
    assert serious_violations(page) == []
