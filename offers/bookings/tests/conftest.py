"""Fixtures of the requests tests: one offer with a session, its provider's member, two schools."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from offers.tests import conftest as offers_fixtures
from offers.tests.factories import OfferPageFactory, add_session
from schools.tests.factories import SchoolFactory, member

from .. import transitions

# The offers tests' school, teacher and catalogue, shared rather than built twice.
catalogue = offers_fixtures.catalogue
school = offers_fixtures.school
teacher = offers_fixtures.teacher


@pytest.fixture(autouse=True)
def in_dutch():
    with translation.override("nl"):
        yield


@pytest.fixture
def offer(catalogue):
    # Its sessions count pupils, so that a request can take part of a session's places (the
    # groups unit is tested in test_places.py).
    return OfferPageFactory(
        parent=catalogue["provider"], title="Robots bouwen", capacity_unit="pupils"
    )


@pytest.fixture
def session(offer):
    start = timezone.now() + timedelta(days=14)
    return add_session(offer, start, place="Techniekpunt", capacity=30)


@pytest.fixture
def provider_member(catalogue):
    user = member(user__email="planning@techniekpunt.example", role="provider")
    user.profile.provider_page = catalogue["provider"]
    user.profile.save()
    return user


@pytest.fixture
def other_school(db):
    return SchoolFactory(name="CBS De Ark", place="DELFZIJL")


@pytest.fixture
def other_teacher(other_school):
    user = member(user__email="meester@ark.example")
    user.profile.verify_for(other_school)
    return user


@pytest.fixture
def stranger(db):
    return member(user__email="iemand@example.org")


def request_fields(**overrides):
    fields = {
        "groups": "groep 5 en 6",
        "pupils": 24,
        "contact_name": "Juf Anna",
        "contact_email": "juf@wierde.example",
        "message": "Wij willen graag met groep 5 en 6 komen.",
    }
    fields.update(overrides)
    return fields


@pytest.fixture
def ask(teacher, school, offer):
    """ask(**fields): the teacher's request for the offer (a session or dates in the fields)."""

    def make(user=None, for_school=None, **fields):
        return transitions.create_request(
            user or teacher, for_school or school, offer, **request_fields(**fields)
        )

    return make


@pytest.fixture
def future_dates():
    today = timezone.localdate()
    return today + timedelta(days=20), today + timedelta(days=21)
