"""The posting limit holds under concurrent requests, with the counters in the shared cache."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django_comments_xtd.models import XtdComment

from .factories import DiscussionFactory, member
from .test_discussions import reply_data

REDIS_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/4",
        "KEY_PREFIX": "lc-test-ratelimit",
    }
}


@pytest.fixture
def shared_cache(settings):
    """Redis, as in production: every worker process counts in the same place."""
    settings.CACHES = REDIS_CACHE
    from django.core.cache import cache

    try:
        cache.clear()
    except Exception as error:  # noqa: BLE001
        pytest.fail(f"the race test needs Redis at {REDIS_CACHE['default']['LOCATION']}: {error}")
    yield cache
    cache.clear()


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite's in-memory test database locks whole tables between threads; "
    "this race runs on PostgreSQL (DATABASE_URL=postgres://..., as in CI)",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_posts_never_exceed_the_limit(shared_cache, taxonomy, home_pages, settings):
    settings.COMMUNITY_POST_RATE_LIMIT = 6
    discussion = DiscussionFactory()
    author = member()
    data = [reply_data(discussion, f"Gelijktijdig bericht {n}") for n in range(20)]
    signed_in = Client()
    signed_in.force_login(author)
    start = threading.Barrier(len(data), timeout=30)
    statuses = []

    def post(payload):
        client = Client()
        client.cookies = signed_in.cookies
        try:
            start.wait()
            statuses.append(client.post("/reacties/plaatsen/", payload).status_code)
        except Exception as error:  # noqa: BLE001 (reported by the assertion below)
            statuses.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(payload,)) for payload in data]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    accepted = statuses.count(302)
    refused = statuses.count(429)
    stored = XtdComment.objects.filter(user=author).count()
    assert accepted + refused == len(data), statuses
    assert stored == accepted == settings.COMMUNITY_POST_RATE_LIMIT
