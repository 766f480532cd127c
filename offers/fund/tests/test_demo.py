"""The fund's demo: two funders, three contributions, applications in several states, and the
ledger that follows from them; a second run changes nothing."""

from decimal import Decimal

from ..demo import build_fund_demo
from ..evidence import ranking
from ..models import Application, Contribution, Fund, Funder, Status


def test_the_demo_fund_and_its_applications(module_demo, db):
    assert Funder.objects.count() == 2
    assert Contribution.objects.count() == 3
    states = set(Application.objects.values_list("status", flat=True))
    assert states == {Status.DRAFT, Status.IN_REVIEW, Status.REPORT_APPROVED, Status.REJECTED}
    granted = Application.objects.get(status=Status.REPORT_APPROVED)
    parts = list(granted.parts.all())
    assert len(parts) == 2 and parts[0].approved_at and parts[1].paid_at is None
    fund = Fund.objects.get()
    assert fund.contributed == Decimal("30000.00")
    assert fund.committed == granted.amount_granted
    assert fund.paid == parts[0].amount

    build_fund_demo(module_demo)
    assert Application.objects.count() == 4 and Contribution.objects.count() == 3
    assert Fund.objects.get().committed == granted.amount_granted
    assert ranking(with_demand=False)[0].done >= 1
