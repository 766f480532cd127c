"""Signing up and moving a registration: a member's one click, a guest's registration that waits
for the e-mail link, and the moves of the table that pass a freed place down the waiting list.

Above `machine` and `places`: they never import this module, so the table and the counting
stay free of loops.
"""

from django.db import transaction
from django.utils import timezone

from core.statemachine import queue_notification

from . import emails
from .machine import MACHINE, SYSTEM
from .models import Registration, RegistrationEntry, Status
from .places import (
    HOLDS_PLACE,
    check_open,
    lock_session,
    open_registration,
    place_or_wait,
    places_left,
)


def make_move(registration, name, user, role=None):
    """Run a move; when it freed a place, offer it to the first on the waiting list."""
    entry = MACHINE.run(registration, name, user, role=role)
    if entry.from_status in HOLDS_PLACE and entry.to_status not in HOLDS_PLACE:
        offer_next(registration.session_id)
    return entry


def register_member(session_pk, user, language):
    """One click: a place, or the waiting list. Returns (registration, created)."""
    with transaction.atomic():
        session = lock_session(session_pk)
        existing = open_registration(session, user.email)
        if existing is not None:
            return existing, False
        profile = getattr(user, "profile", None)
        registration = Registration(
            session=session,
            user=user,
            name=getattr(profile, "display_name", "") or user.get_username(),
            email=user.email,
            language=getattr(profile, "language", "") or language,
        )
        if session.page.requires_approval:
            check_open(session)
            registration.status = Status.AWAITING
        else:
            place_or_wait(registration, session)
        registration.save()
        entry = _record_new(registration, user)
        transaction.on_commit(lambda: _queue(MACHINE.name, entry.pk))
    return registration, True


def register_guest(session_pk, name, email, language):
    """A guest's registration waits for the e-mail link before it counts."""
    with transaction.atomic():
        session = lock_session(session_pk)
        check_open(session)
        existing = open_registration(session, email)
        if existing is not None:
            return existing, False
        registration = Registration.objects.create(
            session=session, name=name, email=email, language=language
        )
        _record_new(registration, None)
        emails.send_confirmation_later(registration)
    return registration, True


def _record_new(registration, user):
    return RegistrationEntry.objects.create(
        registration=registration,
        move="register",
        role="attendee",
        actor=user,
        to_status=registration.status,
    )


def _queue(machine_name, entry_pk):
    queue_notification(machine_name, entry_pk)


def offer_next(session_pk):
    """Offer free places to the first people on the waiting list; returns how many."""
    offered = 0
    with transaction.atomic():
        session = lock_session(session_pk)
        if session.start <= timezone.now():
            return 0
        while True:
            left = places_left(session)
            if left is not None and left <= 0:
                break
            first = (
                Registration.objects.filter(session=session, status=Status.WAITING)
                .order_by("waiting_since", "pk")
                .first()
            )
            if first is None:
                break
            MACHINE.run(first, "offer", None, role=SYSTEM)
            offered += 1
    return offered
