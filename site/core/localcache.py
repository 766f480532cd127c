"""This process's copy of values kept in the shared cache under a versioned key.

The header, the footer, the site for a host and the pieces of pages (core.fragments) are kept
in Redis under keys that hold the page tree's version (core.pagecache): a key never names
anything but one value, so a copy kept in the process is never stale; a purge makes new keys.
Reading them from the process instead of Redis saves a round trip each (five to seven per
page): the version itself is still read from Redis once a request, so a purge in another
process is seen at the next request.

Bounded (least recently used out first); every worker keeps its own. `pages`: the page
cache's copies, checked against the tags' versions read from Redis on every hit.
"""

import pickle
from collections import OrderedDict

from django.core.cache import cache

from core.cache import cache_is_down

MAX_ENTRIES = 4000


class Store:
    """A bounded map, least recently used out first."""

    def __init__(self, max_entries):
        self.max_entries = max_entries
        self._entries = OrderedDict()

    def get(self, key, default=None):
        try:
            self._entries.move_to_end(key)
        except KeyError:
            return default
        return self._entries[key]

    def get_many(self, keys):
        found = {}
        for key in keys:
            value = self.get(key, _MISSING)
            if value is not _MISSING:
                found[key] = value
        return found

    def set(self, key, value):
        self._entries[key] = value
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def clear(self):
        self._entries.clear()


_MISSING = object()

# Small values and pieces of pages (a few KB each).
_store = Store(MAX_ENTRIES)
# Whole pages of the anonymous page cache (serving.middleware), 10-60 KB each: fewer.
pages = Store(300)
# Larger values than pieces, 20-60 KB each (the calendar's data for a set of filters).
larger = Store(100)

get = _store.get
get_many = _store.get_many
set = _store.set  # noqa: A001 (the cache's own verb)


def remember(key, compute, timeout=3600, store=None, keep=None):
    """The value under the versioned `key`: this process's copy (in `store`), else the shared
    cache's, else `compute()` (kept in both). Not kept: None (it means "not there"), a value
    `keep(value)` refuses, and anything while the shared cache is down (every request has new
    versions then: it would never be read again)."""
    store = _store if store is None else store
    value = store.get(key)
    if value is None:
        value = cache.get(key)
        if value is None:
            value = compute()
            if value is None or cache_is_down() or (keep is not None and not keep(value)):
                return value
            cache.set(key, value, timeout=timeout)
        store.set(key, value)
    return value


def remember_pickled(key, compute, keep=None, **options):
    """`remember`, for model objects, which views set attributes on: kept pickled as computed,
    before anyone touched them, and each caller gets its own copy."""

    def pickled():
        value = compute()
        if value is None or (keep is not None and not keep(value)):
            return _Unkept(value)
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    found = remember(key, pickled, keep=lambda found: not isinstance(found, _Unkept), **options)
    return found.value if isinstance(found, _Unkept) else pickle.loads(found)  # noqa: S301


class _Unkept:
    """A computed value `remember_pickled` does not keep, handed back as it is."""

    def __init__(self, value):
        self.value = value


def clear():
    _store.clear()
    pages.clear()
    larger.clear()
