"""Events in the school-year calendar of `/kalender/` (the slot the calendar offers)."""

import pytest
from django.urls import reverse
from django.utils import translation

from core.models import Region

from .conftest import make_event

pytestmark = pytest.mark.django_db


def calendar(client, **params):
    return client.get(reverse("offers:calendar"), params).content.decode()


def test_upcoming_event_is_in_the_calendar(client, event):
    page = calendar(client)
    assert "Bijeenkomsten van de Leercommunity" in page
    assert "Netwerkbijeenkomst Eemsdelta" in page
    assert event.url in page


def test_calendar_filters_apply_to_events(client, event, index):
    make_event(index, "Webinar Zuid", region=Region.objects.get(code="GM0935"))
    in_eemsdelta = calendar(client, regio="GM1979")
    assert "Netwerkbijeenkomst Eemsdelta" in in_eemsdelta
    assert "Webinar Zuid" not in in_eemsdelta
    by_theme = calendar(client, thema="ouderbetrokkenheid")
    assert "Netwerkbijeenkomst Eemsdelta" in by_theme
    assert "Webinar Zuid" not in by_theme


def test_past_and_other_years_are_left_out(client, index):
    make_event(index, "Al geweest", days=-3)
    make_event(index, "Over twee jaar", days=800)
    page = calendar(client)
    assert "Al geweest" not in page
    assert "Over twee jaar" not in page


def test_english_calendar_links_the_dutch_event_when_untranslated(client, event):
    with translation.override("en"):
        url = reverse("offers:calendar")
    page = client.get(url).content.decode()
    assert "Events of the Learning Community" in page
    assert "Netwerkbijeenkomst Eemsdelta" in page
