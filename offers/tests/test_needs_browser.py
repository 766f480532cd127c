"""End to end in Debian's Chromium: the demo school member goes from a need to a plan; axe-core.

Logs in through the login form, follows "Mijn school" from the profile page, creates a need,
opens its matches, shortlists two offers, notes one on the shortlist and opens the curriculum
view.
"""

import os
import re

import pytest

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

    # On the school's shortlist: a note for one of them, and the way to ask the provider.
    page.get_by_role("link", name="Naar de keuzelijst").first.click()
    page.wait_for_url("**/keuzelijst/")
    item = page.locator("li.nd-item").filter(has=page.get_by_role("heading", name="Rekenmaatjes"))
    assert item.get_by_role("link", name="Aanvragen 'Rekenmaatjes'").is_visible()
    assert not item.get_by_label("Notitie").is_visible()  # folded away until asked for
    item.locator("summary").click()
    item.get_by_label("Notitie").fill("Eerst met de intern begeleider bespreken")
    item.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state()
    assert page.get_by_text("'Rekenmaatjes' is bijgewerkt.").is_visible()
    saved = ShortlistItem.objects.get(need__title__startswith="Handen", offer__slug="rekenmaatjes")
    assert saved.note == "Eerst met de intern begeleider bespreken"
    item = page.locator("li.nd-item").filter(has=page.get_by_role("heading", name="Rekenmaatjes"))
    assert item.get_by_text("Eerst met de intern begeleider bespreken").is_visible()
    assert serious_violations(page) == []

    # The curriculum view of the need.
    page.goto(matches_url)
    page.get_by_role("link", name="Kerndoelen", exact=True).click()
    page.wait_for_url("**/kerndoelen/")
    assert page.get_by_role("heading", level=1).is_visible()
    assert serious_violations(page) == []


SHOTS = os.environ.get("SCREENSHOT_DIR")
# The demo school's shortlist on a phone: compact cards, not a stack of forms.
PHONE_HEIGHT_LIMIT = 2500


def test_the_demo_shortlist_is_compact_on_a_phone_and_at_desktop_width(
    school_member_page, serious_violations
):
    from django.urls import reverse
    from django.utils import translation

    from offers.models import ShortlistItem

    page = school_member_page
    school = ShortlistItem.objects.select_related("school").first().school
    base = page.url.split("/mijn-profiel/")[0]
    for language, asked, planned in (
        ("nl", "Aangevraagd", "Gepland op"),
        ("en", "Requested", "Planned for"),
    ):
        with translation.override(language):
            url = base + reverse("offers:shortlist", args=[school.pk])
        for width in (390, 1280):
            page.set_viewport_size({"width": width, "height": 844})
            page.goto(url)
            cards = page.locator("li.nd-item")
            assert cards.count() == ShortlistItem.objects.filter(school=school).count() >= 3
            # The demo requests tell where the school stands: robots asked and planned.
            robots = cards.filter(has=page.get_by_role("heading", name="Robots bouwen"))
            assert planned in robots.inner_text()
            assert asked not in robots.inner_text()  # the planned request tells, not the new one
            assert (
                page.locator("li.nd-item textarea, li.nd-item input[type=text]")
                .filter(visible=True)
                .count()
                == 0
            )  # the forms are folded away
            height = page.evaluate("document.documentElement.scrollHeight")
            if width == 390:
                assert height < PHONE_HEIGHT_LIMIT, height
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0
            assert serious_violations(page) == []
            if SHOTS:
                page.screenshot(
                    path=os.path.join(SHOTS, f"shortlist-{language}-{width}.png"), full_page=True
                )

    # Following an offer from the shortlist counts a view of it (the image on the offer page).
    from offers.models import OfferDailyViews

    robots = page.locator("li.nd-item").filter(has=page.get_by_role("heading", name="Robots"))
    robots.get_by_role("heading").get_by_role("link").click()
    page.wait_for_load_state("load")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Robots")
    assert OfferDailyViews.objects.filter(offer__slug="robots-bouwen").get().views == 1
