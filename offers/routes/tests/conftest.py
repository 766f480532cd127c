"""Fixtures: a programme with a lead, a coordinator, a school with a verified member and a route."""

from datetime import date

import pytest
from django.utils import translation

from schools.tests.factories import SchoolFactory, member

from ..models import Programme
from ..services import start_route


@pytest.fixture(autouse=True)
def in_dutch():
    with translation.override("nl"):
        yield


@pytest.fixture
def lead(db):
    return member(user__email="leider@programma.example", user__first_name="Hayde")


@pytest.fixture
def coordinator(db):
    return member(user__email="coordinator@programma.example", user__first_name="Peter")


@pytest.fixture
def programme(lead):
    programme = Programme.objects.create(
        name="Gelijke kansen: 50 scholen, 2026–2030", start_year=2026, end_year=2030
    )
    programme.leads.add(lead)
    return programme


@pytest.fixture
def school(db):
    return SchoolFactory(name="OBS De Regenboog", place="AMSTERDAM")


@pytest.fixture
def school_member(school):
    user = member(user__email="directie@regenboog.example")
    user.profile.verify_for(school)
    return user


@pytest.fixture
def stranger(db):
    return member(user__email="iemand@example.org")


@pytest.fixture
def route(programme, school, coordinator):
    return start_route(programme, school, date(2026, 9, 1), coordinator)
