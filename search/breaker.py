"""A circuit breaker for Elasticsearch, kept in the shared cache.

A cluster that accepts connections and never answers costs every search its full client
timeout. After a few failures within a short time the breaker opens: searches go straight to
the database engine, without trying the cluster, until the open period ends. The next search
after that tries the cluster again; a success closes the breaker, a failure opens it anew.
"""

from django.conf import settings
from django.core.cache import cache

FAILURES_KEY = "search:breaker:failures"
OPEN_KEY = "search:breaker:open"


def is_open():
    return bool(cache.get(OPEN_KEY))


def record_failure():
    """Count a failure; open the breaker when there were enough in the window."""
    window = settings.SEARCH_BREAKER_WINDOW_SECONDS
    cache.add(FAILURES_KEY, 0, timeout=window)
    try:
        failures = cache.incr(FAILURES_KEY)
    except ValueError:  # the window ended between add and incr
        cache.add(FAILURES_KEY, 1, timeout=window)
        failures = 1
    if failures >= settings.SEARCH_BREAKER_THRESHOLD:
        cache.set(OPEN_KEY, True, timeout=settings.SEARCH_BREAKER_OPEN_SECONDS)
        cache.delete(FAILURES_KEY)


def record_success():
    cache.delete_many([FAILURES_KEY, OPEN_KEY])
