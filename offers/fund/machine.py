"""The table of an application's life, run by `core.statemachine`.

| move | from | to | by |
|---|---|---|---|
| submit | draft | submitted | school (the scheme's rules must pass) |
| withdraw | draft, submitted, in review, information asked | withdrawn | school |
| review | submitted | in review | funder, editor |
| ask | in review | information asked (the question) | funder, editor |
| answer | information asked | in review (the answer) | school |
| grant | in review | granted (parts planned, fund drawn) | funder, editor; committee |
| reject | in review | rejected | funder, editor; committee |
| pay | granted, report approved | part paid (the next part) | funder, editor |
| report | part paid | reported | school |
| approve-report | reported | report approved | funder, editor |
| close | report approved (every part paid) | closed | funder, editor |

A part after the first can only be paid from "report approved": the report releases it.
When the scheme's procedure decides by committee, grant and reject are made only by the outcome
of a committee meeting's votes (`committee.py`), never by one member on the page.
"""

from decimal import Decimal, InvalidOperation

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.money import euro
from core.statemachine import AuditTrail, IllegalMove, Machine, Move

from . import ledger, rules
from .access import EDITOR, FUNDER, SCHOOL, role_of
from .models import Application, ApplicationEvent, GrantPart, Status

DECIDERS = frozenset({FUNDER, EDITOR})
SCHOOLS = frozenset({SCHOOL})


def _text(data, message):
    text = (data.get("text") or "").strip()
    if not text:
        raise IllegalMove(message)
    data["text"] = text
    return text


def _submit(application, user, role, data):
    failed = rules.failures(application)
    if failed:
        raise IllegalMove(" ".join(failed))
    application.submitted_at = timezone.now()


def _by_committee(application, role):
    return application.procedure.decision == application.procedure.Decision.COMMITTEE


def _single_decider(application, role):
    return not _by_committee(application, role)


def _check_decider(application, data):
    if _by_committee(application, None) and not data.get("committee"):
        raise IllegalMove(_("Over deze regeling beslist een commissie; leg de aanvraag voor."))


def _ask(application, user, role, data):
    _text(data, _("Schrijf uw vraag aan de school."))


def _answer(application, user, role, data):
    _text(data, _("Schrijf uw antwoord aan de financier."))


def _grant(application, user, role, data):
    _check_decider(application, data)
    raw = str(data.get("amount") or application.amount_asked).strip().replace("€", "").strip()
    if "," in raw and "." not in raw:
        raw = raw.replace(",", ".")  # a Dutch decimal comma
    try:
        amount = Decimal(raw)
        if not amount.is_finite():
            raise InvalidOperation
        amount = amount.quantize(ledger.CENT)
    except InvalidOperation as error:
        raise IllegalMove(_("Geef het toegekende bedrag in euro's.")) from error
    if amount <= 0 or amount > application.amount_asked:
        raise IllegalMove(_("Het bedrag ligt tussen € 0 en het gevraagde bedrag."))
    if application.procedure.fund_id is not None:
        ledger.draw(application, amount)
    application.amount_granted = amount
    application.decided_at = timezone.now()
    application.decision_note = (data.get("text") or "").strip()
    shares = application.procedure.shares()
    GrantPart.objects.bulk_create(
        GrantPart(application=application, number=number, amount=part)
        for number, part in enumerate(ledger.split(amount, shares), start=1)
    )


def _reject(application, user, role, data):
    _check_decider(application, data)
    application.decision_note = _text(data, _("Geef een reden; de school leest die."))
    application.decided_at = timezone.now()


def _pay(application, user, role, data):
    part = application.next_part()
    if part is None:
        raise IllegalMove(_("Alle delen zijn al betaald."))
    part.paid_at = timezone.now()
    part.save(update_fields=["paid_at"])
    if application.procedure.fund_id is not None:
        ledger.pay(application, part.amount)
    if not (data.get("text") or "").strip():
        data["text"] = _("Deel %(number)s: %(amount)s") % {
            "number": part.number,
            "amount": euro(part.amount),
        }


def _last_paid(application):
    return application.parts.filter(paid_at__isnull=False).order_by("number").last()


def _report(application, user, role, data):
    text = _text(data, _("Schrijf kort wat er is gedaan en wat het opleverde."))
    part = _last_paid(application)
    part.report, part.reported_at = text, timezone.now()
    part.save(update_fields=["report", "reported_at"])


