"""Query budget of the home page: at most 12 SQL queries, the same however many pages it
features. Measured on the second view, as a running server is: the header's menu and the
footer come from the shared cache until something is published."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

HOME_BUDGET = 12


def queries_for(client, url):
    # Two views first: the very first view of a site creates its settings row (a change that
    # makes the header and footer caches stale), the next fills them.
    for _ in range(2):
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def feature(home, count):
    pages = [
        StandardPageFactory(parent=home, show_in_menus=True, intro="Een kaart.")
        for _ in range(count)
    ]
    home.sections = [
        ("featured_pages", {"title": "Uitgelicht", "intro": "", "pages": pages[: count // 2]}),
        ("featured_pages", {"title": "Meer", "intro": "", "pages": pages[count // 2 :]}),
    ]
    home.save_revision().publish()
    return pages


def test_home_page_stays_within_its_budget_whatever_it_features(client, home_pages):
    home, _home_en = home_pages
    pages = feature(home, 4)
    small = queries_for(client, "/")
    pages += feature(home, 12)
    large = queries_for(client, "/")
    content = client.get("/").content.decode()
    assert all(page.title in content for page in pages[-12:])
    assert large == small
    assert large <= HOME_BUDGET
