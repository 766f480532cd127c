"""Fixtures of the fund's tests: a school's accepted request, a funder with a scheme paid from
the Ontwikkelfonds in two parts (50/50) with a rubric, and the fund with one free contribution."""

from datetime import date
from decimal import Decimal

import pytest
from django.utils import translation

from core.models import Theme
from offers.bookings.tests import conftest as bookings_fixtures
from offers.tests.factories import FundingSchemePageFactory, booking_request, dutch
from schools.tests.factories import member

from .. import ledger
from ..models import Criterion, Fund, Funder, FunderMember, PaymentPart, SchemeProcedure

catalogue = bookings_fixtures.catalogue
school = bookings_fixtures.school
teacher = bookings_fixtures.teacher
offer = bookings_fixtures.offer
other_school = bookings_fixtures.other_school
other_teacher = bookings_fixtures.other_teacher
stranger = bookings_fixtures.stranger


@pytest.fixture(autouse=True)
def in_dutch():
    with translation.override("nl"):
        yield


@pytest.fixture
def funder(db):
    return Funder.objects.create(name="Stichting Kansrijk", kind=Funder.Kind.FUND)


@pytest.fixture
def funder_user(funder):
    user = member(user__email="fonds@kansrijk.example", role="funder")
    FunderMember.objects.create(funder=funder, user=user)
    return user


@pytest.fixture
def other_funder_user(db):
    other = Funder.objects.create(name="Gemeente Elders", kind=Funder.Kind.MUNICIPALITY)
    user = member(user__email="subsidie@elders.example")
    FunderMember.objects.create(funder=other, user=user)
    return user


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redactie", "redactie@example.org", "x")


@pytest.fixture
def fund(funder):
    fund = Fund.objects.create(name="Ontwikkelfonds")
    ledger.contribute(fund, funder, Decimal("1000.00"), date(2026, 9, 1))
    return fund


@pytest.fixture
def scheme(catalogue):
    page = FundingSchemePageFactory(
        parent=catalogue["funding"],
        title="Kansrijk leren",
        applicants="schools",
        amount_min=Decimal("100"),
        amount_max=Decimal("2000"),
    )
    page.themes.set([dutch(Theme, "verrijkte-schooldag")])
    page.save()
    return page


@pytest.fixture
def procedure(scheme, funder, fund):
    procedure = SchemeProcedure.objects.create(
        scheme=scheme, funder=funder, fund=fund, decision=SchemeProcedure.Decision.ONE
    )
    Criterion.objects.create(procedure=procedure, name="Past bij de hulpvraag")
    PaymentPart.objects.create(procedure=procedure, share=Decimal("50"), sort_order=1)
    PaymentPart.objects.create(procedure=procedure, share=Decimal("50"), sort_order=2)
    return procedure


@pytest.fixture
def booking(school, offer):
    return booking_request(school, offer, status="accepted", pupils=24)


@pytest.fixture
def draft(booking, procedure, teacher):
    from ..models import Application

    return Application.objects.create(
        request=booking,
        procedure=procedure,
        activity="Robots bouwen met groep 5 en 6",
        offer_cost=Decimal("300.00"),
        own_costs=Decimal("100.00"),
        amount_asked=Decimal("400.00"),
        pupils=24,
        motivation="Onze leerlingen komen weinig met techniek in aanraking.",
        created_by=teacher,
    )
