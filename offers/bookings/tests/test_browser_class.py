"""A class of 28 books a listed date on the demo, in a real browser, counting its clicks.

Issue 20's measure of the loop: from an offer page to a sent request in at most five clicks,
with the price for this group shown before and after, and the provider accepting it.
"""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from .test_browser import PROVIDER_MEMBER, log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CLASS = 28


def bookable_offer(provider):
    """An offer of the demo provider with a listed date ahead that has room for a class of
    28 and a price per pupil, so that the price for the group is worked out."""
    from offers.models import OfferPage, OfferSession
    from offers.models.sessions import count_places

    offers = OfferPage.objects.child_of(provider).live().filter(price_unit="pupil", is_free=False)
    sessions = list(
        OfferSession.objects.filter(page__in=offers, start__gt=timezone.now()).order_by("start")
    )
    count_places(sessions)
    for session in sessions:
        if session.places_left is None or session.places_left >= session.places_needed(CLASS):
            return session.page.specific, session
    return None, None


def test_a_class_of_28_books_a_listed_date_in_at_most_five_clicks(
    browser, demo_site, serious_violations
):
    from django.contrib.auth import get_user_model

    from offers.bookings.models import BookingRequest, Status

    users = get_user_model().objects.select_related("profile")
    provider = users.get(email=PROVIDER_MEMBER).profile.provider_page
    offer, session = bookable_offer(provider)
    assert offer is not None, "the demo provider has a listed date for a class of 28"
    expected = offer.group_price_text(CLASS)
    assert expected.startswith("€ ") and "28 leerlingen" in expected

    page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    log_in(page, demo_site, "school@leercommunity.example", reverse("bookings:my_school"))
    page.goto(demo_site + offer.url)
    clicks = 0

    def click(locator):
        nonlocal clicks
        clicks += 1
        locator.click()
        page.wait_for_load_state()

    click(page.get_by_role("link", name="Aanvragen voor uw school"))
    assert serious_violations(page) == []
    choice = page.locator(f"input[name=session][value='{session.pk}']")
    if not choice.is_checked():
        click(choice)
    page.get_by_label("Aantal leerlingen").fill(str(CLASS))
    page.get_by_label("Groep(en)").fill("groep 6")
    page.get_by_label("Bericht aan de aanbieder").fill("Groep 6 komt graag, 28 leerlingen.")
    click(page.get_by_role("button", name="Aanvraag versturen"))
    errors = page.locator(".errorlist").evaluate_all(
        "lists => lists.map(l => (l.closest('p, div, fieldset')?.innerText || l.innerText))"
    )
    assert errors == []
    assert page.get_by_text("Uw aanvraag is verstuurd.").is_visible()
    assert clicks <= 5
    assert page.get_by_text(expected).first.is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    assert serious_violations(page) == []

    booking = BookingRequest.objects.get(offer=offer, session=session, pupils=CLASS)
    provider_page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(provider_page, demo_site, PROVIDER_MEMBER, reverse("bookings:my_offers"))
    provider_page.locator(f"a[href$='/aanvragen/{booking.pk}/']").first.click()
    assert provider_page.get_by_text(re.compile(re.escape(expected))).first.is_visible()
    provider_page.get_by_role("button", name="Aanvraag accepteren").click()
    provider_page.wait_for_load_state()
    assert provider_page.get_by_text("U heeft de aanvraag geaccepteerd.").is_visible()
    booking.refresh_from_db()
    assert booking.status == Status.ACCEPTED
