"""Navigation helpers: the menu from the page tree, links to other languages, public URLs."""

import hashlib
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core import localcache, pagecache
from core.models import SiteSettings


def home_page_for(request):
    """The home page in the active language (falls back to the site's root page).
    Kept on the request: the header asks for it several times per page."""
    language = get_language()
    cached = getattr(request, "_home_page_for", None)
    if cached is not None and cached[0] == language:
        return cached[1]
    site = Site.find_for_request(request)
    home = None
    if site is not None:
        # One query for the translation of the root page, instead of the root page, the
        # active locale and the translation one by one.
        root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
        home = (
            Page.objects.live()
            .filter(translation_key__in=root_key, locale__language_code=language)
            .first()
        ) or site.root_page
    request._home_page_for = (language, home)
    return home


def _site_key(request, name):
    """A cache key for `name` on this site in the active language at the current version of
    the page tree (see core.pagecache): a publish, move or settings change makes it stale."""
    # The host, not the Site row: a view that is not a page has not looked the site up.
    host = request.get_host()
    return f"nav:{name}:{get_language()}:{host}:{pagecache.site_version()}"


def menu_pages(request):
    """[{title, url, url_path}] of the menu pages, from the shared cache when it has them:
    the header is the same on every page, so it costs no query after the first."""

    def compute():
        home = home_page_for(request)
        pages = home.get_children().live().in_menu().public() if home is not None else []
        return [
            {"title": page.title, "url": page.get_url(request), "url_path": page.url_path}
            for page in pages
        ]

    return for_site(request, "menu", compute)


def for_site(request, name, compute):
    """`compute()` for this site and language, kept in the shared cache until the page tree
    changes: what the header or the home page derives from the tree costs no query after the
    first view."""
    # The key holds the version: this process's copy is never stale.
    return localcache.remember(_site_key(request, name), compute)


def home_url(request):
    def compute():
        home = home_page_for(request)
        return (home.get_url(request) if home else None) or "/"

    return for_site(request, "home-url", compute)


def page_family(request, page):
    """The pages around `page` that the header shows, in one query, kept on the request:
    {"ancestors": below the root, for the breadcrumbs; "translations": {code: live page};
    "homes": {code: live home page}, where a language without a translation links to}."""
    cached = getattr(request, "_page_family", None)
    if cached is not None and cached[0] == page.pk:
        return cached[1]
    step = page.steplen
    ancestor_paths = [page.path[: step * depth] for depth in range(2, page.depth)]
    home_key = Page.objects.filter(path=page.path[: step * 2]).values("translation_key")
    rows = list(
        Page.objects.filter(
            Q(path__in=ancestor_paths)
            | Q(translation_key=page.translation_key)
            | Q(translation_key__in=home_key, depth=2)
        ).select_related("locale")
    )
    home_keys = {row.translation_key for row in rows if row.path == page.path[: step * 2]}
    if page.depth == 2:
        home_keys.add(page.translation_key)
    family = {
        "ancestors": sorted((row for row in rows if row.path in ancestor_paths), key=_depth),
        "translations": {
            row.locale.language_code: row
            for row in rows
            if row.translation_key == page.translation_key and row.live
        },
        "homes": {
            row.locale.language_code: row
            for row in rows
            if row.translation_key in home_keys and row.depth == 2 and row.live
        },
    }
    request._page_family = (page.pk, family)
    return family


def _depth(page):
    return page.depth


def language_links(request, page=None):
    """One link per language: to the translation of `page` when it exists and is live, else to
    that language's home page (for pages) or to the same path in that language (other views)."""
    current = get_language()
    family = page_family(request, page) if isinstance(page, Page) else None
    links = []
    for code, name in settings.LANGUAGES:
        has_translation = True
        if family is not None:
            if code in family["translations"]:
                url = family["translations"][code].get_url(request)
                # The chosen filters, search words and page stay chosen in the other language.
                query = request.META.get("QUERY_STRING", "")
                if url and query:
                    url = f"{url}?{query}"
            else:
                has_translation = False
                home = family["homes"].get(code)
                url = (home.get_url(request) if home else None) or "/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "has_translation": has_translation,
            }
        )
    return links


# A query string longer than this is not part of a header's cache key: the header is built
# anew (a visitor cannot fill the cache with copies by varying a long query).
HEADER_QUERY_LIMIT = 300


