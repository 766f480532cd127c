"""Every change to a request, and who may make it.

Each move runs in one transaction: it locks the request row (and the session row when places are
at stake), checks the actor's side and the current status, changes the request and writes a
`RequestEvent`. An illegal move raises `TransitionError` with a message for the actor and
changes nothing; a user who may not see the request at all gets `PermissionDenied` (403). The
e-mail to the other side goes out after the commit (offers.bookings.emails).

Locking the session row is what settles the race for the last place: a second school waits for
the first transaction, then counts the places the first one took.
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from offers.models import OfferSession, count_places, schools_of

from . import emails
from .choices import Side, Status
from .models import BookingRequest, RequestEvent, side_of

# After the provider confirms that an activity took place, the school has this long to say it
# did not; then the activity counts as done.
OBJECTION_PERIOD = timedelta(days=7)

Kind = RequestEvent.Kind


class TransitionError(Exception):
    """An illegal move; str(error) tells the actor why. Nothing was changed."""


def _locked(booking):
    return BookingRequest.objects.select_for_update(of=("self",)).get(pk=booking.pk)


def _side(user, booking, required=None):
    side = side_of(user, booking)
    if side is None:
        raise PermissionDenied
    if required == Side.PROVIDER and side != Side.PROVIDER:
        raise TransitionError(_("Alleen de aanbieder kan dit doen."))
    if required == Side.SCHOOL and side != Side.SCHOOL:
        raise TransitionError(_("Alleen de school kan dit doen."))
    return side


def _require_status(booking, *allowed):
    if booking.status not in allowed:
        raise TransitionError(
            _("Dat kan niet meer: de aanvraag is %(status)s.")
            % {"status": booking.get_status_display().lower()}
        )


def _record(booking, kind, side, user, text="", from_status=""):
    language = translation.get_language() or "nl"
    if side == Side.SCHOOL:
        booking.school_language = language
    elif side == Side.PROVIDER:
        booking.provider_language = language
    booking.save()
    event = RequestEvent.objects.create(
        request=booking,
        kind=kind,
        side=side,
        actor=user if user is not None and user.is_authenticated else None,
        from_status=from_status,
        to_status=booking.status if from_status != booking.status else "",
        text=text,
    )
    transaction.on_commit(lambda: emails.notify(event.pk))
    return event


def _future_moment(start, end):
    now = timezone.now()
    if start is None or end is None:
        raise TransitionError(_("Geef een begin en een einde op."))
    if end <= start:
        raise TransitionError(_("Het einde ligt na het begin."))
    if start <= now:
        raise TransitionError(_("Kies een moment in de toekomst."))


def _reason(text):
    text = (text or "").strip()
    if not text:
        raise TransitionError(_("Geef een reden op; de andere kant leest die."))
    return text


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
    _record(booking, Kind.CREATED, Side.SCHOOL, user, text=booking.message, from_status="")
    return booking


@transaction.atomic
def accept(user, booking, start=None, end=None):
    """The provider accepts: the session's moment, or one of the school's dates at a time."""
    booking = _locked(booking)
    _side(user, booking, Side.PROVIDER)
    _require_status(booking, Status.NEW)
    if booking.session_id is not None:
        session = OfferSession.objects.select_for_update().get(pk=booking.session_id)
        if session.is_past:
            raise TransitionError(_("Deze datum is al voorbij; stel een ander moment voor."))
        start, end = session.start, session.end
    else:
        _future_moment(start, end)
        if timezone.localtime(start).date() not in booking.date_options:
            raise TransitionError(
                _("Kies een van de data die de school voorstelde, of stel een ander moment voor.")
            )
    previous = booking.status
    booking.status, booking.start, booking.end = Status.ACCEPTED, start, end
    return _record(booking, Kind.ACCEPTED, Side.PROVIDER, user, from_status=previous)


@transaction.atomic
def propose(user, booking, start, end, text=""):
    """The provider proposes another moment; the session's places are released."""
    booking = _locked(booking)
    _side(user, booking, Side.PROVIDER)
    _require_status(booking, Status.NEW, Status.PROPOSED)
    _future_moment(start, end)
    previous = booking.status
    booking.status, booking.session = Status.PROPOSED, None
    booking.proposed_start, booking.proposed_end = start, end
    return _record(booking, Kind.PROPOSED, Side.PROVIDER, user, text.strip(), previous)


