"""The fund's ledger: contributions in, grants committed, parts paid, what is left.

A grant locks the fund's row first (`select_for_update`), so two grants for the last money run
one after the other: the second sees the first's commitment and finds too little left. The
fund's CheckConstraint catches anything that ever skips the lock. Each grant draws on the
contributions whose earmarks match (themes of the offer, regions around the school, or free):
earmarked money first, so that it goes where its funder meant it and the free money stays free
for what nothing else covers; within each, oldest first. That is what lets every funder see
where its own money went.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from core.models import Region
from core.money import euro
from core.statemachine import IllegalMove

from .models import ZERO, Contribution, Fund, Share

CENT = Decimal("0.01")


def contribute(fund, funder, amount, date, themes=(), regions=()):
    with transaction.atomic():
        locked = Fund.objects.select_for_update().get(pk=fund.pk)
        contribution = Contribution.objects.create(
            fund=locked, funder=funder, amount=amount, date=date
        )
        contribution.themes.set(themes)
        contribution.regions.set(regions)
        locked.contributed += amount
        locked.save(update_fields=["contributed"])
    return contribution


def matches(contribution, theme_slugs, region_ids):
    themes = {theme.slug for theme in contribution.themes.all()}
    regions = {region.pk for region in contribution.regions.all()}
    return (not themes or bool(themes & theme_slugs)) and (
        not regions or bool(regions & region_ids)
    )


def left_on(contribution):
    drawn = contribution.shares.aggregate(total=Sum("amount"))["total"] or ZERO
    return contribution.amount - drawn


def draw(application, amount):
    """Commit `amount` of the fund to `application`; call inside the move's transaction.

    Raises IllegalMove when the matching contributions have too little left.
    """
    fund = Fund.objects.select_for_update().get(pk=application.procedure.fund_id)
    offer, school = application.request.offer, application.request.school
    theme_slugs = set(offer.themes.values_list("slug", flat=True))
    region_ids = (
        {region.pk for region in Region.objects.containing(school.municipality)}
        if school.municipality_id
        else set()
    )
    needed = amount
    shares = []
    contributions = sorted(
        fund.contributions.prefetch_related("themes", "regions"),
        key=lambda item: (not (item.themes.all() or item.regions.all()), item.date, item.pk),
    )
    for contribution in contributions:
        if needed <= 0:
            break
        if not matches(contribution, theme_slugs, region_ids):
            continue
        take = min(left_on(contribution), needed)
        if take > 0:
            shares.append(Share(application=application, contribution=contribution, amount=take))
            needed -= take
    if needed > 0 or amount > fund.remaining:
        raise IllegalMove(
            _("Het fonds heeft hiervoor nog %(left)s over; dat is te weinig.")
            % {"left": euro(amount - needed)}
        )
    Share.objects.bulk_create(shares)
    fund.committed += amount
    fund.save(update_fields=["committed"])


def pay(application, amount):
    """Book a paid part on the fund (inside the move's transaction)."""
    fund = Fund.objects.select_for_update().get(pk=application.procedure.fund_id)
    fund.paid += amount
    fund.save(update_fields=["paid"])


def split(amount, shares):
    """The amounts of the parts (percentages); the last part takes the rounding."""
    parts = [(amount * share / 100).quantize(CENT, rounding=ROUND_HALF_UP) for share in shares]
    parts[-1] = amount - sum(parts[:-1])
    return parts


def per_funder(fund):
    """[{funder, contributed, committed, paid, remaining}] and the totals, from the shares."""
    fund = Fund.objects.get(pk=fund.pk)  # the totals as stored, not a caller's old copy
    rows = {}
    for contribution in fund.contributions.select_related("funder"):
        row = rows.setdefault(
            contribution.funder_id,
            {"funder": contribution.funder, "contributed": ZERO, "committed": ZERO, "paid": ZERO},
        )
        row["contributed"] += contribution.amount
    shares = Share.objects.filter(contribution__fund=fund).select_related(
        "application", "contribution"
    )
    for share in shares:
        row = rows[share.contribution.funder_id]
        row["committed"] += share.amount
        granted = share.application.amount_granted or ZERO
        if granted:
            paid = share.application.paid_total()
            row["paid"] += (share.amount * paid / granted).quantize(CENT, rounding=ROUND_HALF_UP)
    result = sorted(rows.values(), key=lambda row: row["funder"].name)
    for row in result:
        row["remaining"] = row["contributed"] - row["committed"]
    total = {
        "contributed": fund.contributed,
        "committed": fund.committed,
        "paid": fund.paid,
        "remaining": fund.remaining,
    }
    return result, total
