"""Calendar files: one per registration, and a member's feed of all their registrations."""

from django.conf import settings
from icalendar import Calendar, Event

from .models import HOLDS_PLACE


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", f"-//{settings.WAGTAIL_SITE_NAME}//bijeenkomsten//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    return calendar


def _event(registration):
    session, page = registration.session, registration.session.page
    event = Event()
    event.add("uid", f"registration-{registration.pk}@{settings.SITE_DOMAIN}")
    event.add("summary", page.title)
    event.add("dtstart", session.start)
    event.add("dtend", session.end)
    event.add("dtstamp", registration.created)
    place = ", ".join(
        part for part in [session.place, getattr(session.municipality, "name", "")] if part
    )
    # The online link is for people with a place only.
    if registration.status in HOLDS_PLACE and session.online_url:
        place = place or session.online_url
        event.add("url", session.online_url)
    if place:
        event.add("location", place)
    event.add("description", page.intro or page.listing_summary or "")
    return event


def registration_ics(registration):
    calendar = _calendar(registration.session.page.title)
    calendar.add_component(_event(registration))
    return calendar.to_ical()


def feed_ics(registrations, name):
    calendar = _calendar(name)
    for registration in registrations:
        calendar.add_component(_event(registration))
    return calendar.to_ical()
