"""Places of a session: counted under a lock on the session row, and passed down the waiting list.

Every step that takes or frees a place locks the session first (`select_for_update`) and counts
in the same transaction; a second request for the last place waits for the lock, then counts
the first one's registration and joins the waiting list.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.statemachine import IllegalMove

from .models import HOLDS_PLACE, EventSession, Registration, Status


def lock_session(pk):
    return EventSession.objects.select_for_update().select_related("page").get(pk=pk)


def count_taken(session):
    return Registration.objects.filter(session=session, status__in=HOLDS_PLACE).count()


def places_left(session):
    if session.capacity is None:
        return None
    return max(session.capacity - count_taken(session), 0)


def check_open(session):
    now = timezone.now()
    if session.start <= now:
        raise IllegalMove(_("Deze sessie is al begonnen; aanmelden kan niet meer."))
    if not session.page.registration_open(now):
        raise IllegalMove(_("Aanmelden voor deze bijeenkomst is gesloten."))


def place_or_wait(registration, session):
    """Give the registration a place, or put it on the waiting list (the session is locked)."""
    check_open(session)
    if session.capacity is None or count_taken(session) < session.capacity:
        registration.status = Status.REGISTERED
    else:
        registration.status = Status.WAITING
        registration.waiting_since = timezone.now()


def open_registration(session, email):
    return (
        Registration.objects.filter(session=session, email__iexact=email)
        .exclude(status__in=[Status.CANCELLED, Status.EXPIRED])
        .first()
    )


def register_member(session_pk, user, language):
    """One click: a place, or the waiting list. Returns (registration, created)."""
    from .machine import MACHINE

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
        place_or_wait(registration, session)
        registration.save()
        entry = _record_new(registration, user)
        transaction.on_commit(lambda: _queue(MACHINE.name, entry.pk))
    return registration, True


def register_guest(session_pk, name, email, language):
    """A guest's registration waits for the e-mail link before it counts."""
    from . import emails

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
    from .models import RegistrationEntry

    return RegistrationEntry.objects.create(
        registration=registration,
        move="register",
        role="attendee",
        actor=user,
        to_status=registration.status,
    )


def _queue(machine_name, entry_pk):
    from core.statemachine import queue_notification

    queue_notification(machine_name, entry_pk)


def offer_next(session_pk):
    """Offer free places to the first people on the waiting list; returns how many."""
    from .machine import MACHINE, SYSTEM

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
