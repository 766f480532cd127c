"""The events' part of the school-year calendar (`/kalender/`, built by `offers`).

The calendar names a slot (`core.sections`, "calendar_end") and knows no events; this module
fills it, registered in EventsConfig.ready. It follows the calendar's own filters (region by
the reach rule, theme) and its school year, and starts at today in the current year, as the
calendar does.
"""

from itertools import groupby

from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format

from core.locales import default_locale
from core.models import Region

from .access import only_visible
from .models import EventPage, EventSession


def _filtered(sessions, filters):
    codes = filters.get("region") or []
    if codes:
        region = Region.objects.filter(code=codes[0]).first()
        if region is not None:
            reach = Region.objects.reach_of(region)
            sessions = sessions.filter(Q(page__region__isnull=True) | Q(page__region__in=reach))
    slugs = filters.get("theme") or []
    if slugs:
        sessions = sessions.filter(page__themes__slug__in=slugs).distinct()
    return sessions


def visitor_key(context, school_year, query):
    """A visitor (not logged in) sees the same events as every visitor for this year and
    these filters, until the hour turns (events that ended drop off): kept in the shared cache
    (core.sections). A member may see their networks' events: not kept."""
    request = context.get("request")
    if request is None or request.user.is_authenticated:
        return None
    filters = getattr(query, "filters", {}) or {}
    chosen = (tuple(filters.get("region") or ()), tuple(filters.get("theme") or ()))
    return f"{school_year}:{chosen}:{timezone.now():%Y%m%d%H}"


def calendar_events(context, school_year, query):
    start, end = school_year.bounds()
    now = timezone.now()
    sessions = EventSession.objects.filter(
        start__gte=start,
        start__lt=end,
        page__live=True,
        page__locale=default_locale(),
    )
    if start <= now < end:
        sessions = sessions.filter(end__gte=now)
    request = context.get("request")
    user = getattr(request, "user", None)
    sessions = sessions.filter(page__in=only_visible(EventPage.objects.all(), user))
    sessions = _filtered(sessions, getattr(query, "filters", {}) or {})
    sessions = list(
        sessions.select_related("page", "municipality").order_by("start", "page__title")
    )
    months = []
    for (year, month), items in groupby(
        sessions,
        key=lambda s: (timezone.localtime(s.start).year, timezone.localtime(s.start).month),
    ):
        items = list(items)
        for session in items:
            session.shown_page = session.page.localized
        label = date_format(timezone.localtime(items[0].start), "F Y")
        months.append({"label": label, "key": f"{year}-{month:02d}", "sessions": items})
    return {"event_months": months, "school_year": school_year}
