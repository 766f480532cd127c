"""Every move of the table, the illegal ones, the rules before submitting, parts and reports."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from core.models import Region
from core.statemachine import IllegalMove
from offers.models import FundingDeadline

from ..machine import MACHINE
from ..models import ApplicationEvent, Fund, Status

pytestmark = pytest.mark.django_db


def run(application, move, user, **data):
    return MACHINE.run(application, move, user, data)


def walk_to_granted(draft, teacher, funder_user, amount="400.00"):
    run(draft, "submit", teacher)
    run(draft, "review", funder_user)
    run(draft, "grant", funder_user, amount=amount, text="Mooi plan.")


def test_the_whole_life_in_two_parts(draft, teacher, funder_user, fund):
    walk_to_granted(draft, teacher, funder_user)
    assert draft.status == Status.GRANTED
    assert [part.amount for part in draft.parts.all()] == [Decimal("200.00")] * 2
    fund.refresh_from_db()
    assert (fund.committed, fund.remaining) == (Decimal("400.00"), Decimal("600.00"))

    run(draft, "pay", funder_user)
    assert draft.status == Status.PART_PAID
    fund.refresh_from_db()
    assert fund.paid == Decimal("200.00")
    run(draft, "report", teacher, text="Groep 5 en 6 bouwden robots.")
    run(draft, "approve-report", funder_user)
    assert draft.status == Status.REPORT_APPROVED
    # The first part is accounted for, the second is still open: closing is refused.
    with pytest.raises(IllegalMove, match="nog een deel open"):
        run(draft, "close", funder_user)
    run(draft, "pay", funder_user)
    run(draft, "report", teacher, text="Tweede ronde afgerond.")
    run(draft, "approve-report", funder_user)
    run(draft, "close", funder_user)
    assert draft.status == Status.CLOSED
    fund.refresh_from_db()
    assert fund.paid == Decimal("400.00")
    moves = list(ApplicationEvent.objects.values_list("move", flat=True))
    assert moves == [
        "submit", "review", "grant", "pay", "report", "approve-report",
        "pay", "report", "approve-report", "close",
    ]  # fmt: skip


def test_second_part_waits_for_an_approved_report(draft, teacher, funder_user):
    walk_to_granted(draft, teacher, funder_user)
    run(draft, "pay", funder_user)
    with pytest.raises(IllegalMove, match="deel uitbetaald"):
        run(draft, "pay", funder_user)
    run(draft, "report", teacher, text="Gedaan.")
    with pytest.raises(IllegalMove, match="verantwoording ingediend"):
        run(draft, "pay", funder_user)
    assert draft.parts.filter(paid_at__isnull=False).count() == 1


def test_reject_needs_a_reason_and_withdraw_is_the_schools(draft, teacher, funder_user):
    run(draft, "submit", teacher)
    run(draft, "review", funder_user)
    with pytest.raises(IllegalMove, match="Geef een reden"):
        run(draft, "reject", funder_user, text="  ")
    run(draft, "reject", funder_user, text="Past niet bij de regeling.")
    assert draft.status == Status.REJECTED
    with pytest.raises(IllegalMove):
        run(draft, "withdraw", teacher)


def test_withdraw_from_every_open_state(draft, teacher, funder_user):
    run(draft, "submit", teacher)
    run(draft, "withdraw", teacher)
    assert draft.status == Status.WITHDRAWN


@pytest.mark.parametrize(
    ("move", "who"),
    [
        ("grant", "funder_user"),  # not yet in review
        ("pay", "funder_user"),
        ("report", "teacher"),
        ("close", "funder_user"),
        ("review", "teacher"),  # the school cannot review its own application
        ("submit", "funder_user"),  # nor can a funder submit it
    ],
)
def test_illegal_moves_change_nothing(draft, move, who, request):
    user = request.getfixturevalue(who)
    with pytest.raises(IllegalMove):
        run(draft, move, user)
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    assert not ApplicationEvent.objects.exists()


def test_a_grant_above_the_asked_amount_is_refused(draft, teacher, funder_user):
    run(draft, "submit", teacher)
    run(draft, "review", funder_user)
    with pytest.raises(IllegalMove, match="gevraagde bedrag"):
        run(draft, "grant", funder_user, amount="401")
    assert draft.status == Status.IN_REVIEW


def test_a_grant_never_exceeds_what_the_fund_has_left(draft, teacher, funder_user, fund):
    draft.amount_asked = Decimal("1200.00")
    draft.own_costs = Decimal("1000.00")
    draft.save()
    run(draft, "submit", teacher)
    run(draft, "review", funder_user)
    with pytest.raises(IllegalMove, match="1.000,00 over"):
        run(draft, "grant", funder_user, amount="1200")
    fund.refresh_from_db()
    assert fund.committed == 0
    assert Fund.objects.get().remaining == Decimal("1000.00")


def test_rules_each_say_which_fails(draft, teacher, scheme):
    scheme.applicants = "boards"
    scheme.is_rolling = False
    scheme.reach = "local"
    # A municipality far from the school's (Eemsdelta).
    scheme.regions.set([Region.objects.get(slug="maastricht-gm0935")])
    scheme.themes.set([])
    scheme.save()
    draft.amount_asked = Decimal("50")
    draft.save()
    with pytest.raises(IllegalMove) as error:
        run(draft, "submit", teacher)
    message = str(error.value)
    for rule in ("Aanvrager", "Regio", "Bedrag: vraag ten minste", "Deadline"):
        assert rule in message
    assert "Thema" not in message
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_a_deadline_ahead_opens_a_scheme_that_is_not_rolling(draft, teacher, scheme):
    scheme.is_rolling = False
    scheme.save()
    FundingDeadline.objects.create(page=scheme, date=timezone.localdate() + timedelta(days=30))
    run(draft, "submit", teacher)
    assert draft.status == Status.SUBMITTED


def test_every_step_mails_the_other_side(
    draft, teacher, funder_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run(draft, "submit", teacher)
    assert [mail.to for mail in mailoutbox] == [["fonds@kansrijk.example"]]
    teacher.profile.language = "en"
    teacher.profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        run(draft, "review", funder_user)
    assert mailoutbox[-1].to == ["juf@wierde.example"]
    # The school's member chose English: its e-mail is in English.
    assert "in review" in mailoutbox[-1].subject.lower()
    assert "you can read" in mailoutbox[-1].body.lower()


def test_applicants_stored_as_a_lists_text_still_count(draft, teacher, scheme):
    type(scheme).objects.filter(pk=scheme.pk).update(applicants="['schools', 'providers']")
    draft.procedure.scheme.refresh_from_db()
    run(draft, "submit", teacher)
    assert draft.status == Status.SUBMITTED
