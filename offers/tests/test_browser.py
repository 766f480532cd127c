"""End to end in Debian's Chromium: an offer page and the calendar, checked with axe-core."""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_catalogue_offer_and_calendar_are_accessible(page, demo_site, serious_violations):
    page.goto(demo_site + "/aanbod/")
    assert serious_violations(page) == []
    page.get_by_role("checkbox", name="Excursie").check()
    page.get_by_role("button", name="Filters toepassen").click()
    page.wait_for_url("**type=excursion**")
    page.get_by_role("link", name="Wadlopen met de klas").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Wadlopen met de klas"
    assert serious_violations(page) == []

    page.goto(demo_site + "/kalender/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Schooljaarkalender")
    assert page.locator(".of-session-list li").count() > 0
    assert serious_violations(page) == []

    page.goto(demo_site + "/regelingen/")
    assert serious_violations(page) == []