def header(request, page=None):
    """What the header and <head> of every page show, in one cache read: {"home_url", "menu",
    "languages", "crumbs" [{title, url, depth}], "canonical"}. Kept in the shared cache per
    page (or path) and query string until the page tree changes; rebuilt for previews. Kept
    on the request as well: base.html asks once, but includes may ask again."""
    cached = getattr(request, "_header", None)
    if cached is not None and cached[0] is page:
        return cached[1]
    is_page = isinstance(page, Page)
    query = request.META.get("QUERY_STRING", "")
    match = getattr(request, "resolver_match", None)
    # A path that matched no view (a 404) is not kept: any path would make a copy.
    known_path = is_page or (
        match is not None
        and match.url_name != "wagtail_serve"
        and not getattr(request, "_not_found", False)
    )
    if not known_path or getattr(request, "is_preview", False) or len(query) > HEADER_QUERY_LIMIT:
        value = _build_header(request, page)
    else:
        where = f"page:{page.pk}" if is_page else f"path:{request.path}"
        # Hashed: a path and query may hold any text, a cache key must not.
        digest = hashlib.blake2b(f"{where}?{query}".encode(), digest_size=12).hexdigest()
        value = for_site(request, f"header:{digest}", lambda: _build_header(request, page))
    request._header = (page, value)
    return value


def _build_header(request, page):
    is_page = isinstance(page, Page)
    crumbs = []
    if is_page and page.depth > 2:
        crumbs = [
            {"title": crumb.title, "url": crumb.get_url(request) or "", "depth": crumb.depth}
            for crumb in page_family(request, page)["ancestors"]
        ]
    return {
        "home_url": home_url(request),
        "menu": menu_pages(request),
        "languages": language_links(request, page),
        "crumbs": crumbs,
        "canonical": canonical_url(request, page if is_page else None),
        "og_image": _og_image(page) if is_page else None,
    }


def _og_image(page):
    """The page's social image for og:image, {url (absolute), width, height, alt}, or None:
    its rendition is looked up once per page version, not on every request."""
    image = getattr(page, "social_image", None)
    if image is None:
        return None
    rendition = image.get_rendition("fill-1200x630")
    return {
        "url": absolute_url(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": rendition.alt,
    }


def absolute_url(path):
    """`path` on the site's public address (settings.SITE_URL), whatever host served the
    request: what search engines and social networks are told must not be a development or
    internal host name."""
    if path.startswith(("http://", "https://")):
        path = urlsplit(path).path
    return settings.SITE_URL + "/" + path.lstrip("/")


def canonical_url(request, page=None):
    """The public address of `page`, or of the current path for views that are not pages;
    None for a page without a route (a draft preview)."""
    if isinstance(page, Page):
        parts = page.get_url_parts(request)
        return absolute_url(parts[2]) if parts else None
    return absolute_url(request.path) if request is not None else None


def privacy_page_url(request):
    site = Site.find_for_request(request)
    page = SiteSettings.for_site(site).privacy_page if site is not None else None
    if page is None:
        return ""
    localized = page.localized
    return (localized if localized.live else page).get_url(request) or ""


def fallback_language(page, *field_names):
    """The language code of the page's source when these fields of a translated page still
    hold the source's text (wagtail-localize publishes untranslated segments in the source
    language), else "". Lets templates mark that text lang="nl" under an English title."""
    if not isinstance(page, Page) or page.locale_id is None:
        return ""
    cache = page.__dict__.setdefault("_source_cache", {})
    if "source" not in cache:
        source = None
        if page.locale.language_code != settings.LANGUAGE_CODE:
            source = (
                page.get_translations()
                .filter(locale__language_code=settings.LANGUAGE_CODE)
                .specific()
                .first()
            )
        cache["source"] = source
    source = cache["source"]
    if source is None:
        return ""
    for name in field_names:
        mine, theirs = getattr(page, name, None), getattr(source, name, None)
        if mine and _same_content(mine, theirs):
            return source.locale.language_code
    return ""


def _same_content(mine, theirs):
    raw = getattr(mine, "raw_data", None)
    if raw is not None:  # StreamField: compare the block values, not their ids
        return [b.get("value") for b in raw] == [b.get("value") for b in theirs.raw_data]
    return str(mine) == str(theirs)
