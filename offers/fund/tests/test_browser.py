"""In a browser, on the demo: the demo school applies for its accepted request, the demo funder
(the municipality) scores and grants it, the fund's remaining budget drops, the school sees the
grant and, once the first part is paid, submits its report. Every page is checked with axe."""

import os
from decimal import Decimal

import pytest
from django.urls import reverse

from core.money import euro

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCHOOL = "school@leercommunity.example"
FUNDER = "gemeente@leercommunity.example"


def log_in(page, base, email):
    page.goto(base + "/account/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(os.environ["DEMO_MEMBER_PASSWORD"])
    page.locator("form").filter(has=page.locator("#id_password")).locator(
        "button[type=submit]"
    ).click()
    page.wait_for_load_state()


def click(page, name):
    page.get_by_role("button", name=name, exact=True).click()
    page.wait_for_load_state()


def test_a_school_applies_and_the_funder_grants(browser, demo_site, serious_violations):
    from offers.bookings.models import BookingRequest
    from offers.fund.models import Application, Fund, Status

    booking = BookingRequest.objects.get(
        school__name="Hildegaertschool", offer__slug="robots-bouwen", pupils=29
    )
    assert not booking.fund_applications.exists()
    remaining_before = Fund.objects.get().remaining

    school = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    log_in(school, demo_site, SCHOOL)
    school.goto(demo_site + reverse("bookings:detail", args=[booking.pk]))
    school.get_by_role("link", name="Aanvragen bij een fonds").click()
    school.wait_for_load_state()
    assert serious_violations(school) == []
    school.get_by_label("Regeling").select_option(label="Subsidie verrijkte schooldag Rotterdam")
    school.get_by_label("Eigen kosten (euro)").fill("150")
    school.get_by_label("Waarvoor de eigen kosten").fill("Bouwpakketten voor de klas")
    school.get_by_label("Gevraagd bedrag (euro)").fill("396.50")
    school.get_by_label("Motivatie").fill("Groep 6 wil verder waar groep 5 begon.")
    click(school, "Concept opslaan")
    assert school.evaluate("document.documentElement.scrollWidth") <= 390
    click(school, "Aanvraag indienen")
    assert school.get_by_text("Uw aanvraag is ingediend").is_visible()
    assert serious_violations(school) == []
    application = Application.objects.get(request=booking)
    assert application.status == Status.SUBMITTED

    funder = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(funder, demo_site, FUNDER)
    funder.goto(demo_site + reverse("fund:workspace"))
    assert euro(remaining_before) in funder.content()
    assert serious_violations(funder) == []
    funder.goto(demo_site + reverse("fund:detail", args=[application.pk]))
    click(funder, "In behandeling nemen")
    first = funder.locator("fieldset").first
    first.get_by_label("Score (0–5)").fill("4")
    first.get_by_label("Toelichting").fill("Sluit aan op de vorige les.")
    first.get_by_role("button", name="Score opslaan").click()
    funder.wait_for_load_state()
    assert funder.get_by_text("Uw score is opgeslagen.").is_visible()
    assert serious_violations(funder) == []
    click(funder, "Toekennen")
    assert funder.get_by_text("Toegekend; de school krijgt een e-mail.").is_visible()
    remaining_after = Fund.objects.get().remaining
    assert remaining_after == remaining_before - Decimal("396.50")
    funder.goto(demo_site + reverse("fund:workspace"))
    assert euro(remaining_after) in funder.content()
    funder.goto(demo_site + reverse("fund:detail", args=[application.pk]))
    click(funder, "Volgend deel uitbetalen")
    assert serious_violations(funder) == []

    school.goto(demo_site + reverse("fund:detail", args=[application.pk]))
    assert school.get_by_text("Deel uitbetaald").first.is_visible()
    assert euro(Decimal("396.50")) in school.content()
    school.get_by_label("Wat is er gedaan en wat leverde het op?").fill(
        "Twee lessen gegeven; 29 leerlingen bouwden een robot."
    )
    click(school, "Verantwoording indienen")
    assert school.get_by_text("Uw verantwoording is verstuurd.").is_visible()
    assert serious_violations(school) == []
    application.refresh_from_db()
    assert application.status == Status.REPORTED
