"""Plausible demo session dates: school days of the offer's holiday region, at hours that fit
the kind of offer.

- during school time: a morning or early-afternoon block between 08:30 and 15:00;
- after school: Wednesday afternoon (primary schools close at noon) or from 15:15;
- excursions: a school day with travel there and back (08:45 to 14:30);
- team coaching and expertise: after the pupils have gone home (15:30 to 17:00).
No weekends, no school holidays or public holidays of the region (core.holidays); an offer
with national reach, or one whose regions span holiday regions, only meets on days that are
school days everywhere it reaches. Dates are relative to the day the demo is built: some lie in
the past, the first upcoming one is in the coming weeks.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from core.holidays import HOLIDAY_REGIONS, holiday_region_of, is_school_day
from offers.calendar import SchoolYear

MORNING = (time(8, 45), time(10, 15))
LATE_MORNING = (time(10, 30), time(12, 0))
AFTERNOON = (time(13, 0), time(14, 30))
WEDNESDAY_AFTERNOON = (time(13, 0), time(15, 0))
AFTER_SCHOOL = (time(15, 15), time(16, 45))
EXCURSION = (time(8, 45), time(14, 30))
TEAM = (time(15, 30), time(17, 0))
WEDNESDAY = 2


def holiday_regions(offer_regions):
    """The holiday regions whose school days an offer must respect (all three when unknown)."""
    found = {holiday_region_of(region) for region in offer_regions}
    if not found or None in found:
        return HOLIDAY_REGIONS
    return tuple(sorted(found))


def fits(day, kind, regions):
    """Whether `day` is a school day in every region and suits the kind of offer."""
    if not all(is_school_day(day, region) for region in regions):
        return False
    if kind == "team":
        return day.weekday() != WEDNESDAY  # team meetings fall on full school days
    return True


def hours(kind, day, number):
    """Start and end time of a session of this kind on `day`; varied by session number."""
    if kind == "excursion":
        return EXCURSION
    if kind == "team":
        return TEAM
    if kind == "after":
        return WEDNESDAY_AFTERNOON if day.weekday() == WEDNESDAY else AFTER_SCHOOL
    blocks = (
        (MORNING, LATE_MORNING)
        if day.weekday() == WEDNESDAY
        else (MORNING, LATE_MORNING, AFTERNOON)
    )
    return blocks[number % len(blocks)]


def session_kind(data):
    if data["offer_type"] == "excursion":
        return "excursion"
    if data["offer_type"] in {"coaching", "expertise"}:
        return "team"
    if data["offer_type"] == "after_school" or data.get("school_time") == "after":
        return "after"
    return "during"


def _next_fitting(day, kind, regions, weekday=None):
    for _ in range(120):
        if fits(day, kind, regions) and (weekday is None or day.weekday() == weekday):
            return day
        day += timedelta(days=1)
    raise ValueError(f"no fitting school day after {day}")


def session_times(data, offer_regions, index, today):
    """(start, end) aware datetimes for the demo sessions of one offer."""
    count = data.get("sessions", 0)
    if not count:
        return []
    kind = session_kind(data)
    regions = holiday_regions(offer_regions)
    # A fixed weekday from the data ("Werkplaats op woensdagmiddag"); otherwise after-school
    # programmes of even index meet on Wednesday afternoons.
    weekday = data.get("session_weekday")
    if weekday is None and kind == "after" and index % 2 == 0:
        weekday = WEDNESDAY
    year = SchoolYear.containing(today)
    first = year.first_day + timedelta(days=31)  # after every region's summer holiday
    last = year.last_day - timedelta(days=35)  # before any region's summer holiday
    days = {_next_fitting(today + timedelta(days=7 + (index % 5) * 3), kind, regions, weekday)}
    span = (last - first).days
    for number in range(1, count):
        target = first + timedelta(days=(span * number // count + index * 2) % span)
        days.add(_next_fitting(target, kind, regions, weekday))
    zone = timezone.get_current_timezone()
    times = []
    for number, day in enumerate(sorted(days)):
        start, end = hours(kind, day, number + index)
        times.append(
            (datetime.combine(day, start, tzinfo=zone), datetime.combine(day, end, tzinfo=zone))
        )
    return times
