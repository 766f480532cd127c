"""Template tags of requests' own pages: whose turn it is."""

from django import template
from django.utils.translation import gettext as _

from ..choices import Side

register = template.Library()


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
