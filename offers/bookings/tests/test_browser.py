"""The whole loop in a browser: ask, accept, planned, the date passes, both confirm, review.

The clock: the server's `timezone.now` is moved forward in the test (the live server runs in
this process), so the activity's date really passes for every check the site makes.
"""

import os
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PROVIDER_MEMBER = "aanbieder@leercommunity.example"


def log_in(page, base, email, landing):
    page.goto(base + "/account/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(os.environ["DEMO_MEMBER_PASSWORD"])
    page.locator("form").filter(has=page.locator("#id_password")).locator(
        "button[type=submit]"
    ).click()
    page.wait_for_url(f"**{landing}")


def next_school_day(days):
    day = timezone.localdate() + timedelta(days=days)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def test_request_accept_run_confirm_and_review(browser, demo_site, serious_violations, monkeypatch):
    from django.contrib.auth import get_user_model

    from community.models import Review
    from offers.bookings.models import BookingRequest
    from offers.models import OfferPage

    users = get_user_model().objects.select_related("profile")
    school = users.get(email="school@leercommunity.example").profile.verified_school
    provider = users.get(email=PROVIDER_MEMBER).profile.provider_page
    reviewed = Review.objects.filter(school=school).values_list("offer_id", flat=True)
    offer = (
        OfferPage.objects.child_of(provider).live().exclude(pk__in=reviewed).order_by("title")
    ).first()
    assert offer is not None, "the demo provider has an offer the demo school did not review"
    day = next_school_day(3)

    # The school member lands on Mijn school after logging in, and asks for the offer.
    school_page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(school_page, demo_site, "school@leercommunity.example", reverse("bookings:my_school"))
    assert school_page.get_by_role("heading", level=1).inner_text().startswith("Mijn school")
    assert serious_violations(school_page) == []
    school_page.goto(demo_site + offer.url)
    school_page.get_by_role("link", name="Aanvragen voor uw school").click()
    assert serious_violations(school_page) == []
    no_session = school_page.get_by_label("Geen van deze: ik stel zelf data voor")
    if no_session.count():
        no_session.check()
    school_page.get_by_label("Voorkeursdatum 1").fill(day.isoformat())
    school_page.get_by_label("Groep(en)").fill("groep 7")
    school_page.get_by_label("Aantal leerlingen").fill("24")
    school_page.get_by_label("Bericht aan de aanbieder").fill("Groep 7 komt graag.")
    school_page.get_by_role("button", name="Aanvraag versturen").click()
    school_page.wait_for_load_state()
    errors = school_page.locator(".errorlist").all_inner_texts()
    assert errors == []
    assert school_page.get_by_text("Uw aanvraag is verstuurd.").is_visible()
    booking = BookingRequest.objects.get(school=school, offer=offer, message="Groep 7 komt graag.")

    # The provider accepts it from Mijn aanbod, at a time on the school's date.
    provider_page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    log_in(provider_page, demo_site, PROVIDER_MEMBER, reverse("bookings:my_offers"))
    assert serious_violations(provider_page) == []
    provider_page.locator(f"a[href$='/aanvragen/{booking.pk}/']").first.click()
    provider_page.locator("#id_accept-start_time").fill("09:00")
    provider_page.locator("#id_accept-end_time").fill("11:00")
    assert serious_violations(provider_page) == []
    provider_page.get_by_role("button", name="Aanvraag accepteren").click()
    provider_page.wait_for_load_state()
    assert provider_page.get_by_text("U heeft de aanvraag geaccepteerd.").is_visible()

    # The school sees it planned.
    school_page.goto(demo_site + reverse("bookings:my_school"))
    planned = school_page.locator("section.bk-group").filter(
        has=school_page.get_by_role("heading", name=re.compile("^Gepland"))
    )
    assert planned.get_by_role("link", name=offer.title).count() >= 1

    # The date passes.
    later = timezone.now() + timedelta(days=(day - timezone.localdate()).days + 1)
    monkeypatch.setattr(timezone, "now", lambda: later)

    # Both confirm: the provider first, then the school; then the school reviews.
    provider_page.reload()
    provider_page.get_by_label("Ja", exact=True).check()
    provider_page.get_by_role("button", name="Antwoord versturen").click()
    provider_page.wait_for_load_state()
    confirmed = "U heeft bevestigd dat de activiteit plaatsvond."
    assert provider_page.get_by_text(confirmed).is_visible()

    school_page.goto(demo_site + reverse("bookings:detail", args=[booking.pk]))
    objection = "De aanbieder meldt dat de activiteit heeft plaatsgevonden."
    assert school_page.get_by_text(objection).is_visible()
    assert serious_violations(school_page) == []
    school_page.get_by_label("Ja", exact=True).check()
    school_page.get_by_role("button", name="Antwoord versturen").click()
    school_page.wait_for_load_state()
    booking.refresh_from_db()
    assert booking.status == "done"
    school_page.get_by_role("link", name=f"Beoordeel '{offer.title}'").click()
    reviews = school_page.locator("section#beoordelingen")
    reviews.get_by_label(re.compile("^4 sterren")).check()
    reviews.get_by_label("Uw ervaring").fill("Groep 7 werkte twee uur geconcentreerd mee.")
    reviews.get_by_role("button", name="Beoordeling plaatsen").click()
    school_page.wait_for_load_state()
    thanks = "Bedankt! De beoordeling van uw school staat online."
    assert school_page.get_by_text(thanks).is_visible()
    assert Review.objects.filter(school=school, offer=offer).exists()
    assert serious_violations(school_page) == []
