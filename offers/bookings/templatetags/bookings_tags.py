"""Template tags of requests: the workspace links in the header, whose turn it is."""

from django import template
from django.utils.translation import gettext as _

from offers.models import request_schools

from ..choices import Side
from ..models import provider_page_of

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


@register.filter
def turn_label(booking, side):
    """Whose turn it is on a request, said to the reader on `side`: "Uw beurt", "Wacht op de
    aanbieder", "Wacht op de school"; "" when the request rests (planned or closed)."""
    if booking.awaits(side):
        return _("Uw beurt")
    turn = booking.turn
    if turn is None:
        return ""
    return _("Wacht op de aanbieder") if turn == Side.PROVIDER else _("Wacht op de school")
