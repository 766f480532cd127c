"""Counters stay where the page cache cannot push them out, and unknown query parameters make
no cached copies (issue 21, finding 4)."""

import pytest
from django.core.cache import caches

from core import ratelimit
from serving.middleware import ENTRY_PREFIX

pytestmark = pytest.mark.django_db


def test_emptying_the_page_cache_leaves_the_limits_counted():
    """As an LRU Redis does under a flood of copies: everything in the page cache goes."""
    assert ratelimit.take("community:posts:1", 2, 600)
    assert ratelimit.take("community:posts:1", 2, 600)
    caches["default"].clear()
    assert not ratelimit.take("community:posts:1", 2, 600)


def _copies():
    store = caches["default"]._cache
    return [key for key in store if ENTRY_PREFIX in key]


def test_unknown_parameters_are_served_uncached_and_known_ones_share_a_copy(
    client, home_pages, page_cache
):
    for number in range(20):
        response = client.get(f"/zoeken/?x={number}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    assert _copies() == []
    assert client.get("/zoeken/?q=les&pagina=1")["X-Page-Cache"] == "miss"
    assert client.get("/zoeken/?pagina=1&q=les")["X-Page-Cache"] == "hit"
    assert len(_copies()) == 1
