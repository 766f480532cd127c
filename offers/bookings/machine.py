"""The table of a request's life: every move, from which states, by which side, and what it says.

Run by `core.statemachine`: each move locks the request, checks the side and the state, runs its
step, writes a `RequestEvent` (the audit trail) and, after the commit, queues the e-mail to the
other side as a task (`offers.bookings.emails.notify`). Views list and run the moves of this
table (`views/requests.py`); `transitions.py` keeps the steps that are not moves of an existing
request (asking, and settling confirmations).

| move | from | to | by |
|---|---|---|---|
| accept | new | accepted | provider |
| accept-proposal | proposed | accepted | school |
| confirm | accepted (after the date) | done / not held / accepted + confirmed | both |
| propose | new, proposed | proposed | provider |
| decline | new, proposed | declined | provider |
| decline-proposal | proposed | declined | school |
| cancel | new, proposed, accepted (before the start) | cancelled | both |
| message | any | (unchanged) | both |
| settle | accepted (confirmed a week ago) | done | the site |
"""

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.statemachine import IllegalMove, Machine, Move
from offers.models import OfferSession

from .choices import CLOSED, Side, Status
from .forms import AcceptDateForm, ConfirmForm, MessageForm, MomentForm, ReasonForm
from .models import BookingRequest, RequestEvent, side_of

Kind = RequestEvent.Kind
NEW, PROPOSED, ACCEPTED = Status.NEW, Status.PROPOSED, Status.ACCEPTED
SCHOOL, PROVIDER, SYSTEM = Side.SCHOOL, Side.PROVIDER, Side.SYSTEM
BOTH = frozenset({SCHOOL, PROVIDER})


def future_moment(start, end):
    if start is None or end is None:
        raise IllegalMove(_("Geef een begin en een einde op."))
    if end <= start:
        raise IllegalMove(_("Het einde ligt na het begin."))
    if start <= timezone.now():
        raise IllegalMove(_("Kies een moment in de toekomst."))


def reason(text):
    text = (text or "").strip()
    if not text:
        raise IllegalMove(_("Geef een reden op; de andere kant leest die."))
    return text


def _accept(booking, user, role, data):
    if booking.session_id is not None:
        session = OfferSession.objects.select_for_update().get(pk=booking.session_id)
        if session.is_past:
            raise IllegalMove(_("Deze datum is al voorbij; stel een ander moment voor."))
        booking.start, booking.end = session.start, session.end
        return
    start, end = data.get("start"), data.get("end")
    future_moment(start, end)
    if timezone.localtime(start).date() not in booking.date_options:
        raise IllegalMove(
            _("Kies een van de data die de school voorstelde, of stel een ander moment voor.")
        )
    booking.start, booking.end = start, end


def _propose(booking, user, role, data):
    future_moment(data.get("start"), data.get("end"))
    booking.session = None
    booking.proposed_start, booking.proposed_end = data["start"], data["end"]


def _accept_proposal(booking, user, role, data):
    if booking.proposed_start <= timezone.now():
        raise IllegalMove(_("Het voorgestelde moment is al voorbij; vraag een nieuw."))
    booking.start, booking.end = booking.proposed_start, booking.proposed_end


def _with_reason(booking, user, role, data):
    data["reason"] = reason(data.get("reason"))


def _cancel(booking, user, role, data):
    if booking.status == ACCEPTED and booking.start <= timezone.now():
        raise IllegalMove(_("De activiteit is al begonnen; laat weten of ze heeft plaatsgevonden."))
    _with_reason(booking, user, role, data)


def _confirm(booking, user, role, data):
    """The answer decides the new state: not held, done (the school), or confirmed (provider)."""
    now = timezone.now()
    if booking.end is None or booking.end > now:
        raise IllegalMove(
            _("Een activiteit in de toekomst kan nog niet als uitgevoerd worden gemeld.")
        )
    if not data.get("held"):
        booking.status = Status.NOT_HELD
    elif role == SCHOOL:
        booking.status, booking.school_confirmed_at = Status.DONE, now
    elif booking.provider_confirmed_at is not None:
        raise IllegalMove(_("U heeft dit al bevestigd; de school reageert nog."))
    else:
        booking.provider_confirmed_at = now


def _message(booking, user, role, data):
    if not (data.get("text") or "").strip():
        raise IllegalMove(_("Schrijf eerst een bericht."))


def _after_date(booking, role):
    answered = role == PROVIDER and booking.provider_confirmed_at is not None
    return booking.has_passed and not answered


def _before_start(booking, role):
    return booking.status != ACCEPTED or not booking.has_passed


def _accept_form(booking, data, prefix):
    if booking.session_id is not None:
        return None  # the date is the session's: one button
    return AcceptDateForm(data, booking=booking, prefix=prefix)


# The kind of event a move writes; `confirm` depends on the answer (see `_kind`).
KINDS = {
    "accept": Kind.ACCEPTED,
    "accept-proposal": Kind.PROPOSAL_ACCEPTED,
    "propose": Kind.PROPOSED,
    "decline": Kind.DECLINED,
    "decline-proposal": Kind.PROPOSAL_DECLINED,
    "cancel": Kind.CANCELLED,
    "message": Kind.MESSAGE,
    "settle": Kind.DONE,
}

