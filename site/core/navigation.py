"""Navigation helpers: the menu from the page tree, links to other languages, public URLs."""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site


def home_page_for(request):
    """The home page in the active language (falls back to the site's root page).
    Kept on the request: the header asks for it several times per page."""
    language = get_language()
    cached = getattr(request, "_home_page_for", None)
    if cached is not None and cached[0] == language:
        return cached[1]
    site = Site.find_for_request(request)
    home = site.root_page.localized if site is not None else None
    request._home_page_for = (language, home)
    return home


def menu_pages(request):
    home = home_page_for(request)
    if home is None:
        return []
    return list(home.get_children().live().in_menu().public())


def language_links(request, page=None):
    """One link per language: to the translation of `page` when it exists and is live, else to
    that language's home page (for pages) or to the same path in that language (other views)."""
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        has_translation = True
        if isinstance(page, Page):
            locale = Locale.objects.filter(language_code=code).first()
            translation = page.get_translation_or_none(locale) if locale else None
            if translation is not None and translation.live:
                url = translation.get_url(request)
            else:
                has_translation = False
                home = home_page_for(request)
                home_translation = (
                    home.get_translation_or_none(locale) if home is not None and locale else None
                )
                url = home_translation.get_url(request) if home_translation else "/"
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