def _approve(application, user, role, data):
    part = _last_paid(application)
    part.approved_at = timezone.now()
    part.save(update_fields=["approved_at"])


def _close(application, user, role, data):
    if application.next_part() is not None:
        raise IllegalMove(_("Er staat nog een deel open; betaal het eerst."))


def _has_unpaid(application, role):
    return application.next_part() is not None


def _all_paid(application, role):
    return application.next_part() is None


MOVES = [
    Move(
        "submit",
        frozenset({Status.DRAFT}),
        Status.SUBMITTED,
        SCHOOLS,
        button=gettext_lazy("Aanvraag indienen"),
        primary=True,
        apply=_submit,
        done=gettext_lazy("Uw aanvraag is ingediend; de financier krijgt een e-mail."),
    ),
    Move(
        "withdraw",
        frozenset({Status.DRAFT, Status.SUBMITTED, Status.IN_REVIEW, Status.INFO_ASKED}),
        Status.WITHDRAWN,
        SCHOOLS,
        button=gettext_lazy("Aanvraag intrekken"),
        done=gettext_lazy("U heeft de aanvraag ingetrokken."),
    ),
    Move(
        "review",
        frozenset({Status.SUBMITTED}),
        Status.IN_REVIEW,
        DECIDERS,
        button=gettext_lazy("In behandeling nemen"),
        primary=True,
        done=gettext_lazy("De aanvraag is in beoordeling."),
    ),
    Move(
        "ask",
        frozenset({Status.IN_REVIEW}),
        Status.INFO_ASKED,
        DECIDERS,
        button=gettext_lazy("Meer informatie vragen"),
        apply=_ask,
        done=gettext_lazy("Uw vraag is naar de school gestuurd."),
    ),
    Move(
        "answer",
        frozenset({Status.INFO_ASKED}),
        Status.IN_REVIEW,
        SCHOOLS,
        button=gettext_lazy("Antwoord versturen"),
        primary=True,
        apply=_answer,
        done=gettext_lazy("Uw antwoord is verstuurd; de aanvraag is weer in beoordeling."),
    ),
    Move(
        "grant",
        frozenset({Status.IN_REVIEW}),
        Status.GRANTED,
        DECIDERS,
        button=gettext_lazy("Toekennen"),
        primary=True,
        apply=_grant,
        when=_single_decider,
        done=gettext_lazy("Toegekend; de school krijgt een e-mail."),
    ),
    Move(
        "reject",
        frozenset({Status.IN_REVIEW}),
        Status.REJECTED,
        DECIDERS,
        button=gettext_lazy("Afwijzen"),
        apply=_reject,
        when=_single_decider,
        done=gettext_lazy("Afgewezen; de school krijgt uw reden."),
    ),
    Move(
        "pay",
        frozenset({Status.GRANTED, Status.REPORT_APPROVED}),
        Status.PART_PAID,
        DECIDERS,
        button=gettext_lazy("Volgend deel uitbetalen"),
        primary=True,
        apply=_pay,
        when=_has_unpaid,
        done=gettext_lazy("Het deel is uitbetaald."),
    ),
    Move(
        "report",
        frozenset({Status.PART_PAID}),
        Status.REPORTED,
        SCHOOLS,
        button=gettext_lazy("Verantwoording indienen"),
        primary=True,
        apply=_report,
        done=gettext_lazy("Uw verantwoording is verstuurd."),
    ),
    Move(
        "approve-report",
        frozenset({Status.REPORTED}),
        Status.REPORT_APPROVED,
        DECIDERS,
        button=gettext_lazy("Verantwoording goedkeuren"),
        primary=True,
        apply=_approve,
        done=gettext_lazy("De verantwoording is goedgekeurd."),
    ),
    Move(
        "close",
        frozenset({Status.REPORT_APPROVED}),
        Status.CLOSED,
        DECIDERS,
        button=gettext_lazy("Afsluiten"),
        apply=_close,
        when=_all_paid,
        done=gettext_lazy("De aanvraag is afgesloten."),
    ),
]


record = AuditTrail(ApplicationEvent, "application", text="text")


MACHINE = Machine(
    name="fund.application",
    model=Application,
    moves=MOVES,
    roles=role_of,
    record=record,
    notify="offers.fund.emails.notify",
    refusals={
        DECIDERS: gettext_lazy("Alleen de financier kan dit doen."),
        SCHOOLS: gettext_lazy("Alleen de school kan dit doen."),
    },
    too_late=gettext_lazy("Dat kan niet: de aanvraag is %(status)s."),
)
