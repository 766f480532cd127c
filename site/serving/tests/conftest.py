"""Fixtures for the serving tests: the page cache switched on, and the real Redis."""

import pytest
import redis


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    return settings


@pytest.fixture
def redis_cache(settings):
    """Django's cache on the local Redis server (database 5), emptied before and after."""
    client = redis.Redis.from_url(settings.TEST_REDIS_URL)
    client.flushdb()
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": settings.TEST_REDIS_URL,
            "KEY_PREFIX": "test",
        }
    }
    yield client
    client.flushdb()
