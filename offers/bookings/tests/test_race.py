"""Two schools ask for the last places at the same moment: one gets them, the other is told.

Runs on PostgreSQL (row locks); on SQLite, which takes one writer at a time, it is skipped and
shown as skipped. Counting the places is slowed down so that both requests overlap for sure.
"""

import threading
import time

import pytest
from django.db import connection, connections

from offers.bookings import transitions
from offers.bookings.models import BookingRequest
from offers.bookings.transitions import TransitionError

from .conftest import request_fields

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks are tested on PostgreSQL"
    ),
]


def test_two_schools_ask_for_the_last_places_at_once(
    offer, session, teacher, school, other_teacher, other_school, monkeypatch
):
    counted = transitions.count_places

    def slow_count(sessions):
        result = counted(sessions)
        time.sleep(0.5)  # the other request arrives while this one holds the session
        return result

    monkeypatch.setattr(transitions, "count_places", slow_count)
    start = threading.Barrier(2)
    outcomes = {}

    def ask(user, for_school):
        start.wait()
        try:
            transitions.create_request(
                user, for_school, offer, **request_fields(session=session, pupils=30)
            )
            outcomes[for_school.pk] = "booked"
        except TransitionError as error:
            outcomes[for_school.pk] = str(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=ask, args=(teacher, school)),
        threading.Thread(target=ask, args=(other_teacher, other_school)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes.values()) == [
        "Deze datum is intussen vol; kies een andere datum.",
        "booked",
    ]
    assert BookingRequest.objects.count() == 1
    session.refresh_from_db()
    assert session.places_left == 0
