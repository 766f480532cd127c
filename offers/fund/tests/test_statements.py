"""A contributor's quarterly statement from constructed data: which contributions a grant drew
on (earmarks, oldest first), what of each share was paid in the quarter and in all, the reports
of the quarter; the page, the CSV and who may read them."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from core.models import Theme
from offers.tests.factories import dutch

from .. import ledger, statements
from ..machine import MACHINE
from ..models import Contribution, Funder, GrantPart

pytestmark = pytest.mark.django_db


def moment(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


@pytest.fixture
def contributions(fund, funder, other_funder_user):
    elders = Funder.objects.get(name="Gemeente Elders")
    healthy = ledger.contribute(
        fund, elders, Decimal("300.00"), datetime.date(2026, 7, 1),
        themes=[dutch(Theme, "gezonde-basis")],
    )  # fmt: skip
    earmarked = ledger.contribute(
        fund, elders, Decimal("500.00"), datetime.date(2026, 8, 1),
        themes=[dutch(Theme, "verrijkte-schooldag")],
    )  # fmt: skip
    free = Contribution.objects.get(funder=funder)
    return healthy, earmarked, free


@pytest.fixture
def granted(draft, teacher, funder_user, contributions):
    draft.own_costs, draft.amount_asked = Decimal("500.00"), Decimal("800.00")
    draft.save()
    MACHINE.run(draft, "submit", teacher)
    MACHINE.run(draft, "review", funder_user)
    MACHINE.run(draft, "grant", funder_user, {"amount": "800"})
    MACHINE.run(draft, "pay", funder_user)
    MACHINE.run(draft, "report", teacher, {"text": "Twee groepen bouwden robots."})
    MACHINE.run(draft, "approve-report", funder_user)
    MACHINE.run(draft, "pay", funder_user)
    type(draft).objects.filter(pk=draft.pk).update(decided_at=moment(datetime.date(2026, 10, 5)))
    first, second = GrantPart.objects.filter(application=draft).order_by("number")
    GrantPart.objects.filter(pk=first.pk).update(
        paid_at=moment(datetime.date(2026, 10, 10)),
        reported_at=moment(datetime.date(2026, 12, 1)),
    )
    GrantPart.objects.filter(pk=second.pk).update(paid_at=moment(datetime.date(2027, 1, 15)))
    return draft


def test_the_grant_draws_on_matching_earmarks_first(granted, contributions):
    healthy, earmarked, free = contributions
    drawn = {share.contribution_id: share.amount for share in granted.shares.all()}
    assert drawn == {earmarked.pk: Decimal("500.00"), free.pk: Decimal("300.00")}


def test_statements_per_quarter(granted, contributions):
    healthy, earmarked, free = contributions
    q4 = statements.statement(earmarked, 2026, 4)
    (line,) = q4["lines"]
    assert (line.school, line.pupils, line.drawn) == ("OBS De Wierde", 24, Decimal("500.00"))
    # Part one (400 of 800) paid in the quarter: this contribution's 500/800 of it.
    assert (line.paid_in_quarter, line.paid_to_date) == (Decimal("250.00"), Decimal("250.00"))
    assert line.reports == ["Twee groepen bouwden robots."]
    assert q4["totals"]["schools"] == 1 and q4["totals"]["pupils"] == 24
    q1 = statements.statement(earmarked, 2027, 1)
    (line,) = q1["lines"]
    assert (line.paid_in_quarter, line.paid_to_date, line.reports) == (
        Decimal("250.00"), Decimal("500.00"), []
    )  # fmt: skip
    assert statements.statement(earmarked, 2026, 3)["lines"] == []  # granted in October
    assert statements.statement(healthy, 2026, 4)["lines"] == []  # earmark did not match
    (free_line,) = statements.statement(free, 2026, 4)["lines"]
    assert (free_line.drawn, free_line.paid_in_quarter) == (Decimal("300.00"), Decimal("150.00"))


def test_the_page_and_the_csv(client, granted, contributions, other_funder_user):
    healthy, earmarked, free = contributions
    client.force_login(other_funder_user)
    url = reverse("fund:statement", args=[earmarked.pk])
    page = client.get(url, {"jaar": 2026, "kwartaal": 4}).content.decode()
    assert "OBS De Wierde" in page and "Twee groepen bouwden robots." in page
    assert "€ 250,00" in page and "€ 500,00" in page
    csv = client.get(
        reverse("fund:statement_csv", args=[earmarked.pk]), {"jaar": 2026, "kwartaal": 4}
    ).content.decode()
    assert "OBS De Wierde" in csv and "250.00" in csv
    assert client.get(url, {"jaar": "x"}).status_code == 404
    assert client.get(url, {"jaar": 2026, "kwartaal": 5}).status_code == 404


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("other_funder_user", 200),  # the contributor's member
        ("editor", 200),
        ("funder_user", 403),  # another contributor
        ("teacher", 403),
        ("stranger", 403),
    ],
)
def test_who_reads_a_statement(client, contributions, who, status, request):
    earmarked = contributions[1]
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("fund:statement", args=[earmarked.pk])).status_code == status
    assert client.get(reverse("fund:statement_csv", args=[earmarked.pk])).status_code == status


def test_the_workspace_links_a_funder_to_its_own_statements(
    client, contributions, funder_user, other_funder_user
):
    healthy, earmarked, free = contributions
    client.force_login(other_funder_user)
    page = client.get(reverse("fund:workspace")).content.decode()
    assert reverse("fund:statement", args=[earmarked.pk]) in page
    assert reverse("fund:statement", args=[free.pk]) not in page
