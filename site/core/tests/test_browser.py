"""End to end in Debian's Chromium: open the home page, switch to English, check accessibility."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from core.demo import build_demo

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def demo_site(live_server):
    from wagtail.models import Site

    build_demo(log=lambda line: None)
    # The live server listens on a random port; let the default site answer there.
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    return live_server.url


def serious_violations(page):
    results = Axe().run(page)
    return [
        f"{v['id']}: {v['help']}"
        for v in results.response["violations"]
        if v.get("impact") in {"serious", "critical"}
    ]


def test_home_page_switch_to_english_and_accessibility(page, demo_site):
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
