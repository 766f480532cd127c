"""Security headers: Content-Security-Policy (django-csp), Permissions-Policy, and no caching
of personal pages.

The public site needs no inline script or style (stylesheets and scripts are static files), so
its policy allows neither. Wagtail's admin does use inline scripts and styles; it gets the same
policy with those two directives relaxed, rather than no policy at all.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.utils.cache import patch_cache_control

ADMIN_PREFIX = "/admin/"
ADMIN_RELAXED = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    # Wagtail's admin shows page previews in an iframe of its own.
    "frame-ancestors": [SELF],
    "frame-src": [SELF, "https:"],
}

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path_info.startswith(ADMIN_PREFIX) and not parts.replace:
            parts.replace = ADMIN_RELAXED
        return parts


def is_personal(request):
    """A page for one person: anything shown to a signed-in member (their name is in the
    header, their own data on the page), and the account pages whoever asks."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    return request.path_info.startswith(tuple(settings.PERSONAL_URL_PREFIXES))


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; `Cache-Control: private, no-store` on personal
    pages, so that neither a shared proxy nor the browser's back button keeps them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if is_personal(request):
            # Drop anything that would let a cache keep the page.
            cache_control = response.get("Cache-Control", "")
            if "public" in cache_control or "max-age" in cache_control:
                del response["Cache-Control"]
            patch_cache_control(response, private=True, no_store=True)
        return response
