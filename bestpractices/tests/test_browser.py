"""End to end in Debian's Chromium: filter best practices, open one, switch language, axe."""

import pytest

from bestpractices.demo import build as register_demo_content
from core.demo import DemoContext
from search.indexing import all_documents

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def demo_site(live_server, home_pages, taxonomy, locales):
    home_nl, home_en = home_pages
    register_demo_content(DemoContext(home_nl, home_en, *locales, log=lambda line: None))
    all_documents()  # as load_demo ends
    return live_server.url


def test_filter_best_practices_open_one_and_switch_language(page, demo_site, serious_violations):
    page.goto(demo_site + "/goede-voorbeelden/")
    assert page.get_by_role("heading", level=1).inner_text() == "Goede voorbeelden"
    assert serious_violations(page) == []

    page.get_by_role("checkbox", name="Lerarentekort").check()
    page.get_by_role("button", name="Filters toepassen").click()
    page.wait_for_url("**/goede-voorbeelden/?*thema=lerarentekort*")
    assert page.get_by_role("checkbox", name="Lerarentekort").is_checked()
    results = page.locator(".result-list h3 a")
    titles = results.all_inner_texts()
    assert len(titles) == 3
    assert all("Jeugdeducatiefonds" not in title for title in titles)
    assert serious_violations(page) == []

    page.get_by_role(
        "link", name="Platform Andersom: onderwijsprogramma's vinden zonder winstoogmerk"
    ).click()
    page.wait_for_url("**/goede-voorbeelden/platform-andersom/")
    assert serious_violations(page) == []

    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/best-practices/platform-andersom-education-programmes/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "not for profit" in page.get_by_role("heading", level=1).inner_text()
    assert serious_violations(page) == []
