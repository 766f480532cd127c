"""Every move of a request, and every illegal one: a clear message and nothing changed."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from offers.bookings import transitions
from offers.bookings.choices import Side, Status
from offers.bookings.models import BookingRequest, RequestEvent
from offers.bookings.transitions import TransitionError

pytestmark = pytest.mark.django_db


def moment(days, hour=10, hours=2):
    start = timezone.localtime() + timedelta(days=days)
    start = start.replace(hour=hour, minute=0, second=0, microsecond=0)
    return start, start + timedelta(hours=hours)


def state(booking):
    booking.refresh_from_db()
    return (booking.status, booking.start, booking.updated, booking.events.count())


def unchanged(booking, before):
    return state(booking) == before


def test_a_request_for_a_session_holds_its_places_and_records_who_asked(ask, session, teacher):
    booking = ask(session=session)
    assert booking.status == Status.NEW
    assert booking.start == session.start
    assert booking.offer.pk == session.page_id
    event = booking.events.get()
    assert (event.kind, event.side, event.actor, event.to_status) == (
        RequestEvent.Kind.CREATED,
        Side.SCHOOL,
        teacher,
        Status.NEW,
    )
    session.refresh_from_db()
    assert session.places_left == 6


def test_provider_accepts_a_session_request(ask, session, provider_member):
    booking = ask(session=session)
    transitions.accept(provider_member, booking)
    booking.refresh_from_db()
    assert booking.status == Status.ACCEPTED
    assert (booking.start, booking.end) == (session.start, session.end)
    assert booking.events.last().actor == provider_member


def test_provider_accepts_one_of_the_proposed_dates(ask, provider_member, future_dates):
    booking = ask(date_option_1=future_dates[0], date_option_2=future_dates[1])
    start, end = moment(21)
    assert start.date() == future_dates[1]
    transitions.accept(provider_member, booking, start, end)
    booking.refresh_from_db()
    assert booking.status == Status.ACCEPTED and booking.start == start


def test_accepting_a_date_the_school_did_not_propose_is_refused(ask, provider_member, future_dates):
    booking = ask(date_option_1=future_dates[0])
    before = state(booking)
    with pytest.raises(TransitionError, match="voorstelde"):
        transitions.accept(provider_member, booking, *moment(40))
    assert unchanged(booking, before)


def test_proposal_accepted_by_the_school(ask, session, provider_member, teacher):
    booking = ask(session=session)
    start, end = moment(30)
    transitions.propose(provider_member, booking, start, end, "Kan het een week later?")
    booking.refresh_from_db()
    assert booking.status == Status.PROPOSED and booking.session is None
    session.refresh_from_db()
    assert session.places_left == 30  # a proposal releases the session's places
    transitions.accept_proposal(teacher, booking)
    booking.refresh_from_db()
    assert booking.status == Status.ACCEPTED and booking.start == start


def test_proposal_declined_by_the_school_closes_the_request(ask, session, provider_member, teacher):
    booking = ask(session=session)
    transitions.propose(provider_member, booking, *moment(30))
    transitions.decline_proposal(teacher, booking, "Dan is het toetsweek.")
    booking.refresh_from_db()
    assert booking.status == Status.DECLINED
    assert booking.events.last().text == "Dan is het toetsweek."


def test_decline_needs_a_reason_and_frees_the_places(ask, session, provider_member):
    booking = ask(session=session)
    before = state(booking)
    with pytest.raises(TransitionError, match="reden"):
        transitions.decline(provider_member, booking, "  ")
    assert unchanged(booking, before)
    transitions.decline(provider_member, booking, "Die week zijn wij volgeboekt.")
    booking.refresh_from_db()
    assert booking.status == Status.DECLINED
    session.refresh_from_db()
    assert session.places_left == 30


@pytest.mark.parametrize("who", ["teacher", "provider_member"])
def test_either_side_cancels_before_the_date(ask, session, provider_member, teacher, who):
    booking = ask(session=session)
    transitions.accept(provider_member, booking)
    actor = {"teacher": teacher, "provider_member": provider_member}[who]
    transitions.cancel(actor, booking, "Ziekte in het team.")
    booking.refresh_from_db()
    assert booking.status == Status.CANCELLED
    assert booking.events.last().side == (Side.SCHOOL if who == "teacher" else Side.PROVIDER)


def test_accepting_a_cancelled_request_is_refused(ask, session, provider_member, teacher):
    booking = ask(session=session)
    transitions.cancel(teacher, booking, "Toch niet.")
    booking.refresh_from_db()
    before = state(booking)
    with pytest.raises(TransitionError, match="geannuleerd"):
        transitions.accept(provider_member, booking)
    assert unchanged(booking, before)
    assert booking.status == Status.CANCELLED


def test_the_school_cannot_accept_its_own_request(ask, session, teacher):
    booking = ask(session=session)
    before = state(booking)
    with pytest.raises(TransitionError, match="aanbieder"):
        transitions.accept(teacher, booking)
    assert unchanged(booking, before)


def test_the_provider_cannot_accept_its_own_proposal(ask, session, provider_member):
    booking = ask(session=session)
    transitions.propose(provider_member, booking, *moment(30))
    before = state(booking)
    with pytest.raises(TransitionError, match="school"):
        transitions.accept_proposal(provider_member, booking)
    assert unchanged(booking, before)


def test_another_school_cannot_act_on_the_request(ask, session, other_teacher, stranger):
    booking = ask(session=session)
    before = state(booking)
    for user in (other_teacher, stranger):
        with pytest.raises(PermissionDenied):
            transitions.cancel(user, booking, "Weg ermee.")
        with pytest.raises(PermissionDenied):
            transitions.post_message(user, booking, "Hallo")
    assert unchanged(booking, before)


def test_a_member_cannot_ask_for_another_school(offer, session, teacher, other_school):
    from .conftest import request_fields

    with pytest.raises(PermissionDenied):
        transitions.create_request(teacher, other_school, offer, **request_fields(session=session))
    assert not BookingRequest.objects.exists()


def test_more_pupils_than_places_left_is_refused(ask, session, other_teacher, other_school):
    ask(session=session, pupils=20)
    with pytest.raises(TransitionError, match="nog 10 plaatsen vrij"):
        ask(user=other_teacher, for_school=other_school, session=session, pupils=11)
    ask(user=other_teacher, for_school=other_school, session=session, pupils=10)
    session.refresh_from_db()
    assert session.is_full
    with pytest.raises(TransitionError, match="vol"):
        ask(session=session, pupils=1)
    assert BookingRequest.objects.count() == 2


def test_a_past_session_cannot_be_asked_for(ask, offer):
    from offers.tests.factories import add_session

    past = add_session(offer, timezone.now() - timedelta(days=2), capacity=30)
    with pytest.raises(TransitionError, match="voorbij"):
        ask(session=past)
    assert past.is_past and not past.is_bookable


def test_proposed_dates_lie_in_the_future(ask):
    with pytest.raises(TransitionError, match="toekomst"):
        ask(date_option_1=timezone.localdate())


def test_future_activity_cannot_be_marked_done(ask, session, provider_member, teacher):
    booking = ask(session=session)
    transitions.accept(provider_member, booking)
    before = state(booking)
    for user in (teacher, provider_member):
        with pytest.raises(TransitionError, match="toekomst"):
            transitions.confirm(user, booking, held=True)
    assert unchanged(booking, before)
    assert booking.status == Status.ACCEPTED


def _accepted_in_the_past(ask, session, provider_member):
    booking = ask(session=session)
    transitions.accept(provider_member, booking)
    past = timezone.now() - timedelta(days=1)
    BookingRequest.objects.filter(pk=booking.pk).update(start=past - timedelta(hours=2), end=past)
    booking.refresh_from_db()
    return booking


def test_the_school_confirms_and_the_activity_is_done(ask, session, provider_member, teacher):
    booking = _accepted_in_the_past(ask, session, provider_member)
    with pytest.raises(TransitionError, match="begonnen"):
        transitions.cancel(teacher, booking, "Te laat")
    transitions.confirm(teacher, booking, held=True)
    booking.refresh_from_db()
    assert booking.status == Status.DONE and booking.school_confirmed_at is not None


def test_the_provider_confirms_and_the_school_may_object_within_a_week(
    ask, session, provider_member, teacher
):
    booking = _accepted_in_the_past(ask, session, provider_member)
    transitions.confirm(provider_member, booking, held=True)
    booking.refresh_from_db()
    assert booking.status == Status.ACCEPTED
    with pytest.raises(TransitionError, match="al bevestigd"):
        transitions.confirm(provider_member, booking, held=True)
    assert transitions.settle_confirmed() == 0  # the week has not passed
    transitions.confirm(teacher, booking, held=False, text="Het ging niet door.")
    booking.refresh_from_db()
    assert booking.status == Status.NOT_HELD


def test_the_providers_confirmation_stands_after_a_week(ask, session, provider_member):
    booking = _accepted_in_the_past(ask, session, provider_member)
    transitions.confirm(provider_member, booking, held=True)
    assert transitions.settle_confirmed(now=timezone.now() + timedelta(days=6)) == 0
    assert transitions.settle_confirmed(now=timezone.now() + timedelta(days=8)) == 1
    booking.refresh_from_db()
    assert booking.status == Status.DONE
    assert booking.events.last().side == Side.SYSTEM


def test_messages_go_to_the_thread_and_to_the_other_side(
    ask, session, provider_member, teacher, django_capture_on_commit_callbacks
):
    booking = ask(session=session)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        transitions.post_message(provider_member, booking, "Neemt u gymschoenen mee?")
    assert [m.to for m in mail.outbox] == [["juf@wierde.example"]]
    with pytest.raises(TransitionError):
        transitions.post_message(teacher, booking, "   ")
    assert booking.events.filter(kind="message").count() == 1