ANY = frozenset(Status.values)

MOVES = [
    Move(
        "accept",
        frozenset({NEW}),
        ACCEPTED,
        frozenset({PROVIDER}),
        heading=gettext_lazy("Accepteren"),
        button=gettext_lazy("Aanvraag accepteren"),
        done=gettext_lazy("U heeft de aanvraag geaccepteerd. De school krijgt een e-mail."),
        primary=True,
        form=_accept_form,
        apply=_accept,
    ),
    Move(
        "accept-proposal",
        frozenset({PROPOSED}),
        ACCEPTED,
        frozenset({SCHOOL}),
        heading=gettext_lazy("Voorstel aannemen"),
        button=gettext_lazy("Voorstel aannemen"),
        done=gettext_lazy("U heeft het voorstel aangenomen; de activiteit staat in uw planning."),
        primary=True,
        apply=_accept_proposal,
    ),
    Move(
        "confirm",
        frozenset({ACCEPTED}),
        None,
        BOTH,
        heading=gettext_lazy("Heeft de activiteit plaatsgevonden?"),
        button=gettext_lazy("Antwoord versturen"),
        done=gettext_lazy("Dank u; uw antwoord is opgeslagen."),
        primary=True,
        form=ConfirmForm,
        apply=_confirm,
        when=_after_date,
    ),
    Move(
        "propose",
        frozenset({NEW, PROPOSED}),
        PROPOSED,
        frozenset({PROVIDER}),
        heading=gettext_lazy("Ander moment voorstellen"),
        button=gettext_lazy("Voorstel versturen"),
        done=gettext_lazy("Uw voorstel is verstuurd naar de school."),
        form=MomentForm,
        apply=_propose,
    ),
    Move(
        "decline",
        frozenset({NEW, PROPOSED}),
        Status.DECLINED,
        frozenset({PROVIDER}),
        heading=gettext_lazy("Afwijzen"),
        button=gettext_lazy("Aanvraag afwijzen"),
        done=gettext_lazy("U heeft de aanvraag afgewezen. De school krijgt uw reden."),
        form=ReasonForm,
        apply=_with_reason,
    ),
    Move(
        "decline-proposal",
        frozenset({PROPOSED}),
        Status.DECLINED,
        frozenset({SCHOOL}),
        heading=gettext_lazy("Voorstel afwijzen"),
        button=gettext_lazy("Voorstel afwijzen"),
        done=gettext_lazy("U heeft het voorstel afgewezen."),
        form=ReasonForm,
        apply=_with_reason,
    ),
    Move(
        "cancel",
        frozenset({NEW, PROPOSED, ACCEPTED}),
        Status.CANCELLED,
        BOTH,
        heading=gettext_lazy("Annuleren"),
        button=gettext_lazy("Aanvraag annuleren"),
        done=gettext_lazy("De aanvraag is geannuleerd. De andere kant krijgt een e-mail."),
        form=ReasonForm,
        apply=_cancel,
        when=_before_start,
    ),
    Move(
        "message",
        ANY,
        None,
        BOTH,
        done=gettext_lazy("Uw bericht is verstuurd."),
        form=MessageForm,
        apply=_message,
    ),
    Move("settle", frozenset({ACCEPTED}), Status.DONE, frozenset({SYSTEM})),
]


def _kind(booking, move, role, previous):
    if move.name != "confirm":
        return KINDS[move.name]
    if booking.status == Status.NOT_HELD:
        return Kind.NOT_HELD
    return Kind.DONE if booking.status == Status.DONE else Kind.HELD


def record(booking, move, user, role, previous, data):
    """The request's own audit trail: one RequestEvent per move, in the actor's language."""
    return write_event(
        booking,
        _kind(booking, move, role, previous),
        role,
        user,
        text=data.get("reason") or data.get("text") or "",
        from_status=previous,
    )


def write_event(booking, kind, side, user, text="", from_status=""):
    language = translation.get_language() or "nl"
    if side == SCHOOL:
        booking.school_language = language
    elif side == PROVIDER:
        booking.provider_language = language
    booking.save()
    return RequestEvent.objects.create(
        request=booking,
        kind=kind,
        side=side,
        actor=user if user is not None and user.is_authenticated else None,
        from_status=from_status,
        to_status=booking.status if from_status != booking.status else "",
        text=(text or "").strip(),
    )


def notify_later(event):
    """For steps outside the table (a new request): the same e-mail task after the commit."""
    from core.statemachine import queue_notification

    transaction.on_commit(lambda: queue_notification(MACHINE.name, event.pk))


MACHINE = Machine(
    name="bookings.request",
    model=BookingRequest,
    moves=MOVES,
    roles=side_of,
    record=record,
    notify="offers.bookings.emails.notify",
    refusals={
        frozenset({PROVIDER}): gettext_lazy("Alleen de aanbieder kan dit doen."),
        frozenset({SCHOOL}): gettext_lazy("Alleen de school kan dit doen."),
    },
    too_late=gettext_lazy("Dat kan niet meer: de aanvraag is %(status)s."),
)

__all__ = ["CLOSED", "MACHINE", "MOVES", "IllegalMove"]
