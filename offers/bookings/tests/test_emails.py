"""E-mails of requests: to the other side, in the recipient's language, with the site's own name."""

from datetime import datetime, time, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation

from core.holidays import HOLIDAY_REGIONS, holiday_on
from offers.bookings import transitions
from offers.bookings.models import BookingRequest
from offers.bookings.reminders import add_school_days, run_scheduled

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(django_capture_on_commit_callbacks):
    """Run a step and return the e-mails it sent after its commit."""

    def run(step, *args, **kwargs):
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            step(*args, **kwargs)
        return list(mail.outbox)

    return run


def test_a_new_request_mails_the_provider_with_the_sites_name_and_address(
    sent, ask, session, settings, provider_member
):
    settings.SITE_URL = "https://www.leercommunity.nl"
    settings.DEFAULT_FROM_EMAIL = "Leercommunity & Ontwikkelplaats <noreply@leercommunity.nl>"
    (message,) = sent(ask, session=session)
    assert message.to == ["planning@techniekpunt.example"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.subject.startswith("[Leercommunity & Ontwikkelplaats] Nieuwe aanvraag")
    booking = BookingRequest.objects.get()
    assert f"https://www.leercommunity.nl/aanvragen/{booking.pk}/" in message.body
    for wrong in ("127.0.0.1", "localhost", "example.com"):
        assert wrong not in message.body + message.from_email


def test_the_default_sender_is_not_localhost():
    from django.conf import settings

    assert "localhost" not in settings.DEFAULT_FROM_EMAIL
    assert "127.0.0.1" not in settings.SITE_URL


def test_each_member_gets_the_language_chosen_in_the_profile(
    sent, ask, session, provider_member, teacher
):
    teacher.profile.language = "en"
    teacher.profile.save()
    booking = ask(session=session)
    (message,) = sent(transitions.accept, provider_member, booking)
    assert message.to == ["juf@wierde.example"]
    assert "has been accepted" in message.subject
    assert "Dear" in message.body and "Beste" not in message.body
    assert "/en/requests/" in message.body
    (to_provider,) = sent(transitions.post_message, teacher, booking, "What time do you start?")
    assert to_provider.to == ["planning@techniekpunt.example"]
    assert "Nieuw bericht" in to_provider.subject and "Beste" in to_provider.body


def test_a_contact_address_nobody_confirmed_gets_no_mail(sent, ask, session, provider_member):
    """Any address typed into the request form got the mails (issue 21, finding 15): only the
    member who asked, at a confirmed address, does until the contact confirms theirs."""
    with translation.override("en"):
        booking = ask(session=session, contact_email="conciergerie@wierde.example")
    messages = sent(transitions.accept, provider_member, booking)
    by_address = {m.to[0]: m for m in messages}
    assert set(by_address) == {"juf@wierde.example"}
    assert "geaccepteerd" in by_address["juf@wierde.example"].subject  # her profile: Dutch


def test_a_decline_tells_the_school_the_reason(sent, ask, session, provider_member):
    booking = ask(session=session)
    (message,) = sent(transitions.decline, provider_member, booking, "Wij zijn vol die week.")
    assert message.to == ["juf@wierde.example"]
    assert "Reden:" in message.body and "Wij zijn vol die week." in message.body


def test_school_days_skip_the_weekend():
    from datetime import date

    assert add_school_days(date(2026, 11, 30), 2) == date(2026, 12, 2)  # Monday → Wednesday
    assert add_school_days(date(2026, 12, 3), 2) == date(2026, 12, 7)  # Thursday → Monday
    assert add_school_days(date(2026, 12, 5), 2) == date(2026, 12, 8)  # Saturday → Tuesday


def test_school_days_skip_the_school_holidays_of_the_schools_region():
    from datetime import date

    # Autumn holiday 2026 (17 to 25 October): from the Thursday before, two school days are
    # the Friday and the Monday after the holiday.
    assert add_school_days(date(2026, 10, 15), 2, "noord") == date(2026, 10, 26)
    # Spring holiday 2027: the south has it from 6 to 14 February, the middle from 20 to 28.
    assert add_school_days(date(2027, 2, 4), 2, "zuid") == date(2027, 2, 15)
    assert add_school_days(date(2027, 2, 4), 2, "midden") == date(2027, 2, 8)
    # Public holidays are no school days anywhere (Good Friday and Easter Monday 2027).
    assert add_school_days(date(2027, 3, 25), 1, "midden") == date(2027, 3, 30)


def _activity_on(booking, day):
    start = timezone.make_aware(timezone.datetime(day.year, day.month, day.day, 9))
    BookingRequest.objects.filter(pk=booking.pk).update(
        start=start, end=start + timedelta(hours=2), reminder_sent_at=None
    )


def _reminded_on(day):
    from offers.bookings.reminders import send_reminders

    mail.outbox.clear()
    moment = timezone.make_aware(timezone.datetime(day.year, day.month, day.day, 7))
    send_reminders(moment)
    return {tuple(m.to) for m in mail.outbox if "Herinnering" in m.subject}


def test_an_activity_after_a_holiday_is_reminded_before_the_holiday_in_the_schools_region(
    ask, session, provider_member, school, other_school, other_teacher
):
    from datetime import date

    from core.models import Region

    school.municipality = Region.objects.get(code="GM0935")  # Maastricht: holiday region south
    school.save()
    other_school.municipality = Region.objects.get(code="GM0344")  # Utrecht: middle
    other_school.save()
    south = ask(session=session)
    middle = ask(user=other_teacher, for_school=other_school, session=session, pupils=2)
    for booking in (south, middle):
        transitions.accept(provider_member, booking)
    BookingRequest.objects.filter(pk=middle.pk).update(contact_email="meester@ark.example")

    # Monday 26 October 2026, right after the autumn holiday: reminded on the Thursday before
    # the holiday (two school days ahead: Friday and that Monday), not on the Wednesday.
    _activity_on(south, date(2026, 10, 26))
    assert ("juf@wierde.example",) not in _reminded_on(date(2026, 10, 14))
    assert ("juf@wierde.example",) in _reminded_on(date(2026, 10, 15))

    # Monday 15 February 2027: after the south's spring holiday, a normal week in the middle.
    _activity_on(south, date(2027, 2, 15))
    _activity_on(middle, date(2027, 2, 15))
    reminded = _reminded_on(date(2027, 2, 4))  # Thursday before the south's holiday
    assert ("juf@wierde.example",) in reminded
    assert ("meester@ark.example",) not in reminded
    assert ("meester@ark.example",) in _reminded_on(date(2027, 2, 11))


def quiet_tuesday():
    """A Tuesday some weeks ahead with no holiday in any region in the four weeks before it, so
    that 'three weeks before' and 'two school days before' do not depend on today's date."""
    day = timezone.localdate() + timedelta(days=21)
    day += timedelta(days=(1 - day.weekday()) % 7)
    while any(
        holiday_on(day - timedelta(days=back), region) is not None
        for back in range(29)
        for region in HOLIDAY_REGIONS
    ):
        day += timedelta(days=7)
    return day


def test_reminders_go_out_once_two_school_days_before(ask, session, provider_member):
    start = timezone.make_aware(datetime.combine(quiet_tuesday(), time(10, 0)))
    session.start, session.end = start, start + timedelta(hours=1, minutes=30)
    session.save()
    booking = ask(session=session)
    transitions.accept(provider_member, booking)
    start = session.start
    mail.outbox.clear()
    # Three weeks before: nothing yet.
    assert run_scheduled(now=start - timedelta(days=21))["reminders"] == 0
    # One school day before (the Monday before the Tuesday session).
    day_before = start - timedelta(days=1)
    counts = run_scheduled(now=day_before)
    assert counts["reminders"] == 2  # the school and the provider
    assert {tuple(m.to) for m in mail.outbox} == {
        ("juf@wierde.example",),
        ("planning@techniekpunt.example",),
    }
    assert all("Herinnering" in m.subject for m in mail.outbox)
    assert run_scheduled(now=day_before)["reminders"] == 0


def test_after_the_date_both_sides_are_asked_once(ask, session, provider_member):
    booking = ask(session=session)
    transitions.accept(provider_member, booking)
    mail.outbox.clear()
    after = session.end + timedelta(hours=1)
    assert run_scheduled(now=session.start - timedelta(hours=1))["questions"] == 0
    mail.outbox.clear()  # that run sent the reminders
    assert run_scheduled(now=after)["questions"] == 2
    assert all("Heeft 'Robots bouwen' plaatsgevonden?" in m.subject for m in mail.outbox)
    assert run_scheduled(now=after)["questions"] == 0


def test_the_command_runs_the_scheduled_work(ask, session, provider_member, capsys):
    booking = ask(session=session)
    transitions.accept(provider_member, booking)
    BookingRequest.objects.filter(pk=booking.pk).update(
        start=timezone.now() - timedelta(hours=3), end=timezone.now() - timedelta(hours=1)
    )
    call_command("booking_reminders")
    assert "questions: 2" in capsys.readouterr().out
