"""The list of events with its filters, and the next events on the home page."""

import pytest

from core.models import Region

from .conftest import make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def several(index, event):
    make_event(
        index,
        "Congres Amsterdam",
        kind="congres",
        region=Region.objects.get(slug="amsterdam-gm0363"),
    )
    make_event(index, "Landelijk webinar", kind="webinar", days=3)
    make_event(index, "Terugblik kick-off", kind="kick-off", days=-30)
    return index


def titles(response):
    return [event.title for event in response.context["events"]]


def test_upcoming_by_default_in_date_order(client, several):
    assert titles(client.get(several.url)) == [
        "Landelijk webinar",
        "Netwerkbijeenkomst Eemsdelta",
        "Congres Amsterdam",
    ]


def test_filters(client, several):
    assert titles(client.get(several.url, {"when": "geweest"})) == ["Terugblik kick-off"]
    # A municipality finds its own events and national ones.
    assert titles(client.get(several.url, {"region": "GM1979"})) == [
        "Landelijk webinar",
        "Netwerkbijeenkomst Eemsdelta",
    ]
    assert titles(client.get(several.url, {"theme": "ouderbetrokkenheid"})) == [
        "Netwerkbijeenkomst Eemsdelta"
    ]
    assert titles(client.get(several.url, {"kind": "congres"})) == ["Congres Amsterdam"]


def test_unknown_values_are_named_not_a_500(client, several):
    response = client.get(
        several.url, {"region": "XX", "theme": "geen", "kind": "feest", "when": "ooit"}
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Onbekende regio &#x27;XX&#x27; genegeerd." in content
    assert "Onbekende soort &#x27;feest&#x27; genegeerd." in content


def test_home_page_shows_the_next_events_in_the_members_region(client, several, home_pages, anna):
    anna.profile.region = Region.objects.get(slug="amsterdam-gm0363")
    anna.profile.save()
    client.force_login(anna)
    content = client.get(home_pages[0].url).content.decode()
    assert "Congres Amsterdam" in content and "Landelijk webinar" in content
    assert "Netwerkbijeenkomst Eemsdelta" not in content


def test_events_are_a_kind_in_the_site_search(event):
    from search.indexing import index_instance
    from search.query import SearchQuery
    from search.service import search

    index_instance(event)
    response = search(SearchQuery(language="nl", text="Eemsdelta", filters={"kind": ["event"]}))
    assert [hit.title for hit in response.hits] == ["Netwerkbijeenkomst Eemsdelta"]
    assert response.hits[0].kind_label == "Bijeenkomst"
