from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import DisallowedHost
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
)
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation

from core.navigation import absolute_url


def dutch_prefix_redirect(request, path):
    """Dutch is served without prefix; keep /nl/ links working."""
    # Strip leading slashes so "/nl//evil.example" cannot become a protocol-relative URL.
    target = "/" + path.lstrip("/\\")
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(target + (f"?{query}" if query else ""))


def bad_request(request, exception):
    """400. A request with a Host outside ALLOWED_HOSTS gets a page that needs no request
    context: the site's page reads the host again (menu, links) and turned the 400 into a 500."""
    if isinstance(exception, DisallowedHost):
        return HttpResponseBadRequest(
            "<!doctype html><title>400</title><h1>Ongeldige aanvraag / Bad request</h1>",
            content_type="text/html; charset=utf-8",
        )
    return render(request, "400.html", status=400)


# The brand's icons that clients request at the root, read once: a few kilobytes.
BRAND_ICONS = {"favicon.ico": "image/x-icon", "apple-touch-icon.png": "image/png"}
_icons = {}


def brand_icon(request, name):
    """/favicon.ico and /apple-touch-icon.png: browsers and feed readers ask the root for them
    even when a page links the icons under /static/brand/ (which answered 404 at the root)."""
    if name not in _icons:
        _icons[name] = (settings.BASE_DIR / "static" / "brand" / name).read_bytes()
    response = HttpResponse(_icons[name], content_type=BRAND_ICONS[name])
    response["Cache-Control"] = "public, max-age=86400"
    return response


def page_not_found(request, exception):
    request._not_found = True  # its header is not cached under this path (navigation.header)
    return render(request, "404.html", status=404)


def _stylesheet_url():
    # The error may be the missing static manifest itself (collectstatic not run): then the
    # page goes without its stylesheet rather than failing again.
    try:
        return staticfiles_storage.url("css/site.css")
    except ValueError:
        return None


def server_error(request):
    # Render without a request context: whatever broke may be in a context processor.
    context = {
        "stylesheet": _stylesheet_url(),
        # "We have been notified" only when someone is: mail to ADMINS or a Sentry project.
        "notified": bool(settings.ADMINS or settings.SENTRY_DSN),
    }
    return HttpResponseServerError(loader.get_template("500.html").render(context))


# Pages for one member (account, profile, a school's needs) and the admin stay out of search
# engines; everything else may be crawled. Paths in every language the site serves.
PRIVATE_URL_NAMES = ["community:my_profile", "offers:need_list"]


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /account/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for name in PRIVATE_URL_NAMES:
                # /en/my-school/needs/ → everything under /en/my-school/
                segments = reverse(name).strip("/").split("/")
                keep = 1 if code == settings.LANGUAGE_CODE else 2
                lines.append(f"Disallow: /{'/'.join(segments[:keep])}/")
    lines.append(f"Sitemap: {absolute_url(reverse('sitemap'))}")
    unique = list(dict.fromkeys(lines))
    return HttpResponse("\n".join(unique) + "\n", content_type="text/plain; charset=utf-8")
