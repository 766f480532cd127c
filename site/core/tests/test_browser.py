"""End to end in Debian's Chromium: open the home page, switch to English, check accessibility."""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_home_page_switch_to_english_and_accessibility(page, demo_site, serious_violations):
    page.goto(demo_site + "/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert serious_violations(page) == []

    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text().startswith("Working together")
    assert serious_violations(page) == []

    # The skip link is the first thing a keyboard user reaches and moves focus to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
