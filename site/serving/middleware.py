"""The anonymous page cache, and `private, no-store` for everything a member sees.

Two middleware:

- `PageCacheMiddleware`, near the top of the stack (right after the host check and Django's
  SecurityMiddleware): an anonymous GET or HEAD (no session or message cookie) of a page or
  listing is answered from the shared cache when a copy stored under the current versions of
  its tags exists (see `core.pagecache`), in one round trip to the cache (the copy and the tag
  versions in one `get_many`), before the session, authentication, CSRF, the site lookup and
  the view. A copy keeps every header the whole stack below gave the first answer
  (Content-Security-Policy, Permissions-Policy, Vary, Cache-Control, X-Frame-Options, ...);
  SecurityMiddleware above adds its own to a hit as to any response. The versions are read
  before the view runs and stored with its response, so a purge while the page renders leaves
  the new copy stale rather than wrong. A response is stored only when it is a plain 200 that
  sets no cookie and does not ask to stay private: a page that renders a CSRF token, a message
  or anything personal sets a cookie or marks itself. The key holds the language from the URL
  (Dutch at /, English at /en/), the host, the path and the query string.
- `SiteCacheMiddleware`, after the locale: keeps Wagtail's Site for the host in the cache for
  the requests that do reach a view, and marks a member's responses `private, no-store`.
"""

import functools
import hashlib
import logging
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import cc_delim_re, patch_cache_control

from core import localcache, pagecache
from core.cache import cache_is_down
from search.query import FACETS

logger = logging.getLogger(__name__)
ENTRY_PREFIX = "pagecache:page:"
# Request cookies that mean "this visitor may see something of their own".
PERSONAL_COOKIES = {settings.SESSION_COOKIE_NAME, "messages"}
NEVER_CACHED_PREFIXES = (
    "/admin/",
    "/documents/",
    "/gezond/",
    "/comments/",
    # Files: WhiteNoise and the media server answer these below the page cache.
    settings.STATIC_URL,
    settings.MEDIA_URL,
)
# Vary headers a copy per language and anonymous visitor already satisfies.
HARMLESS_VARY = {"cookie", "accept-language", "accept-encoding"}
# Headers a copy does not keep: a cookie (never stored anyway), the connection's own, and the
# cache state a hit sets again. Everything else the stack gave the first answer
# (CSP, Permissions-Policy, Vary, Cache-Control, X-Frame-Options, Content-Language, ...) the
# hit carries too.
NOT_STORED_HEADERS = {"set-cookie", "x-page-cache", "connection", "date"}


def _language(request):
    """The language of the URL, as LocaleMiddleware (below) will find it: i18n_patterns without
    a prefix for the default language, so the path alone says it."""
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def _tags_for(request, language):
    return _tags_for_path(request.path_info, language)


# Resolving a URL costs more than the rest of a hit: once per path and language, remembered
# (bounded, so that made-up paths cannot grow it).
@functools.lru_cache(maxsize=4096)
def _tags_for_path(path, language):
    """What the page at this URL shows: a discussion thread, the discussion list, or the site
    with the offers' dates and free places (a school's request changes those at once)."""
    try:
        # The URL patterns are translated: resolve in the URL's language (no middleware has
        # activated one yet at the top of the stack).
        with translation.override(language):
            match = resolve(path)
    except Resolver404:
        return SITE_TAGS
    if match.namespace == "community":
        if match.url_name == "discussion_detail":
            return (pagecache.discussion_tag(match.kwargs["pk"]),)
        if match.url_name in {"discussion_list", "discussion_theme"}:
            return (pagecache.DISCUSSIONS,)
    return SITE_TAGS


SITE_TAGS = (pagecache.SITE, pagecache.PLACES)


@functools.cache
def _known_params():
    return frozenset(settings.PAGE_CACHE_QUERY_PARAMS) | {spec.param for spec in FACETS}


def _known_query(request):
    """Only parameters some page reads make a copy of its own (settings.PAGE_CACHE_QUERY_PARAMS)."""
    return set(request.GET) <= _known_params()


