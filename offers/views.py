"""The school-year calendar of offer sessions, as a page and as an iCalendar feed."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from icalendar import Calendar, Event

from offers.calendar import (
    SCHOOL_YEAR_PARAM,
    calendar_data,
    group_by_month,
    holiday_context,
    with_offers,
)
from offers.filters import CALENDAR_RENAMES, legacy_redirect
from offers.visits import PIXEL, count_view

ICAL_DOMAIN = "ontwikkelplaats.leercommunity"
PAST_PARAM = "eerder"


def calendar(request):
    if redirect := legacy_redirect(request, CALENDAR_RENAMES):
        return redirect
    data = calendar_data(request.GET, get_language())
    query = request.GET.copy()
    query.pop(SCHOOL_YEAR_PARAM, None)
    year = data["school_year"]
    # The calendar starts at today: the dates already past this school year come after a
    # link (on a phone the first coming date was 1,569 px down, after eight past ones).
    now = timezone.now()
    # (A school year that has ended or not begun shows all its dates.)
    current = year.first_day <= timezone.localdate() <= year.last_day
    show_past = request.GET.get(PAST_PARAM) == "1" or not current
    sessions = list(data["sessions"])
    past_count = sum(1 for session in sessions if session.end < now)
    if not show_past:
        sessions = [session for session in sessions if session.end >= now]
    with_past = request.GET.copy()
    with_past[PAST_PARAM] = "1"
    context = {
        **data,
        "facets": data["response"].facets,
        "filtered": bool(data["query"].filters),
        "clear_url": f"?{SCHOOL_YEAR_PARAM}={year.param}",
        "months": group_by_month(sessions),
        "past_count": 0 if show_past else past_count,
        "past_query": with_past.urlencode(),
        "filter_query": request.GET.urlencode(),
        "query_without_year": query.urlencode(),
        "previous_year": year.previous(),
        "next_year": year.next(),
        "school_year_param": SCHOOL_YEAR_PARAM,
        "year_hidden": (SCHOOL_YEAR_PARAM, year.param),
        **holiday_context(request.GET, year),
        "now": now,
        "with_offers": with_offers,
        "listed_sessions": sessions,
    }
    return TemplateResponse(request, "offers/calendar.html", context)


def session_uid(session):
    return f"offer-session-{session.pk}@{ICAL_DOMAIN}"


def calendar_feed(request):
    if redirect := legacy_redirect(request, CALENDAR_RENAMES):
        return redirect
    data = calendar_data(request.GET, get_language())
    feed = Calendar()
    feed.add("prodid", "-//Leercommunity & Ontwikkelplaats//Schooljaarkalender//NL")
    feed.add("version", "2.0")
    feed.add("x-wr-calname", _("Schooljaar %(year)s") % {"year": data["school_year"]})
    stamp = timezone.now().replace(microsecond=0)
    with_offers(data["sessions"])
    for session in data["sessions"]:
        offer = session.page
        event = Event()
        event.add("uid", session_uid(session))
        event.add("dtstamp", stamp)
        event.add("dtstart", timezone.localtime(session.start))
        event.add("dtend", timezone.localtime(session.end))
        event.add("summary", offer.title)
        location = session.place or offer.location or (_("Op school") if offer.at_school else "")
        if location:
            event.add("location", location)
        event.add("url", request.build_absolute_uri(offer.get_url(request)))
        if offer.summary:
            event.add("description", offer.summary)
        feed.add_component(event)
    # Events carry TZID=Europe/Amsterdam; a valid feed defines that zone in a VTIMEZONE.
    feed.add_missing_timezones()
    response = HttpResponse(feed.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="schooljaarkalender.ics"'
    return response


@never_cache
def offer_seen(request, pk):
    """The 1x1 image on an offer page that counts its view (offers.visits explains why)."""
    count_view(request, pk)
    return HttpResponse(PIXEL, content_type="image/gif")
