"""Fixed-window counters in the shared cache, taken atomically.

The cache is the one all workers share (Redis in production), and a slot is taken with one
atomic increment *before* the work it guards: checking a count and adding to it afterwards lets
concurrent requests all pass the check (20 concurrent posts stored 14 against a limit of 6).
"""

import contextlib

from core.cache import counter_cache


def take(key, limit, window_seconds):
    """Take one slot; True when it was within `limit` in the current window."""
    # `add` starts the window (and is a no-op while it runs); `incr` is atomic in Redis and
    # in the local-memory cache.
    counter_cache().add(key, 0, timeout=window_seconds)
    try:
        count = counter_cache().incr(key)
    except ValueError:  # the window ended between add and incr: start a new one
        counter_cache().add(key, 0, timeout=window_seconds)
        count = counter_cache().incr(key)
    return count <= limit


def give_back(key):
    """Return a slot taken for work that was then not done (an invalid form, say)."""
    # A ValueError means the window ended meanwhile; there is nothing to give back.
    with contextlib.suppress(ValueError):
        counter_cache().decr(key)


def used(key):
    return counter_cache().get(key, 0)
