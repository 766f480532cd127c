"""Two grants at once for the fund's last money: one succeeds, the other is told.

Runs on PostgreSQL (row locks); on SQLite, one writer at a time, it is skipped and shown so.
"""

import threading
import time
from decimal import Decimal

import pytest
from django.db import connection, connections

from core.statemachine import IllegalMove
from offers.tests.factories import booking_request

from .. import ledger
from ..machine import MACHINE
from ..models import Application, Fund, Status

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks are tested on PostgreSQL"
    ),
]


def test_two_grants_for_the_last_money(
    taxonomy,  # first: an earlier transactional test emptied the tables
    draft,
    teacher,
    other_teacher,
    other_school,
    offer,
    funder_user,
    fund,
    monkeypatch,
):
    second = Application.objects.create(
        request=booking_request(other_school, offer, status="accepted"),
        procedure=draft.procedure,
        activity="Robots",
        offer_cost=Decimal("700"),
        amount_asked=Decimal("700"),
        pupils=20,
        motivation="Techniek",
        created_by=other_teacher,
    )
    draft.amount_asked = draft.own_costs = Decimal("700")
    draft.save()
    for application, user in ((draft, teacher), (second, other_teacher)):
        MACHINE.run(application, "submit", user)
        MACHINE.run(application, "review", funder_user)

    left_on = ledger.left_on

    def slow_left_on(contribution):
        result = left_on(contribution)
        time.sleep(0.5)  # the other grant arrives while this one holds the fund
        return result

    monkeypatch.setattr(ledger, "left_on", slow_left_on)
    start = threading.Barrier(2)
    outcomes = {}

    def decide(application):
        start.wait()
        try:
            MACHINE.run(application, "grant", funder_user, {"amount": "700"})
            outcomes[application.pk] = "granted"
        except IllegalMove as error:
            outcomes[application.pk] = str(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=decide, args=(a,)) for a in (draft, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes.values()) == [
        "Het fonds heeft hiervoor nog € 300,00 over; dat is te weinig.",
        "granted",
    ]
    fund = Fund.objects.get()
    assert (fund.committed, fund.remaining) == (Decimal("700.00"), Decimal("300.00"))
    assert Application.objects.filter(status=Status.GRANTED).count() == 1
