"""Template tags of requests: the workspace links in the header."""

from django import template

from schools.access import provider_page_of, request_schools

register = template.Library()


@register.simple_tag(takes_context=True)
def workspace_links(context):
    """{'school': bool, 'provider': bool} for the header, computed once per request."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"school": False, "provider": False}
    cached = getattr(request, "_workspace_links", None)
    if cached is None:
        cached = {
            "school": bool(request_schools(request)),
            "provider": provider_page_of(user) is not None,
        }
        request._workspace_links = cached
    return cached
