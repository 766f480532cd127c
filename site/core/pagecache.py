"""Tags for the anonymous page cache: what a cached page depends on, and purging by tag.

A cached page is stored with the version of each tag it depends on ("site" for pages and
listings, "discussions" and "discussion:<pk>" for the community's threads). Purging a tag
bumps its version, which makes every page stored under the old version stale at once, in
every process sharing the cache (Redis in production). The serving app reads and writes the
pages; content apps only call `purge()` when something they show changes.
"""

import time
from functools import partial

from django.core.cache import cache
from django.db import transaction

SITE = "site"
DISCUSSIONS = "discussions"
TAG_PREFIX = "pagecache:tag:"


def discussion_tag(pk):
    return f"discussion:{pk}"


def tag_key(tag):
    return f"{TAG_PREFIX}{tag}"


def versions(tags, found=None):
    """{tag: version} for `tags`; a tag never purged gets a version now, so it has one."""
    found = found if found is not None else cache.get_many([tag_key(tag) for tag in tags])
    result = {}
    for tag in tags:
        version = found.get(tag_key(tag))
        if version is None:
            version = _start(tag)
        result[tag] = version
    return result


def _start(tag):
    # Start from the clock, not 1: after a cache restart an old page can never match.
    version = time.time_ns()
    if cache.add(tag_key(tag), version, timeout=None):
        return version
    return cache.get(tag_key(tag), version)


def _bump(tags):
    for tag in tags:
        try:
            cache.incr(tag_key(tag))
        except ValueError:  # never set, or evicted: any new version invalidates old pages
            cache.set(tag_key(tag), time.time_ns(), timeout=None)


def purge(*tags):
    """Make cached pages tagged with any of `tags` stale, once the transaction commits.

    After the commit, not before: a request that renders between the bump and the commit
    would read the old rows and store them under the new version.
    """
    transaction.on_commit(partial(_bump, tags))
