"""Places of a session: counted under a lock on the session row, and passed down the waiting list.

Every step that takes or frees a place locks the session first (`select_for_update`) and counts
in the same transaction; a second request for the last place waits for the lock, then counts
the first one's registration and joins the waiting list.
"""

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


def check_open(session, deadline=True):
    now = timezone.now()
    if session.start <= now:
        raise IllegalMove(_("Deze sessie is al begonnen; aanmelden kan niet meer."))
    if deadline and not session.page.registration_open(now):
        raise IllegalMove(_("Aanmelden voor deze bijeenkomst is gesloten."))


def place_or_wait(registration, session, deadline=True):
    """Give the registration a place, or put it on the waiting list (the session is locked)."""
    check_open(session, deadline)
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
