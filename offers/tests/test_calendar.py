"""The school-year calendar and its iCalendar feed."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from core.models import TargetGroup, Theme
from offers.calendar import SchoolYear
from offers.tests.factories import OfferPageFactory, add_session, aware, dutch, region
from search.indexing import index_instance

pytestmark = pytest.mark.django_db

YEAR = "?schooljaar=2025-2026"


@pytest.fixture
def offers(catalogue):
    provider = catalogue["provider"]
    robots = OfferPageFactory(parent=provider, title="Robotles", offer_type="guest_lesson")
    add_session(robots, aware(2025, 7, 31, 10), place="Te vroeg")  # previous school year
    add_session(robots, aware(2025, 8, 1, 9), place="Eerste dag")
    add_session(robots, aware(2025, 9, 15), place="Wijkcentrum")
    add_session(robots, aware(2026, 7, 31, 20), place="Laatste avond")
    add_session(robots, aware(2026, 8, 1, 9), place="Volgend jaar")
    music = OfferPageFactory(
        parent=provider,
        title="Muziek in Eemsdelta",
        offer_type="after_school",
        reach="local",
        regions=[region("eemsdelta-gm1979")],
        themes=[dutch(Theme, "gezonde-basis")],
        target_groups=[dutch(TargetGroup, "groep-7-8")],
    )
    add_session(music, aware(2025, 9, 20), place="Delfzijl")
    local_elsewhere = OfferPageFactory(
        parent=provider,
        title="Havenexcursie Rotterdam",
        offer_type="excursion",
        reach="local",
        regions=[region("rotterdam-gm0599")],
    )
    add_session(local_elsewhere, aware(2025, 10, 1), place="Rotterdam")
    on_request = OfferPageFactory(parent=provider, title="Coaching op maat", on_request=True)
    # The calendar lists through the site search: the offers are indexed as on publishing.
    for page in (robots, music, local_elsewhere, on_request):
        index_instance(page)
    return {
        "robots": robots,
        "music": music,
        "rotterdam": local_elsewhere,
        "on_request": on_request,
    }


def calendar_url():
    return reverse("offers:calendar")


def test_school_year_runs_from_august_to_july():
    assert SchoolYear.containing(date(2026, 7, 31)) == SchoolYear(2025)
    assert SchoolYear.containing(date(2026, 8, 1)) == SchoolYear(2026)
    today = date(2026, 3, 1)
    assert SchoolYear.from_param("2027-2028", today) == SchoolYear(2027)
    for bad in ["", "2027", "2027-2029", "abcd-efgh", "1800-1801", "2027-2028x"]:
        assert SchoolYear.from_param(bad, today) == SchoolYear(2025)


def test_calendar_lists_sessions_of_the_school_year_by_month(client, offers):
    response = client.get(calendar_url() + YEAR)
    assert response.status_code == 200
    places = [s.place for s in response.context["sessions"]]
    assert "Eerste dag" in places and "Laatste avond" in places
    assert "Te vroeg" not in places and "Volgend jaar" not in places
    months = response.context["months"]
    assert [m.key for m in months] == ["2025-08", "2025-09", "2025-10", "2026-07"]
    september = next(m for m in months if m.key == "2025-09")
    assert [s.place for s in september.sessions] == ["Wijkcentrum", "Delfzijl"]
    assert "september 2025" in response.content.decode()


def test_calendar_lists_offers_on_request_separately(client, offers):
    response = client.get(calendar_url() + YEAR)
    assert [o.title for o in response.context["on_request"]] == ["Coaching op maat"]
    html = response.content.decode()
    assert html.index("Wijkcentrum") < html.index("Coaching op maat")


def test_calendar_filters_with_counts_and_the_reach_rule(client, offers):
    response = client.get(calendar_url() + YEAR + "&regio=GM1966")
    titles = {s.page.title for s in response.context["sessions"]}
    # Het Hogeland shares no municipality with Eemsdelta: only national offers remain.
    assert titles == {"Robotles"}

    response = client.get(calendar_url() + YEAR + "&regio=GM1979")
    titles = {s.page.title for s in response.context["sessions"]}
    assert titles == {"Robotles", "Muziek in Eemsdelta"}

    response = client.get(calendar_url() + YEAR + "&thema=gezonde-basis")
    assert {s.page.title for s in response.context["sessions"]} == {"Muziek in Eemsdelta"}
    facets = {f.param: f for f in response.context["facets"]}
    counts = {o.value: o.count for o in facets["thema"].options}
    # Counts of a facet ignore its own selection: 3 offers with the enriched school day.
    assert counts["gezonde-basis"] == 1
    assert counts["verrijkte-schooldag"] == 3
    types = {o.value: o.count for o in facets["type"].options}
    # Types without an offer under these filters are left out of the form.
    assert types["after_school"] == 1 and types.get("guest_lesson", 0) == 0


def feed_uids(response):
    events = Calendar.from_ical(response.content).walk("VEVENT")
    return sorted(str(event["uid"]) for event in events)


@pytest.mark.parametrize(
    "query",
    [
        "regio=atlantis",
        "thema=%ff",
        "soort=x&soort=y",
        "type=x&type=y",
        "pagina=-1",
        "doelgroep=<script>",
    ],
)
def test_bad_parameters_are_ignored(client, offers, query):
    everything = client.get(calendar_url() + YEAR)
    everything_feed = client.get(reverse("offers:calendar_feed") + YEAR)
    for url in (calendar_url(), reverse("offers:calendar_feed")):
        response = client.get(f"{url}{YEAR}&{query}", follow=True)
        assert response.status_code == 200
    page = client.get(f"{calendar_url()}{YEAR}&{query}", follow=True)
    # A bad value filters nothing away: the year's sessions, all of them, local ones included.
    assert page.context["sessions"] == everything.context["sessions"]
    assert {"Delfzijl", "Rotterdam"} <= {session.place for session in page.context["sessions"]}
    assert {o.pk for o in page.context["on_request"]} == {offers["on_request"].pk}
    feed = client.get(f"{reverse('offers:calendar_feed')}{YEAR}&{query}", follow=True)
    assert feed_uids(feed) == feed_uids(everything_feed)


@pytest.mark.parametrize("query", ["?schooljaar=nonsense", "?schooljaar=9999-10000"])
def test_a_bad_school_year_shows_the_current_one(client, offers, query):
    current = client.get(calendar_url())
    for url in (calendar_url(), reverse("offers:calendar_feed")):
        assert client.get(url + query, follow=True).status_code == 200
    page = client.get(calendar_url() + query)
    assert page.context["school_year"] == SchoolYear.containing(timezone.localdate())
    assert page.context["sessions"] == current.context["sessions"]
    feed = client.get(reverse("offers:calendar_feed") + query)
    assert feed_uids(feed) == feed_uids(client.get(reverse("offers:calendar_feed")))


def test_a_control_character_is_refused_with_a_message(client, offers):
    # Site-wide rule (core.middleware): control characters are refused, never ignored.
    for url in (calendar_url(), reverse("offers:calendar_feed")):
        response = client.get(url + "?thema=%00")
        assert response.status_code == 400
        assert "stuurteken" in response.content.decode()


def test_bad_filter_values_are_named_in_a_note(client, offers):
    html = client.get(calendar_url() + YEAR + "&thema=onbekend&regio=atlantis").text
    assert "thema=onbekend" in html and "regio=atlantis" in html
    assert {s.page.title for s in client.get(calendar_url() + YEAR).context["sessions"]} == {
        "Robotles",
        "Muziek in Eemsdelta",
        "Havenexcursie Rotterdam",
    }


@pytest.mark.parametrize("url_name", ["offers:calendar", "offers:calendar_feed"])
def test_old_filter_urls_redirect_permanently_to_the_one_vocabulary(client, offers, url_name):
    url = reverse(url_name)
    response = client.get(url + YEAR + "&regio=eemsdelta-gm1979&soort=after_school")
    assert response.status_code == 301
    assert (
        response["Location"] == url + YEAR.replace("?", "?", 1) + "&regio=GM1979&type=after_school"
    )
    if url_name == "offers:calendar":
        titles = {s.page.title for s in client.get(response["Location"]).context["sessions"]}
        assert titles == {"Muziek in Eemsdelta"}


def test_ical_feed_holds_exactly_the_filtered_sessions(client, offers):
    response = client.get(reverse("offers:calendar_feed") + YEAR + "&type=guest_lesson")
    assert response["Content-Type"].startswith("text/calendar")
    feed = Calendar.from_ical(response.content)
    events = list(feed.walk("VEVENT"))
    assert sorted(str(e["location"]) for e in events) == [
        "Eerste dag",
        "Laatste avond",
        "Wijkcentrum",
    ]
    first = next(e for e in events if str(e["location"]) == "Eerste dag")
    assert str(first["summary"]) == "Robotles"
    assert first.decoded("dtstart") == aware(2025, 8, 1, 9)
    assert first.decoded("dtend") == aware(2025, 8, 1, 11)
    assert str(first["url"]).endswith(offers["robots"].url)
    # The UID is stable: asking again gives the same identifiers.
    again = Calendar.from_ical(client.get(reverse("offers:calendar_feed") + YEAR).content)
    assert {str(e["uid"]) for e in events} <= {str(e["uid"]) for e in again.walk("VEVENT")}


def test_calendar_route_is_translated(client, offers):
    with translation.override("en"):
        url = reverse("offers:calendar")
    assert url.startswith("/en/")
    response = client.get(url + YEAR)
    assert response.status_code == 200
    assert response.context["sessions"]


def test_current_year_calendar_is_the_default(client, offers):
    current = SchoolYear.containing(timezone.localdate())
    assert client.get(calendar_url()).context["school_year"] == current


def test_this_school_years_calendar_starts_today_with_a_link_to_past_dates(client, offers):
    """/kalender/ began with eight dates already past; the first coming one was far down."""
    now = timezone.now()
    robots = offers["robots"]
    add_session(robots, now - timedelta(hours=6), place="Gisteren")
    add_session(robots, now + timedelta(days=1), place="Morgen")
    index_instance(robots)
    response = client.get(calendar_url())
    places = [s.place for month in response.context["months"] for s in month.sessions]
    assert "Morgen" in places and "Gisteren" not in places
    html = response.content.decode()
    assert response.context["past_count"] >= 1
    assert "van dit schooljaar die al geweest" in html and "eerder=1" in html
    response = client.get(calendar_url() + "?eerder=1")
    places = [s.place for month in response.context["months"] for s in month.sessions]
    assert "Gisteren" in places and "Morgen" in places
