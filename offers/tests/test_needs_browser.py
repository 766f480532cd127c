"""End to end in Debian's Chromium: the demo school member goes from a need to a plan; axe-core.

Logs in through the login form, follows "Mijn school" from the profile page, creates a need,
opens its matches, shortlists two offers, plans one and opens the curriculum view.
"""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_demo_school_member_goes_from_a_need_to_a_plan(
    school_member_page, demo_site, serious_violations
):
    from offers.models import ShortlistItem

    page = school_member_page

    # The profile's own link to the needs (the header's "Mijn school" is the workspace).
    page.locator(".my-school-link").get_by_role("link", name="Mijn school", exact=True).click()
    page.wait_for_url("**/mijn-school/hulpvragen/")
    assert page.get_by_role("heading", level=1).inner_text() == "Hulpvragen van mijn school"
    assert page.get_by_role("link", name="Cultuur en techniek in groep 5 en 6").is_visible()
    assert serious_violations(page) == []

    # A new need: help with the teacher shortage in groups 5-6.
    page.get_by_role("link", name="Nieuwe hulpvraag").click()
    page.get_by_label("Titel").fill("Handen in de klas voor groep 5 en 6")
    page.get_by_role("checkbox", name="Lerarentekort").check()
    page.get_by_role("checkbox", name="Groep 5-6").check()
    page.get_by_role("button", name="Opslaan en passend aanbod zien").click()
    page.wait_for_url(re.compile(r".*/mijn-school/hulpvragen/\d+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Handen in de klas voor groep 5 en 6"
    )
    matches_url = page.url
    assert page.get_by_role("heading", name="Waarom dit past").count() >= 2
    assert serious_violations(page) == []

    # Shortlist two offers from the matches.
    for title in ("Schoolleider zoekt maatje", "Rekenmaatjes"):
        page.get_by_role("button", name=f"Bewaar '{title}' op de keuzelijst").click()
        page.wait_for_url(matches_url)
        article = page.locator("article").filter(has=page.get_by_role("heading", name=title))
        assert article.get_by_text("Staat op de keuzelijst.").is_visible()

    # Plan one of them on the school's shortlist.
    page.get_by_role("link", name="Naar de keuzelijst").first.click()
    page.wait_for_url("**/keuzelijst/")
    item = page.locator("li.nd-item").filter(has=page.get_by_role("heading", name="Rekenmaatjes"))
    day = timezone.localdate() + timedelta(days=14)
    item.get_by_label("Status").select_option(label="Gepland")
    item.get_by_label("Geplande datum").fill(day.isoformat())
    item.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state()
    assert page.get_by_text("'Rekenmaatjes' is bijgewerkt.").is_visible()
    planned = ShortlistItem.objects.get(
        need__title__startswith="Handen", offer__slug="rekenmaatjes"
    )
    assert (planned.status, planned.planned_date) == ("planned", day)
    assert serious_violations(page) == []

    # The curriculum view of the need.
    page.goto(matches_url)
    page.get_by_role("link", name="Kerndoelen", exact=True).click()
    page.wait_for_url("**/kerndoelen/")
    assert page.get_by_role("heading", level=1).is_visible()
    assert serious_violations(page) == []
