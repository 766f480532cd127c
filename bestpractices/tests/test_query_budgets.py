"""Query budgets: a best practice ≤ 10 SQL queries, the index ≤ 15, the same whatever the
number of pages, themes and regions. Measured on the second view (the header's menu and the
footer come from the shared cache until something is published)."""

import pytest

from core.tests.queries import queries_for
from search.indexing import index_instance

from .factories import BestPracticePageFactory

pytestmark = pytest.mark.django_db

PAGE_BUDGET = 10
LISTING_BUDGET = 15
THEMES = ["lerarentekort", "verrijkte-schooldag", "gezonde-basis", "burgerschap"]
REGIONS = ["GM0599", "GM0363", "GM1979", "PV20"]


def add_practices(index, count, tagged):
    pages = []
    for _ in range(count):
        page = BestPracticePageFactory(
            parent=index, theme_slugs=THEMES[:tagged], region_codes=REGIONS[:tagged]
        )
        index_instance(page)
        pages.append(page)
    return pages


def test_best_practice_page_and_index_stay_within_budget(client, bp_index):
    index, _index_en = bp_index
    first = add_practices(index, 2, tagged=1)[0]
    page_small = queries_for(client, first.url)
    listing_small = queries_for(client, index.url)

    tagged = add_practices(index, 12, tagged=4)[0]
    page_large = queries_for(client, tagged.url)
    listing_large = queries_for(client, index.url)

    assert page_large == page_small
    assert listing_large == listing_small
    assert page_large <= PAGE_BUDGET
    assert listing_large <= LISTING_BUDGET
