"""The events' part of the home page: the next events, in the visitor's region when we know it
(a member's profile region), otherwise the next ones anywhere."""

from django.db.models import Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import Region

from .access import only_visible
from .models import EventIndexPage, EventPage

NEXT = 3


def home_content(request, home):
    user = request.user
    return {
        "panels": [
            {
                "order": 20,
                "template": "events/includes/home_events.html",
                # A member sees the events of their region and networks: their own copy.
                "fragment_key": f"member:{user.pk}" if user.is_authenticated else "visitor",
                "load": lambda: _next_events(user, home),
                "title": _("Volgende bijeenkomsten"),
            }
        ]
    }


def _next_events(user, home):
    now = timezone.now()
    pages = (
        only_visible(EventPage.objects.live(), user)
        .filter(sessions__start__gt=now, locale_id=home.locale_id)
        .annotate(first_start=Min("sessions__start"))
        .select_related("region")
        .order_by("first_start")
    )
    region = None
    profile = getattr(user, "profile", None) if user.is_authenticated else None
    if profile is not None and profile.region_id:
        region = profile.region
        reach = Region.objects.reach_of(region)
        pages = pages.filter(Q(region__isnull=True) | Q(region__in=reach))
    events = list(pages[:NEXT])
    index = EventIndexPage.objects.live().filter(locale_id=home.locale_id).first()
    if index is None:  # the panel shows nothing
        events = []
    return {"events": events, "region": region, "list_url": index.url if index else ""}
