"""Asking for an offer, the moves of a request by name, and settling confirmations.

The moves of an existing request are one table, `offers.bookings.machine`, run by
`core.statemachine`: each locks the request row (and the session row when places are at stake),
checks the actor's side and the current status, changes the request and writes a
`RequestEvent`. An illegal move raises `TransitionError` with a message for the actor and
changes nothing; a user who may not see the request at all gets `PermissionDenied` (403). The
e-mail to the other side goes out after the commit, as a task.

Locking the session row is what settles the race for the last place: a second school waits for
the first transaction, then counts the places the first one took.
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.statemachine import IllegalMove
from offers.models import OfferSession, count_places
from schools.access import schools_of

from .choices import Side, Status
from .machine import MACHINE, notify_later, write_event
from .models import BookingRequest, RequestEvent

# After the provider confirms that an activity took place, the school has this long to say it
# did not; then the activity counts as done.
OBJECTION_PERIOD = timedelta(days=7)

Kind = RequestEvent.Kind


# An illegal move; str(error) tells the actor why. Nothing was changed.
TransitionError = IllegalMove


def _hold_places(session, pupils, offer):
    """Lock the session and check that `pupils` places are free in it."""
    session = OfferSession.objects.select_for_update().get(pk=session.pk)
    if session.page_id != offer.pk:
        raise TransitionError(_("Deze datum hoort niet bij dit aanbod."))
    if session.is_past:
        raise TransitionError(_("Deze datum is al voorbij; kies een andere."))
    (session,) = count_places([session])
    if session.places_left is not None and session.places_needed(pupils) > session.places_left:
        if session.places_left == 0:
            raise TransitionError(_("Deze datum is intussen vol; kies een andere datum."))
        raise TransitionError(
            ngettext(
                "Er is nog %(left)s plaats vrij op deze datum; u vraagt er %(asked)s.",
                "Er zijn nog %(left)s plaatsen vrij op deze datum; u vraagt er %(asked)s.",
                session.places_left,
            )
            % {"left": session.places_left, "asked": pupils}
        )
    return session


@transaction.atomic
def create_request(user, school, offer, **fields):
    """A school member asks for `offer` (its page in the default language) for `school`."""
    if not schools_of(user).filter(pk=school.pk).exists():
        raise PermissionDenied
    offer = offer.source_page()
    if not offer.live:
        raise TransitionError(_("Dit aanbod is niet meer beschikbaar."))
    session = fields.get("session")
    booking = BookingRequest(
        school=school,
        offer=offer,
        provider=offer.get_parent().specific,
        created_by=user,
        **fields,
    )
    if session is not None:
        session = _hold_places(session, booking.pupils, offer)
        booking.start, booking.end = session.start, session.end
    elif not booking.date_options:
        raise TransitionError(_("Kies een datum van de aanbieder of stel zelf een datum voor."))
    elif min(booking.date_options) <= timezone.localdate():
        raise TransitionError(_("Een voorgestelde datum ligt in de toekomst."))
    booking.full_clean(exclude=["school", "offer", "provider", "session", "created_by"])
    booking.save()
    notify_later(write_event(booking, Kind.CREATED, Side.SCHOOL, user, booking.message))
    return booking


def accept(user, booking, start=None, end=None):
    """The provider accepts: the session's moment, or one of the school's dates at a time."""
    return MACHINE.run(booking, "accept", user, {"start": start, "end": end})


def propose(user, booking, start, end, text=""):
    """The provider proposes another moment; the session's places are released."""
    return MACHINE.run(booking, "propose", user, {"start": start, "end": end, "text": text})


def accept_proposal(user, booking):
    return MACHINE.run(booking, "accept-proposal", user)


def decline_proposal(user, booking, reason):
    return MACHINE.run(booking, "decline-proposal", user, {"reason": reason})


def decline(user, booking, reason):
    return MACHINE.run(booking, "decline", user, {"reason": reason})


def cancel(user, booking, reason):
    """Either side cancels before the activity begins."""
    return MACHINE.run(booking, "cancel", user, {"reason": reason})


def confirm(user, booking, held, text=""):
    """'Heeft de activiteit plaatsgevonden?' answered by either side after the date."""
    return MACHINE.run(booking, "confirm", user, {"held": held, "text": text})


def post_message(user, booking, text):
    return MACHINE.run(booking, "message", user, {"text": text})


def settle_confirmed(now=None):
    """Mark as done what the provider confirmed a week ago and the school did not dispute."""
    now = now or timezone.now()
    due = BookingRequest.objects.filter(
        status=Status.ACCEPTED,
        provider_confirmed_at__lte=now - OBJECTION_PERIOD,
        school_confirmed_at__isnull=True,
    ).values_list("pk", flat=True)
    settled = 0
    for pk in list(due):
        try:
            MACHINE.run(BookingRequest(pk=pk), "settle", None, role=Side.SYSTEM)
        except IllegalMove:
            continue  # answered in the meantime
        settled += 1
    return settled
