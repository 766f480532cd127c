"""Where a form sends the visitor back to after a POST."""

from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(request, fallback):
    """The form's `next` (POST, then GET) when it stays on this site, else `fallback`. The
    fragment is dropped: callers add the anchor of what they changed."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate.split("#")[0]
    return fallback
