"""Fixtures of the events tests: an event index under the home page and one event whose first
session has a single place."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from community.tests.factories import member
from core.models import Region, Theme

from ..models import EventIndexPage, EventPage, EventSession


@pytest.fixture(autouse=True)
def in_dutch():
    with translation.override("nl"):
        yield


@pytest.fixture
def index(home_pages, taxonomy):
    home_nl, _home_en = home_pages
    return home_nl.add_child(instance=EventIndexPage(title="Bijeenkomsten", slug="bijeenkomsten"))


def make_event(index, title, days=7, capacity=1, region=None, kind="netwerk", **session_fields):
    start = timezone.now() + timedelta(days=days)
    session = EventSession(
        start=start, end=start + timedelta(hours=2), place="Het Schoolhuis", capacity=capacity
    )
    for name, value in session_fields.items():
        setattr(session, name, value)
    page = EventPage(title=title, kind=kind, region=region, sessions=[session])
    index.add_child(instance=page)
    return page


@pytest.fixture
def event(index):
    page = make_event(
        index, "Netwerkbijeenkomst Eemsdelta", region=Region.objects.get(slug="eemsdelta-gm1979")
    )
    page.themes.add(Theme.objects.get(slug="ouderbetrokkenheid", locale__language_code="nl"))
    page.save()
    return page


@pytest.fixture
def session(event):
    return event.sessions.get()


@pytest.fixture
def organiser(event):
    user = member(user__email="organisator@netwerk.example")
    event.organisers.add(user)
    event.save()
    return user


@pytest.fixture
def anna(db):
    return member(user__email="anna@school.example", display_name="Anna de Vries")


@pytest.fixture
def bram(db):
    user = member(user__email="bram@school.example", display_name="Bram Jansen")
    user.profile.language = "en"
    user.profile.save()
    return user


@pytest.fixture
def stranger(db):
    return member(user__email="iemand@example.org")


@pytest.fixture
def sent(mailoutbox, django_capture_on_commit_callbacks):
    """sent(callable): run it with the after-commit work (e-mail tasks) executed."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run
