"""On a 390 px phone a coordinator saves a draft, resumes it and records a visit; the programme
lead sees it on the dashboard. Both pages are checked with axe."""

import os

import pytest
from django.urls import reverse

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def log_in(page, base, email):
    page.goto(base + "/account/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(os.environ["DEMO_MEMBER_PASSWORD"])
    page.locator("form").filter(has=page.locator("#id_password")).locator(
        "button[type=submit]"
    ).click()
    page.wait_for_load_state()


def test_coordinator_records_a_visit_on_a_phone(browser, demo_site, serious_violations):
    from offers.routes.models import Route, Visit

    route = Route.objects.filter(coordinator__email="coordinator-zuid@leercommunity.example").get(
        phase="kickoff"
    )
    phone = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    log_in(phone, demo_site, "coordinator-zuid@leercommunity.example")
    phone.goto(demo_site + reverse("routes:workspace"))
    assert phone.get_by_text(route.school.name).count() >= 1
    assert serious_violations(phone) == []
    phone.goto(demo_site + reverse("routes:visit", args=[route.pk]))
    # Nothing is wider than the phone.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.get_by_label("Aantekeningen").fill("Kennismaking met het team.")
    phone.get_by_label("Richting geven").fill("De directeur kiest twee speerpunten.")
    phone.get_by_role("button", name="Concept opslaan").click()
    phone.wait_for_load_state()
    assert phone.get_by_label("Aantekeningen").input_value() == "Kennismaking met het team."
    phone.get_by_label("Datum", exact=True).fill("2026-12-01")
    phone.get_by_label("Op school").check()
    phone.get_by_role("button", name="Bezoek vastleggen").click()
    phone.wait_for_load_state()
    assert phone.get_by_text("Het bezoek is vastgelegd.").is_visible()
    assert serious_violations(phone) == []
    assert Visit.objects.filter(route=route, status="final").count() == 1
    # The route page with its documents and agreements fits the phone too.
    phone.goto(demo_site + reverse("routes:detail", args=[route.pk]))
    assert phone.get_by_role("heading", name="Afspraken met partners").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert serious_violations(phone) == []

    desk = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(desk, demo_site, "programmaleider@leercommunity.example")
    desk.goto(demo_site + reverse("routes:dashboard", args=[route.programme_id]))
    assert desk.get_by_role("heading", level=1).inner_text().startswith("Gelijke kansen")
    assert desk.get_by_text("5 bezoeken vastgelegd").is_visible()
    assert desk.get_by_role("img", name="Kaart van Nederland").is_visible()
    assert serious_violations(desk) == []
    desk.goto(demo_site + reverse("routes:report", args=[route.programme_id]))
    assert desk.get_by_role("heading", name="Verandering sinds de vorige rapportage").is_visible()
    assert serious_violations(desk) == []
