"""This process's copy of values kept in the shared cache under a versioned key.

The header, the footer, the site for a host and the pieces of pages (core.fragments) are kept
in Redis under keys that hold the page tree's version (core.pagecache): a key never names
anything but one value, so a copy kept in the process is never stale; a purge makes new keys.
Reading them from the process instead of Redis saves a round trip each (five to seven per
page): the version itself is still read from Redis once a request, so a purge in another
process is seen at the next request.

Bounded (least recently used out first); every worker keeps its own.
"""

from collections import OrderedDict

MAX_ENTRIES = 4000

_entries = OrderedDict()


def get(key, default=None):
    try:
        _entries.move_to_end(key)
    except KeyError:
        return default
    return _entries[key]


def get_many(keys):
    found = {}
    for key in keys:
        value = get(key, _MISSING)
        if value is not _MISSING:
            found[key] = value
    return found


def set(key, value):  # noqa: A001 (the cache's own verb)
    _entries[key] = value
    _entries.move_to_end(key)
    while len(_entries) > MAX_ENTRIES:
        _entries.popitem(last=False)


def clear():
    _entries.clear()


_MISSING = object()
