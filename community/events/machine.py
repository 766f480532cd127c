"""The table of a registration's life, run by `core.statemachine`.

| move | from | to | by |
|---|---|---|---|
| confirm | pending | registered, or waiting when full (awaiting: approval) | attendee (link) |
| approve | awaiting | registered, or waiting when full | organiser |
| decline | awaiting | declined | organiser |
| offer | waiting | offered (place held EVENT_OFFER_HOURS) | the site |
| accept | offered | registered | attendee |
| expire | offered | expired | the site |
| cancel | pending, awaiting, registered, waiting, offered | cancelled | attendee, organiser |
| check-in | registered | attended | organiser |

A member's one click on an event that needs approval also starts in `awaiting` (see
`signup.register_member`). Moves are made through `signup.make_move`: a move that frees a
place (cancel, expire) is followed by `signup.offer_next`, which offers the place to the
first on the waiting list.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.statemachine import AuditTrail, IllegalMove, Machine, Move

from . import places
from .access import role_of
from .models import Registration, RegistrationEntry, Status

ATTENDEE, ORGANISER, SYSTEM = "attendee", "organiser", "system"


def _confirm(registration, user, role, data):
    session = places.lock_session(registration.session_id)
    if session.page.requires_approval:
        places.check_open(session)
        registration.status = Status.AWAITING
    else:
        places.place_or_wait(registration, session)


def _approve(registration, user, role, data):
    # The organiser may approve after the registration deadline, not after the start.
    session = places.lock_session(registration.session_id)
    places.place_or_wait(registration, session, deadline=False)


def _offer(registration, user, role, data):
    hours = getattr(settings, "EVENT_OFFER_HOURS", 48)
    registration.offered_until = timezone.now() + timedelta(hours=hours)


def _accept(registration, user, role, data):
    if registration.offered_until and registration.offered_until <= timezone.now():
        raise IllegalMove(_("Dit aanbod is verlopen; de plek is doorgegeven."))
    registration.offered_until = None


def _cancel(registration, user, role, data):
    if registration.session.start <= timezone.now():
        raise IllegalMove(_("De bijeenkomst is al begonnen; afmelden kan niet meer."))
    registration.offered_until = None


def _check_in(registration, user, role, data):
    registration.checked_in_at = timezone.now()


MOVES = [
    Move(
        "confirm",
        frozenset({Status.PENDING}),
        None,
        frozenset({ATTENDEE}),
        button=gettext_lazy("Inschrijving bevestigen"),
        done=gettext_lazy("Uw inschrijving is bevestigd."),
        primary=True,
        apply=_confirm,
    ),
    Move(
        "approve",
        frozenset({Status.AWAITING}),
        None,
        frozenset({ORGANISER}),
        button=gettext_lazy("Goedkeuren"),
        done=gettext_lazy("De aanmelding is goedgekeurd; de aanmelder krijgt bericht."),
        primary=True,
        apply=_approve,
    ),
    Move(
        "decline",
        frozenset({Status.AWAITING}),
        Status.DECLINED,
        frozenset({ORGANISER}),
        button=gettext_lazy("Afwijzen"),
        done=gettext_lazy("De aanmelding is afgewezen; de aanmelder krijgt bericht."),
    ),
    Move("offer", frozenset({Status.WAITING}), Status.OFFERED, frozenset({SYSTEM}), apply=_offer),
    Move(
        "accept",
        frozenset({Status.OFFERED}),
        Status.REGISTERED,
        frozenset({ATTENDEE}),
        button=gettext_lazy("Plek aannemen"),
        done=gettext_lazy("U heeft de plek aangenomen; u bent ingeschreven."),
        primary=True,
        apply=_accept,
    ),
    Move("expire", frozenset({Status.OFFERED}), Status.EXPIRED, frozenset({SYSTEM})),
    Move(
        "cancel",
        frozenset(
            {Status.PENDING, Status.AWAITING, Status.REGISTERED, Status.WAITING, Status.OFFERED}
        ),
        Status.CANCELLED,
        frozenset({ATTENDEE, ORGANISER}),
        button=gettext_lazy("Afmelden"),
        done=gettext_lazy("U bent afgemeld."),
        apply=_cancel,
    ),
    Move(
        "check-in",
        frozenset({Status.REGISTERED}),
        Status.ATTENDED,
        frozenset({ORGANISER}),
        button=gettext_lazy("Aanwezig"),
        done=gettext_lazy("Aangemeld als aanwezig."),
        apply=_check_in,
        notify=False,
    ),
]


record = AuditTrail(RegistrationEntry, "registration")


MACHINE = Machine(
    name="events.registration",
    model=Registration,
    moves=MOVES,
    roles=role_of,
    record=record,
    notify="community.events.emails.notify",
    refusals={frozenset({ORGANISER}): gettext_lazy("Alleen de organisator kan dit doen.")},
    too_late=gettext_lazy("Dat kan niet meer: de inschrijving is %(status)s."),
)


__all__ = ["ATTENDEE", "MACHINE", "ORGANISER", "SYSTEM", "IllegalMove"]
