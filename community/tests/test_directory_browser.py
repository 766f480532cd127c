"""The member directory and following, in Chromium at desktop and phone width; axe-core."""

import os

import pytest

from .factories import DiscussionFactory, member, theme
from .test_browser import community_site  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SHOTS = os.environ.get("SCREENSHOT_DIR")
WIDTHS = {"desktop": 1280, "phone": 390}


def shot(page, name):
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"), full_page=True)


def log_in(page, site, user):
    page.goto(site + "/account/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill("een-goed-wachtwoord-42")
    page.locator("form").filter(has=page.locator("#id_password")).locator(
        "button[type=submit]"
    ).click()
    page.wait_for_load_state()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_directory_filter_profile_and_follow(page, community_site, serious_violations, width):  # noqa: F811
    from core.models import Region

    page.set_viewport_size({"width": width, "height": 844})
    groningen = Region.objects.get(code="GM0014")
    teacher = member(
        display_name="Femke Hoekstra",
        role="teacher",
        region=groningen,
        visibility="public",
        organisation="OBS De Wilgenhoek",
        bio="Leerkracht groep 6, werkt graag buiten.",
    ).profile
    teacher.themes.add(theme("duurzaamheid"))
    member(display_name="Ruben Aanbieder", role="provider", visibility="public")
    member(display_name="Alleen Leden", role="teacher", visibility="members")
    DiscussionFactory(title="Schooltuin in de winter", theme=theme("duurzaamheid"))

    page.goto(community_site + "/leden/")
    assert page.get_by_role("heading", name="2 leden").is_visible()
    assert page.get_by_text("Alleen Leden").count() == 0
    assert serious_violations(page) == []
    shot(page, f"directory-nl-{width}")

    page.get_by_label("Rol").select_option("teacher")
    page.get_by_role("button", name="Toon leden").click()
    page.wait_for_load_state()
    assert "rol=teacher" in page.url
    assert page.get_by_role("link", name="Ruben Aanbieder").count() == 0
    page.get_by_role("link", name="Femke Hoekstra").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Femke Hoekstra"
    assert serious_violations(page) == []
    shot(page, f"profile-nl-{width}")

    page.goto(community_site + "/en/members/")
    assert page.get_by_role("heading", name="Member directory").is_visible()
    assert serious_violations(page) == []
    shot(page, f"directory-en-{width}")

    user = member(display_name="Volger Van Thema")
    log_in(page, community_site, user)
    page.goto(community_site + "/discussies/duurzaamheid/")
    page.get_by_role("button", name="Volg dit thema").click()
    page.wait_for_load_state()
    assert page.get_by_text("U volgt dit thema.").is_visible()
    assert serious_violations(page) == []
    shot(page, f"theme-following-nl-{width}")

    page.get_by_role("link", name="Schooltuin in de winter").click()
    page.get_by_role("button", name="Volg deze discussie").click()
    page.wait_for_load_state()
    assert page.get_by_text("U volgt deze discussie.").is_visible()
    assert serious_violations(page) == []
    shot(page, f"discussion-following-nl-{width}")

    page.goto(community_site + "/mijn-profiel/")
    assert page.get_by_role("button", name="Niet meer volgen").count() == 2
    assert serious_violations(page) == []
    shot(page, f"my-profile-nl-{width}")
