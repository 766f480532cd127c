"""The site as a visitor sees it on a phone (390 px) and a desktop (1280 px): the compact header,
results before filters, the filter panel and chips, and axe on the pages of the site's frame.
One test per width: each builds the demo site, which takes most of a test's time."""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# Pages whose frame (header, menu, footer, search layout) this suite is about.
PAGES = ["/", "/en/", "/aanbod/", "/zoeken/", "/en/search/", "/account/signup/"]


def first_result_top(page):
    return page.evaluate("document.querySelector('.result-list > li').getBoundingClientRect().top")


def in_viewport(page, selector, height):
    box = page.locator(selector).bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def test_phone(page, demo_site, serious_violations):
    page.set_viewport_size(PHONE)

    # The header is one row; the menu opens from its button.
    page.goto(demo_site + "/")
    assert page.evaluate("document.querySelector('.site-header').offsetHeight") < 100
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    assert not menu.is_visible()
    page.locator(".site-menu-toggle").click()
    assert menu.get_by_role("link", name="Zoeken").is_visible()
    assert menu.get_by_role("link", name="Over de alliantie").is_visible()

    # Results come first; the filters wait behind one button (a <details>, no JavaScript needed).
    for path in ("/aanbod/", "/zoeken/", "/en/search/"):
        page.goto(demo_site + path)
        assert first_result_top(page) < PHONE["height"], path
        assert not page.locator(".facets").is_visible()
        page.locator(".filter-panel-toggle").click()
        assert page.locator(".facets").is_visible()

    # Chosen filters are chips above the results; one click removes one of them.
    page.goto(demo_site + "/aanbod/?thema=verrijkte-schooldag&regio=GM0599")
    assert page.locator(".chip").count() == 2
    assert "(2 gekozen)" in page.locator(".filter-panel-toggle").inner_text()
    assert first_result_top(page) < PHONE["height"]
    page.locator(".chip").filter(has_text="Rotterdam").click()
    page.wait_for_url("**/aanbod/?thema=verrijkte-schooldag")
    assert page.locator(".chip").count() == 1

    for path in PAGES:
        page.goto(demo_site + path)
        assert serious_violations(page) == [], path


def test_desktop(page, demo_site, serious_violations):
    page.set_viewport_size(DESKTOP)
    page.goto(demo_site + "/aanbod/")
    assert not page.locator(".site-menu-toggle").is_visible()
    assert page.get_by_role("navigation", name="Hoofdmenu").is_visible()
    assert page.locator(".facets").is_visible()
    assert not page.locator(".filter-panel-toggle").is_visible()
    # Deep down the list of filters, the apply button is still on the screen.
    page.locator(".facet").last.scroll_into_view_if_needed()
    assert in_viewport(page, ".facet-actions button", DESKTOP["height"])

    for path in PAGES:
        page.goto(demo_site + path)
        assert serious_violations(page) == [], path
