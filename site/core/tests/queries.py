"""Counting the SQL queries of a page view, as the query-budget tests of every app do."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url):
    """The queries of a third view of `url`, as a running server answers it: the very first
    view of a site creates its settings row (a change that makes the header and footer caches
    stale), the second fills them."""
    for _ in range(2):
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
