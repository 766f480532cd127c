"""Checked-in attendance appears on the development route of the attendee's school."""

from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string

from schools.tests.factories import SchoolFactory

from ..machine import ORGANISER
from ..on_route import route_attendance
from ..signup import make_move, register_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def school(db):
    return SchoolFactory(name="OBS De Vuurtoren")


def test_only_checked_in_attendance_of_the_school(session, anna, bram, organiser, school):
    anna.profile.school = anna.profile.verified_school = school
    anna.profile.save()
    mine, _ = register_member(session.pk, anna, "nl")
    route = SimpleNamespace(school_id=school.pk)
    assert route_attendance({}, route)["attended"] == []  # registered is not enough
    make_move(mine, "check-in", organiser, role=ORGANISER)
    [shown] = route_attendance({}, route)["attended"]
    assert shown.pk == mine.pk
    html = render_to_string("events/includes/route_attendance.html", route_attendance({}, route))
    assert "Netwerkbijeenkomst Eemsdelta" in html
    assert "Anna de Vries" in html
    # Another school's route shows none of it.
    other = SimpleNamespace(school_id=SchoolFactory(name="Elders").pk)
    assert route_attendance({}, other)["attended"] == []
