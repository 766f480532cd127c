"""A contributor's quarterly statement: where the money of one contribution went.

A grant from the fund draws on contributions by their earmarks (`ledger.draw`): each draw is a
`Share`. The statement lists, per application that drew on the contribution until the end of the
quarter, the school, the activity, the pupils, the amount drawn, what of it was paid in the
quarter and in all, and the reports the school wrote in the quarter. What was paid on a share is
the share's part of each paid part (share / granted × part), rounded to the cent.
"""

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone

from .models import ZERO, Share

CENT = Decimal("0.01")


def quarter_bounds(year, quarter):
    """The first day of the quarter and the first day after it."""
    start = datetime.date(year, 3 * (quarter - 1) + 1, 1)
    end = datetime.date(year + 1, 1, 1) if quarter == 4 else datetime.date(year, 3 * quarter + 1, 1)
    return start, end


def current_quarter(today=None):
    today = today or timezone.localdate()
    return today.year, (today.month - 1) // 3 + 1


@dataclass
class Line:
    school: str
    activity: str
    offer: str
    pupils: int
    drawn: Decimal
    paid_in_quarter: Decimal
    paid_to_date: Decimal
    reports: list = field(default_factory=list)


def _day(moment):
    return timezone.localtime(moment).date()


def statement(contribution, year, quarter):
    start, end = quarter_bounds(year, quarter)
    shares = (
        Share.objects.filter(contribution=contribution)
        .select_related("application__request__school", "application__request__offer")
        .prefetch_related("application__parts")
        .order_by("application__decided_at", "pk")
    )
    lines = []
    for share in shares:
        application = share.application
        if application.decided_at is None or _day(application.decided_at) >= end:
            continue
        granted = application.amount_granted or ZERO
        ratio = share.amount / granted if granted else ZERO
        in_quarter = to_date = ZERO
        reports = []
        for part in application.parts.all():
            if part.paid_at and _day(part.paid_at) < end:
                amount = (part.amount * ratio).quantize(CENT, rounding=ROUND_HALF_UP)
                to_date += amount
                if _day(part.paid_at) >= start:
                    in_quarter += amount
            if part.reported_at and start <= _day(part.reported_at) < end:
                reports.append(part.report)
        lines.append(
            Line(
                school=application.request.school.name,
                activity=application.activity,
                offer=application.request.offer.title,
                pupils=application.pupils,
                drawn=share.amount,
                paid_in_quarter=in_quarter,
                paid_to_date=to_date,
                reports=reports,
            )
        )
    totals = {
        "drawn": sum((line.drawn for line in lines), ZERO),
        "paid_in_quarter": sum((line.paid_in_quarter for line in lines), ZERO),
        "paid_to_date": sum((line.paid_to_date for line in lines), ZERO),
        "schools": len({line.school for line in lines}),
        "pupils": sum(line.pupils for line in lines),
    }
    return {"start": start, "end": end, "lines": lines, "totals": totals}
