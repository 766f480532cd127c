from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Events (bijeenkomsten) of the Leercommunity: pages with sessions, registrations and a
    waiting list."""

    name = "community.events"
    label = "events"
    verbose_name = _("Bijeenkomsten")

    def ready(self):
        from core import sections

        from .access import check_visible
        from .listing import listing_context, page_context
        from .models import pages
        from .on_route import route_attendance
        from .school_year import calendar_events, visitor_key

        pages.PAGE_CONTEXT.update(
            index=listing_context, event=page_context, check_visible=check_visible
        )
        # The school-year calendar (offers) shows the events in its slot.
        sections.register(
            "calendar_end",
            "events/includes/calendar_events.html",
            calendar_events,
            fragment_key=visitor_key,
        )
        # A school's development route (offers.routes) shows who attended, checked in.
        sections.register(
            "route_page_end", "events/includes/route_attendance.html", route_attendance
        )