def _entry_key(request, language):
    # The parameters in a fixed order: `?a=1&b=2` and `?b=2&a=1` are one copy.
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    raw = f"{language}|{request.get_host()}|{request.path}?{query}"
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


# How long a worker serves its own copy of a page before reading Redis's again: the page
# expires there after PAGE_CACHE_SECONDS, which this copy must not stretch by much.
LOCAL_PAGE_SECONDS = 60


class PageCacheMiddleware:
    """Place right after SecurityMiddleware (which redirects plain HTTP and adds its headers to
    a hit as to any answer) and before everything that reads the session, the database or the
    cache: a hit returns after one round trip to the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            return self.get_response(request)
        language = _language(request)
        key = _entry_key(request, language)
        tags = _tags_for(request, language)
        tag_keys = [pagecache.tag_key(tag) for tag in tags]
        # This process's copy of the page, when it has one: only the tags' versions are read
        # from Redis (a few bytes instead of the page), and the copy is served if they match.
        local = localcache.pages.get(key)
        if local is not None:
            local, until = local
            if time.monotonic() > until:  # kept here a short while: Redis's copy expires
                local = None
        try:
            found = cache.get_many(tag_keys if local is not None else [key, *tag_keys])
            if local is not None and not pagecache.is_current(local["versions"], tags, found):
                local = None  # purged since: Redis may hold a newer copy
                found.update(cache.get_many([key]))
        except Exception:  # noqa: BLE001 - whatever the cache backend raises
            logger.warning("cache unavailable, serving without it", exc_info=True)
            return self.get_response(request)
        if cache_is_down():  # found out just now: serve uncached, store nothing
            return self.get_response(request)
        entry = local if local is not None else found.get(key)
        if entry is not None and pagecache.is_current(entry["versions"], tags, found):
            if local is None:
                localcache.pages.set(key, (entry, time.monotonic() + LOCAL_PAGE_SECONDS))
            response = HttpResponse(entry["content"], status=200, headers=entry["headers"])
            response["X-Page-Cache"] = "hit"
            return response

        # A tag never purged gets its version now (one more round trip, once per tag).
        current = pagecache.versions(tags, found)
        # The menu, footer and site lookup below use the same versions: no round trip each.
        token = pagecache.hold_versions(current)
        try:
            response = self.get_response(request)
        finally:
            pagecache.release_versions(token)
        if request.method == "GET" and _storable(response):
            _public_headers(response)
            headers = {k: v for k, v in response.items() if k.lower() not in NOT_STORED_HEADERS}
            entry = {"versions": current, "headers": headers, "content": response.content}
            try:
                cache.set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)
            except Exception:  # noqa: BLE001
                logger.warning("cache unavailable, page not kept", exc_info=True)
            response["X-Page-Cache"] = "miss"
        return response


class SiteCacheMiddleware:
    """Place after LocaleMiddleware and before the views: Wagtail's Site for the host from the
    cache, and `private, no-store` on whatever a signed-in member is shown."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The page-tree version is read once a request (the page cache may have read it).
        token = pagecache.hold_versions()
        try:
            return self._serve(request)
        finally:
            pagecache.release_versions(token)

    def _serve(self, request):
        # Every page and most views look the site up by host: from the cache once known.
        # A cache that does not answer costs speed, never the page (and /gezond/ says so).
        try:
            site_key, site_cached = pagecache.use_cached_site(request)
        except Exception:  # noqa: BLE001 - whatever the cache backend raises
            logger.warning("cache unavailable, serving without it", exc_info=True)
            return self._mark_private(request, self.get_response(request))
        response = self._mark_private(request, self.get_response(request))
        try:
            pagecache.remember_site(request, site_key, site_cached)
        except Exception:  # noqa: BLE001
            logger.warning("cache unavailable, site not kept", exc_info=True)
        return response

    @staticmethod
    def _mark_private(request, response):
        """Nothing a signed-in member sees may be kept by a browser or a cache in between."""
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
