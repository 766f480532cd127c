"""Two members click for the last place at the same moment: one gets it, the other waits.

Runs on PostgreSQL (row locks); on SQLite, which takes one writer at a time, it is skipped and
shown as skipped. Counting is slowed down so that both requests overlap for sure.
"""

import threading
import time

import pytest
from django.db import connection, connections

from .. import places, signup
from ..models import Registration, Status

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks are tested on PostgreSQL"
    ),
]


def test_two_members_for_the_last_place(session, anna, bram, monkeypatch):
    counted = places.count_taken

    def slow_count(for_session):
        result = counted(for_session)
        time.sleep(0.5)  # the other click arrives while this one holds the session
        return result

    monkeypatch.setattr(places, "count_taken", slow_count)
    start = threading.Barrier(2)

    def click(user):
        start.wait()
        try:
            signup.register_member(session.pk, user, "nl")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click, args=(user,)) for user in (anna, bram)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    statuses = sorted(Registration.objects.values_list("status", flat=True))
    assert statuses == [Status.REGISTERED, Status.WAITING]
