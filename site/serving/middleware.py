"""The anonymous page cache, and `private, no-store` for everything a member sees.

An anonymous GET (no session or message cookie) of a page or listing is answered from the
shared cache when a copy stored under the current versions of its tags exists (see
`core.pagecache`). The versions are read before the view runs and stored with its response, so
a purge while the page renders leaves the new copy stale rather than wrong. A response is
stored only when it is a plain 200 that sets no cookie and does not ask to stay private: a
page that renders a CSRF token, a message or anything personal sets a cookie or marks itself.
The key holds the language from the URL (Dutch at /, English at /en/), the host, the path and
the query string.
"""

import functools
import hashlib
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.translation import get_language

from core import pagecache
from core.cache import cache_is_down
from search.query import FACETS

logger = logging.getLogger(__name__)
ENTRY_PREFIX = "pagecache:page:"
# Request cookies that mean "this visitor may see something of their own".
PERSONAL_COOKIES = {settings.SESSION_COOKIE_NAME, "messages"}
NEVER_CACHED_PREFIXES = ("/admin/", "/documents/", "/gezond/", "/comments/")
# Vary headers a copy per language and anonymous visitor already satisfies.
HARMLESS_VARY = {"cookie", "accept-language", "accept-encoding"}
# Headers a hit must carry as the first answer did: the middleware that sets Permissions-Policy
# (core.security) runs after this one, so a hit would go without it otherwise.
STORED_HEADERS = {
    "content-type",
    "content-language",
    "vary",
    "link",
    "x-frame-options",
    "permissions-policy",
}


def _tags_for(request):
    """What the page at this URL shows: a discussion thread, the discussion list, or the site."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return [pagecache.SITE]
    if match.namespace == "community":
        if match.url_name == "discussion_detail":
            return [pagecache.discussion_tag(match.kwargs["pk"])]
        if match.url_name in {"discussion_list", "discussion_theme"}:
            return [pagecache.DISCUSSIONS]
    return [pagecache.SITE]


@functools.cache
def _known_params():
    return frozenset(settings.PAGE_CACHE_QUERY_PARAMS) | {spec.param for spec in FACETS}


def _known_query(request):
    """Only parameters some page reads make a copy of its own (settings.PAGE_CACHE_QUERY_PARAMS)."""
    return set(request.GET) <= _known_params()


def _entry_key(request):
    # The parameters in a fixed order: `?a=1&b=2` and `?b=2&a=1` are one copy.
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    raw = f"{get_language()}|{request.get_host()}|{request.path}?{query}"
    return ENTRY_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def _may_use_cache(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in {"GET", "HEAD"}
        and not PERSONAL_COOKIES.intersection(request.COOKIES)
        and not request.path_info.startswith(NEVER_CACHED_PREFIXES)
        and not cache_is_down()
        and _known_query(request)
    )


def _storable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v.strip()}
    return vary <= HARMLESS_VARY


def _public_headers(response):
    shared = settings.PAGE_CACHE_SHARED_SECONDS
    if shared:
        patch_cache_control(response, public=True, max_age=0, s_maxage=shared)
    else:
        patch_cache_control(response, public=True, max_age=0)


class PageCacheMiddleware:
    """Place after LocaleMiddleware (the key needs the language) and before the session is
    read: a hit returns before authentication, CSRF and the view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Every page and most views look the site up by host: from the cache once known.
        # A cache that does not answer costs speed, never the page (and /gezond/ says so).
        try:
            site_key, site_cached = pagecache.use_cached_site(request)
        except Exception:  # noqa: BLE001 - whatever the cache backend raises
            logger.warning("cache unavailable, serving without it", exc_info=True)
            return self._mark_private(request, self.get_response(request))
        response = self._respond(request)
        try:
            pagecache.remember_site(request, site_key, site_cached)
        except Exception:  # noqa: BLE001
            logger.warning("cache unavailable, site not kept", exc_info=True)
        return response

    def _respond(self, request):
        if not _may_use_cache(request):
            response = self.get_response(request)
            return self._mark_private(request, response)

        key = _entry_key(request)
        tags = _tags_for(request)
        found = cache.get_many([key, *(pagecache.tag_key(tag) for tag in tags)])
        if cache_is_down():  # found out just now: serve uncached, store nothing
            return self._mark_private(request, self.get_response(request))
        current = pagecache.versions(tags, found)
        entry = found.get(key)
        if entry is not None and entry["versions"] == current:
            response = HttpResponse(entry["content"], status=200, headers=entry["headers"])
            response["X-Page-Cache"] = "hit"
            return response

        response = self.get_response(request)
        response = self._mark_private(request, response)
        if request.method == "GET" and _storable(response):
            _public_headers(response)
            headers = {k: v for k, v in response.items() if k.lower() in STORED_HEADERS}
            headers["Cache-Control"] = response["Cache-Control"]
            cache.set(
                key,
                {"versions": current, "headers": headers, "content": response.content},
                timeout=settings.PAGE_CACHE_SECONDS,
            )
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _mark_private(request, response):
        """Nothing a signed-in member sees may be kept by a browser or a cache in between."""
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