@transaction.atomic
def accept_proposal(user, booking):
    booking = _locked(booking)
    _side(user, booking, Side.SCHOOL)
    _require_status(booking, Status.PROPOSED)
    if booking.proposed_start <= timezone.now():
        raise TransitionError(_("Het voorgestelde moment is al voorbij; vraag een nieuw."))
    previous = booking.status
    booking.status = Status.ACCEPTED
    booking.start, booking.end = booking.proposed_start, booking.proposed_end
    return _record(booking, Kind.PROPOSAL_ACCEPTED, Side.SCHOOL, user, from_status=previous)


@transaction.atomic
def decline_proposal(user, booking, reason):
    booking = _locked(booking)
    _side(user, booking, Side.SCHOOL)
    _require_status(booking, Status.PROPOSED)
    reason = _reason(reason)
    previous = booking.status
    booking.status = Status.DECLINED
    return _record(booking, Kind.PROPOSAL_DECLINED, Side.SCHOOL, user, reason, previous)


@transaction.atomic
def decline(user, booking, reason):
    booking = _locked(booking)
    _side(user, booking, Side.PROVIDER)
    _require_status(booking, Status.NEW, Status.PROPOSED)
    reason = _reason(reason)
    previous = booking.status
    booking.status = Status.DECLINED
    return _record(booking, Kind.DECLINED, Side.PROVIDER, user, reason, previous)


@transaction.atomic
def cancel(user, booking, reason):
    """Either side cancels before the activity begins."""
    booking = _locked(booking)
    side = _side(user, booking)
    _require_status(booking, Status.NEW, Status.PROPOSED, Status.ACCEPTED)
    if booking.status == Status.ACCEPTED and booking.start <= timezone.now():
        raise TransitionError(
            _("De activiteit is al begonnen; laat weten of ze heeft plaatsgevonden.")
        )
    reason = _reason(reason)
    previous = booking.status
    booking.status = Status.CANCELLED
    return _record(booking, Kind.CANCELLED, side, user, reason, previous)


@transaction.atomic
def confirm(user, booking, held, text=""):
    """'Heeft de activiteit plaatsgevonden?' answered by either side after the date."""
    booking = _locked(booking)
    side = _side(user, booking)
    _require_status(booking, Status.ACCEPTED)
    now = timezone.now()
    if booking.end is None or booking.end > now:
        raise TransitionError(
            _("Een activiteit in de toekomst kan nog niet als uitgevoerd worden gemeld.")
        )
    previous = booking.status
    if not held:
        booking.status = Status.NOT_HELD
        return _record(booking, Kind.NOT_HELD, side, user, text.strip(), previous)
    if side == Side.SCHOOL:
        booking.status, booking.school_confirmed_at = Status.DONE, now
        return _record(booking, Kind.DONE, side, user, text.strip(), previous)
    if booking.provider_confirmed_at is not None:
        raise TransitionError(_("U heeft dit al bevestigd; de school reageert nog."))
    booking.provider_confirmed_at = now
    return _record(booking, Kind.HELD, side, user, text.strip(), previous)


@transaction.atomic
def post_message(user, booking, text):
    booking = _locked(booking)
    side = _side(user, booking)
    text = (text or "").strip()
    if not text:
        raise TransitionError(_("Schrijf eerst een bericht."))
    return _record(booking, Kind.MESSAGE, side, user, text, booking.status)


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
        with transaction.atomic():
            booking = BookingRequest.objects.select_for_update(of=("self",)).get(pk=pk)
            if booking.status != Status.ACCEPTED:
                continue
            booking.status = Status.DONE
            _record(booking, Kind.DONE, Side.SYSTEM, None, from_status=Status.ACCEPTED)
            settled += 1
    return settled
