"""The demo events: six, past and upcoming, one full with a waiting list, one online; built
twice, they are there once."""

import pytest

from core.demo import build_demo

from ..models import EventPage, Registration, Status

STEPS = [
    "community.demo.build_community_demo",
    "community.events.demo.build_events_demo",
    "community.networks.demo.build_networks_demo",
    "community.networks.demo.pairs.build_pairs_demo",
]


@pytest.mark.django_db
def test_demo_events_are_built_once(home_pages, taxonomy):
    build_demo(log=lambda line: None, steps=STEPS)
    build_demo(log=lambda line: None, steps=STEPS)
    dutch = EventPage.objects.filter(locale__language_code="nl")
    assert dutch.count() == 6
    assert EventPage.objects.filter(locale__language_code="en").count() == 6
    full = dutch.get(slug="netwerk-noord-groningen-ouders").sessions.get()
    assert full.registrations.filter(status=Status.REGISTERED).count() == full.capacity
    assert full.registrations.filter(status=Status.WAITING).count() == 2
    assert dutch.filter(sessions__online_url__startswith="https://").count() == 1
    assert Registration.objects.filter(status=Status.ATTENDED).count() == 2
    from community.networks.models import Membership, Network

    assert Network.objects.count() == 4
    assert Membership.objects.filter(status="admitted").count() == 8
    from community.networks.pairs import Pair

    assert sorted(Pair.objects.values_list("status", flat=True)) == [
        "accepted",
        "active",
        "ended",
        "proposed",
    ]


@pytest.mark.django_db
def test_the_events_are_in_the_header_menu_in_both_languages(client, home_pages, taxonomy):
    from django.core.cache import cache

    build_demo(log=lambda line: None, steps=STEPS)
    cache.clear()  # the menu is kept in the shared cache until the page tree changes
    for path, label in (("/", "Bijeenkomsten"), ("/en/", "Events")):
        page = client.get(path).content.decode()
        menu = page.split('aria-label="Hoofdmenu"' if path == "/" else 'aria-label="Main menu"')
        assert len(menu) == 2, f"no main menu on {path}"
        assert f">{label}</a>" in menu[1].split("</nav>")[0]
