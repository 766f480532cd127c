"""A cluster that accepts connections and never answers: short timeouts, then the breaker
sends searches to the database engine without asking the cluster, for a while."""

import socket
import threading
import time

import pytest

from search import service
from search.query import SearchQuery
from search.tests.factories import make_entry


@pytest.fixture
def silent_cluster():
    """A TCP server that takes every connection and never says a word; counts connections."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(50)
    accepted = []

    def accept():
        while True:
            try:
                connection, _address = server.accept()
            except OSError:
                return
            accepted.append(connection)

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", accepted
    server.close()
    for connection in accepted:
        connection.close()


def search():
    return service.search(SearchQuery(language="nl", text="schooltuin"))


def test_breaker_opens_after_a_few_timeouts_and_closes_again_later(
    taxonomy, settings, silent_cluster
):
    url, accepted = silent_cluster
    settings.ELASTICSEARCH_URL = url
    settings.ELASTICSEARCH_TIMEOUT_SECONDS = 0.2
    settings.SEARCH_BREAKER_THRESHOLD = 3
    settings.SEARCH_BREAKER_OPEN_SECONDS = 4
    make_entry("offer:1", "Schooltuin")

    for _attempt in range(3):
        response = search()
        assert response.engine == "database" and response.note
    asked = len(accepted)
    assert asked >= 3

    # Open: the database answers at once, and the cluster is not asked at all.
    for _attempt in range(5):
        response = search()
        assert response.engine == "database"
        assert [hit.key for hit in response.hits] == ["offer:1"]
        assert response.note
    assert len(accepted) == asked

    # After the open period, the next search tries the cluster again.
    time.sleep(settings.SEARCH_BREAKER_OPEN_SECONDS + 0.2)
    assert search().engine == "database"
    assert len(accepted) > asked
