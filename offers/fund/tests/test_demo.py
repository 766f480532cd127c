"""The fund's demo: two funders, three contributions, applications in every state for both
demo funders, the ledger that follows from them; a second run changes nothing."""

from decimal import Decimal

from django.contrib.auth import get_user_model
from django.urls import reverse

from ..demo import build_fund_demo
from ..evidence import ranking
from ..models import Application, Contribution, Fund, Funder, Status, Vote


def test_the_demo_fund_and_its_applications(module_demo, db):
    assert Funder.objects.count() == 2
    assert Contribution.objects.count() == 3
    states = set(Application.objects.values_list("status", flat=True))
    assert states == set(Status.values)
    closed = Application.objects.get(status=Status.CLOSED)
    parts = list(closed.parts.all())
    assert len(parts) == 2 and all(part.paid_at and part.approved_at for part in parts)
    assert closed.request.offer.reviews.filter(school=closed.request.school).exists()
    for funder in Funder.objects.all():
        mine = set(
            Application.objects.filter(procedure__funder=funder).values_list("status", flat=True)
        )
        assert len(mine) >= 4, funder
    assert set(Vote.objects.values_list("choice", flat=True)) == {"grant", "decline"}
    fund = Fund.objects.get()
    granted = [a.amount_granted for a in Application.objects.exclude(amount_granted=None)]
    assert fund.contributed == Decimal("30000.00")
    assert fund.committed == sum(granted)

    build_fund_demo(module_demo)
    assert Application.objects.count() == 14 and Contribution.objects.count() == 3
    assert Fund.objects.get().committed == sum(granted)
    assert ranking(with_demand=False)[0].done >= 1


def test_each_demo_funder_login_sees_applications(module_demo, client, db):
    for email in ("fonds@leercommunity.example", "gemeente@leercommunity.example"):
        user = get_user_model().objects.get(email=email)
        assert user.has_usable_password()  # the demo funder logins work
        client.force_login(user)
        page = client.get(reverse("fund:workspace")).content.decode()
        assert "Nog geen aanvragen" not in page
        assert page.count('href="/fonds/aanvragen/') >= 4
