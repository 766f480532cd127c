"""The school year (1 August to 31 July) and the sessions of filtered offers within it."""

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import partial
from itertools import groupby
from urllib.parse import urlencode

from django.db.models import Q, prefetch_related_objects
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language

from core import localcache, pagecache
from core.holidays import HOLIDAY_REGIONS, holiday_region_of, holidays_between, region_names
from core.models import Region
from offers.models import OfferPage, OfferSession, with_places
from search import service
from search.labels import labels_version
from search.query import SearchQuery
from search.sources import page_key, parse_key

SCHOOL_YEAR_PARAM = "schooljaar"
# The filters the calendar shows (every other filter of the vocabulary still works in its URL).
CALENDAR_FACETS = ("theme", "region", "target_group", "offer_type")


@dataclass(frozen=True)
class SchoolYear:
    start_year: int

    @classmethod
    def containing(cls, day):
        return cls(day.year if day.month >= 8 else day.year - 1)

    @classmethod
    def from_param(cls, value, today=None):
        """The school year named like '2026-2027', or the current one for anything else."""
        match = re.fullmatch(r"(\d{4})-(\d{4})", (value or "").strip())
        if match:
            first, second = int(match[1]), int(match[2])
            if second == first + 1 and 2000 <= first <= 2100:
                return cls(first)
        return cls.containing(today or timezone.localdate())

    @property
    def first_day(self):
        return date(self.start_year, 8, 1)

    @property
    def last_day(self):
        return date(self.start_year + 1, 7, 31)

    @property
    def param(self):
        return f"{self.start_year}-{self.start_year + 1}"

    def __str__(self):
        return f"{self.start_year}-{self.start_year + 1}"

    def bounds(self):
        """Aware datetimes: the start of 1 August and the start of the next 1 August."""
        zone = timezone.get_current_timezone()
        return (
            datetime.combine(self.first_day, time.min, tzinfo=zone),
            datetime.combine(date(self.start_year + 1, 8, 1), time.min, tzinfo=zone),
        )

    def previous(self):
        return SchoolYear(self.start_year - 1)

    def next(self):
        return SchoolYear(self.start_year + 1)


@dataclass
class OnRequest:
    """An offer without dates in the calendar's list "on request"; `page` once loaded."""

    pk: int
    title: str
    page: object = None


@dataclass
class Month:
    label: str
    key: str
    sessions: list


def calendar_data(params, language):
    """Everything the calendar page and feed show for these GET parameters: the offers come
    from the site search (the same filters as the catalogue), restricted to offers with a
    session in the school year or on request.

    Kept pickled (this process, then the shared cache) under what it is built from: the
    parameters, the language and school year, and the versions of the page tree, of the
    sessions and their places, and of the search index. Any publish, request or indexed
    change makes a new key; whether a session is past is decided when the page is shown."""
    year = SchoolYear.from_param(params.get(SCHOOL_YEAR_PARAM))
    return localcache.remember_pickled(
        _data_key(params, language, year),
        partial(_calendar_data, params, language, year),
        timeout=DATA_SECONDS,
        store=localcache.larger,
        keep=_answered_by_the_engine,
    )


def _answered_by_the_engine(data):
    """Not kept: a fallback engine's answer (the configured one failed just now). Its filter
    form's key is read now, to be kept with it."""
    response = data["response"]
    response.facets_digest  # noqa: B018
    return response.engine == service.configured_engine_name()


# How long the calendar's data is kept in the shared cache (new versions end it sooner).
DATA_SECONDS = 600


def _data_key(params, language, year):
    asked = urlencode(sorted(params.lists()), doseq=True)
    digest = hashlib.blake2b(asked.encode(), digest_size=12).hexdigest()
    versions = f"{pagecache.site_version()}:{pagecache.places_version()}:{labels_version()}"
    return f"calendar-data:{language}:{year.param}:{digest}:{versions}"


def _calendar_data(params, language, year):
    start, end = year.bounds()
    sessions_in_year = OfferSession.objects.filter(start__gte=start, start__lt=end)
    in_year = OfferPage.objects.live().filter(
        Q(pk__in=sessions_in_year.values("page_id")) | Q(on_request=True)
    )
    # `within` holds offers only: no filter on the kind of content (a facet count fewer).
    query = SearchQuery.from_params(params, language)
    query.within = tuple(page_key(pk) for pk in in_year.values_list("pk", flat=True))
    query.page_size = 1  # the facets and notes; the offers come from matching_keys
    response = service.search(query)
    response.facets = [group for group in response.facets if group.name in CALENDAR_FACETS]
    pks = [pk for _kind, pk in map(parse_key, service.matching_keys(response.query))]
    # Booked places of all sessions in one query (they are counted from schools' requests).
    # Their offers are not read here: the page keeps most lines in the shared cache and loads
    # the offers of the others (`with_offers`); the feed loads them all.
    sessions = with_places(
        sessions_in_year.filter(page_id__in=pks).order_by("start", "page__title")
    )
    return {
        "school_year": year,
        "response": response,
        "query": response.query,
        "sessions": sessions,
        # Only their ids and titles: the page keeps their lines in the shared cache and loads
        # the offers of the others (`with_offers`).
        "on_request": [
            OnRequest(pk, title)
            for pk, title in OfferPage.objects.filter(pk__in=pks, on_request=True)
            .order_by("title")
            .values_list("pk", "title")
        ],
    }


def with_offers(items):
    """The offer of each session or OnRequest, in one query for all."""
    sessions = [item for item in items if isinstance(item, OfferSession)]
    prefetch_related_objects(sessions, "page")
    others = [item for item in items if isinstance(item, OnRequest)]
    if others:
        pages = OfferPage.objects.in_bulk([item.pk for item in others])
        for item in others:
            item.page = pages.get(item.pk)


with_offers.do_not_call_in_templates = True


def _local_month(session):
    start = timezone.localtime(session.start)
    return start.year, start.month


def group_by_month(sessions):
    months = []
    for (year, month), items in groupby(sessions, key=_local_month):
        first = date(year, month, 1)
        months.append(Month(date_format(first, "F Y"), f"{year}-{month:02d}", list(items)))
    return months


HOLIDAY_REGION_PARAM = "vakantieregio"


def holiday_context(params, year):
    """The school holidays the calendar shows: of the holiday region asked for, or of the
    region filtered on when it lies in one holiday region; none otherwise."""
    chosen = params.get(HOLIDAY_REGION_PARAM, "")
    if chosen not in HOLIDAY_REGIONS:
        chosen = None
        value = params.get("regio", "")
        if value:
            region = (
                Region.objects.filter(Q(code=value) | Q(slug=value))
                .select_related("province")
                .first()
            )
            chosen = holiday_region_of(region)
    names = region_names()
    english = (get_language() or "nl").startswith("en")
    query = params.copy()
    query.pop(HOLIDAY_REGION_PARAM, None)
    return {
        "holiday_region": chosen,
        "holiday_region_name": names[chosen][english] if chosen else "",
        "holidays": holidays_between(year.first_day, year.last_day, chosen) if chosen else [],
        "holiday_region_links": [
            (code, names[code][english], _query_with(query, HOLIDAY_REGION_PARAM, code))
            for code in HOLIDAY_REGIONS
        ],
    }


def _query_with(query, name, value):
    query = query.copy()
    query[name] = value
    return query.urlencode()
