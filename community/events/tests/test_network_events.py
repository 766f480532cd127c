"""An event for one network's members: seen and registrable by admitted members, the network's
coordinator and the organisers; a visitor gets 404, another member 403; left out of the list,
the home page, the calendar and the search."""

import pytest
from django.urls import reverse

from community.networks.models import Membership, Network
from community.tests.factories import member

from ..models import Registration
from .conftest import make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(db):
    coordinator = member(user__email="coordinator@netwerk.example")
    return Network.objects.create(
        name="Netwerk Noord", slug="netwerk-noord", kind="regional", coordinator=coordinator
    )


@pytest.fixture
def closed_event(index, network):
    page = make_event(index, "Werkgroep alleen voor leden", capacity=5)
    page.network = network
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def inside(network, anna):
    Membership.objects.create(network=network, user=anna, status="admitted")
    return anna


def register(client, page):
    return client.post(reverse("events:register", args=[page.sessions.get().pk]))


def test_member_of_the_network_sees_and_registers(client, closed_event, inside):
    client.force_login(inside)
    page = client.get(closed_event.url)
    assert page.status_code == 200
    assert "Alleen voor leden van het leernetwerk Netwerk Noord" in page.content.decode()
    assert register(client, closed_event).status_code == 302
    assert Registration.objects.get(user=inside).status == "registered"
    listing = client.get(closed_event.get_parent().url).content.decode()
    assert "Werkgroep alleen voor leden" in listing
    network_page = client.get(reverse("networks:detail", args=["netwerk-noord"]))
    assert "Werkgroep alleen voor leden" in network_page.content.decode()


def test_visitor_gets_404(client, closed_event):
    assert client.get(closed_event.url).status_code == 404
    assert register(client, closed_event).status_code == 404
    assert (
        "Werkgroep alleen voor leden"
        not in client.get(closed_event.get_parent().url).content.decode()
    )


def test_other_member_gets_403_and_cannot_register(client, closed_event, bram, network):
    Membership.objects.create(network=network, user=bram, status="requested")
    client.force_login(bram)
    assert client.get(closed_event.url).status_code == 403
    assert register(client, closed_event).status_code == 403
    assert not Registration.objects.exists()
    assert (
        "Werkgroep alleen voor leden"
        not in client.get(closed_event.get_parent().url).content.decode()
    )
    assert (
        "Werkgroep alleen voor leden" not in client.get(reverse("offers:calendar")).content.decode()
    )
    assert (
        "Werkgroep alleen voor leden"
        not in client.get(reverse("networks:detail", args=["netwerk-noord"])).content.decode()
    )


def test_coordinator_sees_it(client, closed_event, network):
    client.force_login(network.coordinator)
    assert client.get(closed_event.url).status_code == 200


def test_calendar_shows_it_to_members(client, closed_event, inside):
    client.force_login(inside)
    assert "Werkgroep alleen voor leden" in client.get(reverse("offers:calendar")).content.decode()


def test_not_in_the_public_search(closed_event):
    from ..search_documents import event_document

    assert event_document(closed_event) is None
