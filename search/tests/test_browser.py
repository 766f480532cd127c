"""In Chromium: search, tick two facets, open a result, come back with the filters kept."""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_search_with_two_facets_open_a_result_and_come_back(page, demo_site, serious_violations):
    page.goto(demo_site + "/zoeken/")
    assert serious_violations(page) == []

    facets = page.locator("fieldset.facet")
    kind = facets.filter(has_text="Soort inhoud").locator("input[type=checkbox]").first
    kind.check()
    theme = facets.filter(has_text="Thema").locator("input[type=checkbox]").first
    theme.check()
    page.get_by_role("button", name="Filters toepassen").click()
    page.wait_for_url("**/zoeken/?*")
    filtered_url = page.url
    assert "soort=" in filtered_url and "thema=" in filtered_url
    assert page.locator("fieldset.facet input:checked").count() == 2

    first_result = page.locator(".result h3 a").first
    title = first_result.inner_text()
    first_result.click()
    assert page.get_by_role("heading", level=1).inner_text() == title

    page.go_back()
    assert page.url == filtered_url
    assert page.locator("fieldset.facet input:checked").count() == 2
    assert serious_violations(page) == []
