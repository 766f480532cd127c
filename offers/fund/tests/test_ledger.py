"""The fund's ledger: earmarks decide which contributions a grant draws on; totals per funder."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from core.models import Region, Theme
from offers.tests.factories import dutch

from .. import ledger
from ..machine import MACHINE
from ..models import Fund, Funder

pytestmark = pytest.mark.django_db


def grant(application, teacher, funder_user, amount):
    MACHINE.run(application, "submit", teacher)
    MACHINE.run(application, "review", funder_user)
    MACHINE.run(application, "grant", funder_user, {"amount": amount})


def test_grants_draw_on_matching_earmarks_only(draft, teacher, funder_user, fund):
    other = Funder.objects.create(name="Gemeente Eemsdelta", kind=Funder.Kind.MUNICIPALITY)
    # Earmarked for a theme the offer does not have, and for a region elsewhere: not used.
    ledger.contribute(
        fund, other, Decimal("500"), date(2026, 9, 2), themes=[dutch(Theme, "gezonde-basis")]
    )
    ledger.contribute(
        fund, other, Decimal("500"), date(2026, 9, 3),
        regions=[Region.objects.get(slug="maastricht-gm0935")],
    )  # fmt: skip
    # Earmarked for the school's municipality: matches, and is drawn before the free money.
    ledger.contribute(
        fund, other, Decimal("300"), date(2026, 9, 4),
        regions=[draft.request.school.municipality],
    )  # fmt: skip
    draft.amount_asked = draft.own_costs = Decimal("1200")
    draft.save()
    grant(draft, teacher, funder_user, "1200")
    drawn = {share.contribution.amount: share.amount for share in draft.shares.all()}
    assert drawn == {Decimal("1000.00"): Decimal("900.00"), Decimal("300.00"): Decimal("300.00")}

    rows, total = ledger.per_funder(fund)
    by_name = {row["funder"].name: row for row in rows}
    assert by_name["Stichting Kansrijk"]["remaining"] == Decimal("100")
    assert by_name["Gemeente Eemsdelta"]["contributed"] == Decimal("1300")
    assert by_name["Gemeente Eemsdelta"]["committed"] == Decimal("300")
    assert total == {
        "contributed": Decimal("2300.00"),
        "committed": Decimal("1200.00"),
        "paid": Decimal("0.00"),
        "remaining": Decimal("1100.00"),
    }
    MACHINE.run(draft, "pay", funder_user)
    rows, total = ledger.per_funder(fund)
    assert total["paid"] == Decimal("600.00")
    assert sum(row["paid"] for row in rows) == Decimal("600.00")


def test_the_database_refuses_a_commitment_beyond_the_contributions(fund):
    Fund.objects.filter(pk=fund.pk).update(committed=Decimal("999.99"))
    with pytest.raises(IntegrityError), transaction.atomic():
        Fund.objects.filter(pk=fund.pk).update(committed=Decimal("1000.01"))


def test_parts_split_to_the_cent():
    assert ledger.split(Decimal("100.00"), [Decimal("33.33")] * 2 + [Decimal("33.34")]) == [
        Decimal("33.33"),
        Decimal("33.33"),
        Decimal("33.34"),
    ]
