"""A real school year: demo sessions on school days of their region at plausible hours, the
holidays on the calendar, and a valid iCalendar feed."""

from datetime import date, time

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from core.holidays import HOLIDAY_REGIONS, holiday_on, holiday_region_of, is_school_day
from core.models import Region
from offers.models import OfferSession

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def dutch():
    """These tests read the Dutch pages, whatever language an earlier test left active."""
    with translation.override("nl"):
        yield


@pytest.fixture
def demo(module_demo):
    return module_demo


def regions_of(offer):
    """The holiday regions an offer reaches; every region for national or mixed reach."""
    found = {holiday_region_of(region) for region in offer.regions.all()}
    return HOLIDAY_REGIONS if not found or None in found else found


def test_holiday_regions_follow_the_official_division(taxonomy):
    def of(code):
        return holiday_region_of(Region.objects.get(code=code))

    assert of("GM0014") == "noord"  # Groningen
    assert of("GM0599") == "midden"  # Rotterdam
    assert of("GM0268") == "zuid"  # Nijmegen lies in Gelderland but in region zuid
    assert of("GM0244") == "noord"  # Hattem, Gelderland's one municipality in noord
    assert of("PV31") == "zuid"  # Limburg
    assert not is_school_day(date(2026, 12, 24), "midden")  # Christmas holiday
    assert not is_school_day(date(2027, 5, 6), "noord")  # Ascension Day
    assert is_school_day(date(2027, 2, 9), "noord")
    assert not is_school_day(date(2027, 2, 9), "zuid")  # carnival week in the south
    assert not is_school_day(date(2026, 12, 5), "noord")  # a Saturday


def test_no_demo_session_on_a_weekend_or_in_its_regions_holiday(demo):
    sessions = list(OfferSession.objects.select_related("page"))
    assert len(sessions) > 50
    for session in sessions:
        day = timezone.localtime(session.start).date()
        assert day.weekday() < 5, session
        for region in regions_of(session.page):
            assert holiday_on(day, region) is None, (session, region, holiday_on(day, region))


def test_demo_sessions_keep_plausible_hours_for_their_kind(demo):
    for session in OfferSession.objects.select_related("page"):
        start, end = timezone.localtime(session.start), timezone.localtime(session.end)
        offer = session.page
        assert start.date() == end.date() and start < end, session
        if offer.offer_type == "after_school":
            assert start.time() >= time(15) or (
                start.weekday() == 2 and start.time() >= time(12)
            ), session
        elif offer.offer_type in {"coaching", "expertise"}:
            assert start.time() >= time(15), session  # the team, once the pupils have gone
        else:
            assert time(8, 30) <= start.time() and end.time() <= time(15), session
    woensdag = OfferSession.objects.filter(page__slug="werkplaats-op-woensdag")
    assert woensdag.exists()
    assert {timezone.localtime(s.start).weekday() for s in woensdag} == {2}


def test_past_sessions_are_in_the_past_and_not_offered_as_open(demo, client):
    now = timezone.now()
    assert OfferSession.objects.filter(end__lt=now).exists()
    assert OfferSession.objects.filter(start__gt=now).exists()
    # The calendar starts today; the dates already past are behind the "eerder" link.
    response = client.get(reverse("offers:calendar"), {"eerder": "1"})
    past = [s for s in response.context["sessions"] if s.end < now]
    assert past
    html = response.text
    for session in past:
        start = f'datetime="{timezone.localtime(session.start).isoformat(timespec="seconds")}"'
        line = html[html.index(start) :].split("</li>", 1)[0]
        assert " vrij)" not in line and "geweest" in line


def test_calendar_shows_the_holidays_of_the_chosen_region(demo, client):
    url = reverse("offers:calendar")
    page = client.get(url, {"vakantieregio": "zuid", "schooljaar": "2026-2027"})
    assert "Schoolvakanties regio Zuid" in page.text
    assert "Voorjaarsvakantie" in page.text and "6 februari 2027" in page.text
    # A region filter on a municipality shows that municipality's holiday region.
    groningen = client.get(url, {"regio": "GM0014", "schooljaar": "2026-2027"})
    assert "Schoolvakanties regio Noord" in groningen.text
    assert "Schoolvakanties regio" not in client.get(url).text


def test_ics_feed_is_valid_with_a_timezone_definition(demo, client):
    response = client.get(reverse("offers:calendar_feed"))
    assert response.status_code == 200
    feed = Calendar.from_ical(response.content)
    zones = feed.walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in zones] == ["Europe/Amsterdam"]
    events = feed.walk("VEVENT")
    assert events
    for event in events:
        assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
        assert event.decoded("DTSTART").weekday() < 5
