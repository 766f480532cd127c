"""The request's table (offers.bookings.machine) run by core.statemachine: what each side is
offered, illegal moves refused without change, the audit trail, and e-mail as a task."""

import pytest
from django.core import mail
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from core.statemachine import IllegalMove, run_notification

from ..choices import Side, Status
from ..machine import MACHINE
from ..models import RequestEvent

QUEUED = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}


def test_every_state_is_reachable_and_every_move_names_real_states():
    targets = {move.target for move in MACHINE.moves if move.target} | {Status.NEW}
    # The confirm move decides between done, not held and confirmed by its answer.
    targets |= {Status.DONE, Status.NOT_HELD}
    assert targets == set(Status.values)
    for move in MACHINE.moves:
        assert set(move.sources) <= set(Status.values), move.name


def test_each_side_is_offered_only_its_own_moves(ask, session, provider_member, teacher):
    booking = ask(session=session)
    assert [m.name for m in MACHINE.available(booking, Side.PROVIDER)] == [
        "accept",
        "propose",
        "decline",
        "cancel",
        "message",
    ]
    assert [m.name for m in MACHINE.available(booking, Side.SCHOOL)] == ["cancel", "message"]


def test_an_illegal_move_says_why_and_changes_nothing(ask, session, provider_member, teacher):
    booking = ask(session=session)
    events = RequestEvent.objects.filter(request=booking).count()
    with pytest.raises(IllegalMove, match="Alleen de aanbieder"):
        MACHINE.run(booking, "accept", teacher)
    with pytest.raises(IllegalMove, match="bestaat niet"):
        MACHINE.run(booking, "teleport", provider_member)
    booking.refresh_from_db()
    assert booking.status == Status.NEW
    assert RequestEvent.objects.filter(request=booking).count() == events


def test_a_move_writes_the_audit_trail_with_actor_and_states(ask, session, provider_member):
    booking = ask(session=session)
    event = MACHINE.run(booking, "accept", provider_member)
    assert (event.kind, event.side, event.actor, event.from_status, event.to_status) == (
        RequestEvent.Kind.ACCEPTED,
        Side.PROVIDER,
        provider_member,
        Status.NEW,
        Status.ACCEPTED,
    )
    assert booking.status == Status.ACCEPTED  # the caller's copy follows


def test_the_email_waits_for_the_worker_and_is_not_sent_in_the_request(
    ask, session, provider_member, django_capture_on_commit_callbacks
):
    """With the production backend (a queue in the database) accepting sends nothing in the
    request; the worker's task writes the e-mail and queues it for sending."""
    booking = ask(session=session)
    mail.outbox.clear()
    with override_settings(TASKS=QUEUED):
        with django_capture_on_commit_callbacks(execute=True):
            MACHINE.run(booking, "accept", provider_member)
        assert mail.outbox == []
        queued = DBTaskResult.objects.get(task_path="core.statemachine.run_notification")
        assert queued.args_kwargs["args"] == ["bookings.request", booking.events.last().pk]
        run_notification.call(*queued.args_kwargs["args"])  # what the worker runs
        mails = DBTaskResult.objects.filter(task_path="core.mail.deliver_mail")
        batches = [result.args_kwargs["args"][0] for result in mails]
    recipients = [item["to"] for batch in batches for item in batch]
    assert ["juf@wierde.example"] in recipients
    assert all("geaccepteerd" in item["subject"] for batch in batches for item in batch)
