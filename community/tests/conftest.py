import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters live in the cache; start every test without them."""
    cache.clear()
    yield
    cache.clear()
