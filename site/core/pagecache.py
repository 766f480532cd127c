"""Tags for the anonymous page cache: what a cached page depends on, and purging by tag.

A cached page is stored with the version of each tag it depends on ("site" for pages and
listings, "discussions" and "discussion:<pk>" for the community's threads). Purging a tag
bumps its version, which makes every page stored under the old version stale at once, in
every process sharing the cache (Redis in production). The serving app reads and writes the
pages; content apps only call `purge()` when something they show changes.
"""

import contextvars
import pickle
import time
from functools import partial

from django.core.cache import cache
from django.db import transaction

from core import localcache
from core.cache import cache_is_down

SITE = "site"
DISCUSSIONS = "discussions"
# The offers' sessions and the schools' requests that take their places (offers.bookings):
# what the offer page's dates and the calendar show besides the page tree.
PLACES = "places"
# Read in the round trip that reads the "site" version, which nearly every page asks for.
READ_WITH_SITE = (PLACES,)
TAG_PREFIX = "pagecache:tag:"


def discussion_tag(pk):
    return f"discussion:{pk}"


def tag_key(tag):
    return f"{TAG_PREFIX}{tag}"


# The versions read during one request (see `hold_versions`): the page, its menu, footer and
# site lookup each ask for the "site" version, one round trip to Redis each otherwise.
_held = contextvars.ContextVar("pagecache_held_versions", default=None)


def hold_versions(known=None):
    """From now until `release_versions(token)`, read each tag's version from the cache once
    and reuse it (a purge in this process forgets it). `known`: versions just read. Returns
    the token, or None when versions are held already (then `known` joins them)."""
    held = _held.get()
    if held is not None:
        held.update(known or {})
        return None
    return _held.set(dict(known or {}))


def held(name):
    """A value held for this request under `name` (see `hold`), or None."""
    values = _held.get()
    return values.get(name) if values is not None else None


def hold(name, value):
    """Keep `value` for the rest of this request (while versions are held), like the tags'
    versions: another stamp read from the cache on every call (the search labels' version).
    A purge in this request forgets it with the versions."""
    values = _held.get()
    if values is not None:
        values[name] = value


def release_versions(token):
    if token is not None:
        _held.reset(token)


# Tags purged while the shared cache was down: bumped in it once it answers again, or a page
# stored before the outage would come back after it as if nothing had changed.
_missed = set()


def versions(tags, found=None):
    """{tag: version} for `tags`; a tag never purged gets a version now, so it has one.

    While the shared cache is down every call gets new versions: nothing built from them (the
    menu, the footer, the site for a host) is reused, so a purge in another process, which this
    one cannot hear of meanwhile, never leaves it showing an old copy.
    """
    if cache_is_down():
        return dict.fromkeys(tags, time.time_ns())
    if _missed:
        _replay_missed()
        found = None  # read before the replay: the versions it bumped are newer
    held = _held.get()
    if held is not None and found is None and all(tag in held for tag in tags):
        return {tag: held[tag] for tag in tags}
    reading = tags
    if found is None:
        if held is not None and SITE in tags:
            reading = [*tags, *(tag for tag in READ_WITH_SITE if tag not in tags)]
        found = cache.get_many([tag_key(tag) for tag in reading])
    result = {}
    for tag in reading:
        version = found.get(tag_key(tag))
        if version is None:
            version = _start(tag)
        result[tag] = version
    if held is not None:
        held.update(result)
    return {tag: result[tag] for tag in tags}


def is_current(stored, tags, found):
    """Whether the versions stored with a cached copy are the current ones in `found` (what
    one `get_many` of the tag keys returned), writing nothing: the page cache's hit path. No
    while the cache is down or purges it missed meanwhile wait to be replayed; `versions()`
    (the miss path) handles those."""
    if _missed or cache_is_down():
        return False
    return all(stored.get(tag) == found.get(tag_key(tag)) for tag in tags)


def places_version():
    """The current version of the "places" tag (read with the "site" version)."""
    return versions([SITE, PLACES])[PLACES]


def site_version():
    """The current version of the "site" tag: a key part for anything built from the page
    tree or the site settings (menu, footer), so that a publish makes it stale too."""
    return versions([SITE])[SITE]


def _start(tag):
    # Start from the clock, not 1: after a cache restart an old page can never match.
    version = time.time_ns()
    if cache.add(tag_key(tag), version, timeout=None):
        return version
    return cache.get(tag_key(tag), version)


def _replay_missed():
    tags = list(_missed)
    _missed.clear()
    _bump(tags)


def _bump(tags):
    held = _held.get()
    if held is not None:  # this request changed something: read the versions anew
        held.clear()
    if cache_is_down():
        _missed.update(tags)
        return
    for tag in tags:
        try:
            cache.incr(tag_key(tag))
        except ValueError:  # never set, or evicted: any new version invalidates old pages
            cache.set(tag_key(tag), time.time_ns(), timeout=None)
    if cache_is_down():  # it went down during the loop
        _missed.update(tags)


def purge(*tags):
    """Make cached pages tagged with any of `tags` stale: now, and again after the commit.

    Now, so that this process (and a test's transaction) sees the change at once; after the
    commit too, because a request rendering between the first bump and the commit reads the
    old rows and would store them under the new version.
    """
    _bump(tags)
    transaction.on_commit(partial(_bump, tags))


def use_cached_site(request):
    """Put Wagtail's Site for this host on the request (where `Site.find_for_request` looks)
    when the shared cache has it under the current page-tree version; never queries. Returns
    what `remember_site` needs after the view."""
    key = f"site-for-host:{request.get_host()}:{site_version()}"
    # This process's copy first (the key holds the version), kept pickled: each request gets
    # its own objects, as from Redis, since views set attributes on the root page.
    pickled = localcache.get(key)
    if pickled is not None:
        request._wagtail_site = pickle.loads(pickled)  # noqa: S301 (our own cache)
        return key, True
    found = cache.get(key, _MISSING)
    if found is not _MISSING:
        localcache.set(key, pickle.dumps(found))
        request._wagtail_site = found
    return key, found is not _MISSING


def remember_site(request, key, was_cached):
    """After the view: keep the Site it looked up, with its root page as the specific page
    (routing starts at `site.root_page.localized.specific`, which then costs no query)."""
    if was_cached or not hasattr(request, "_wagtail_site"):
        return
    site = request._wagtail_site
    if site is not None:
        site.root_page = site.root_page.specific
    cache.set(key, site, timeout=3600)
    localcache.set(key, pickle.dumps(site))


_MISSING = object()
