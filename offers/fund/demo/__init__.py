"""Demo of the Ontwikkelfonds: two funders, the fund with three contributions, procedures for two
schemes (the municipality decides alone and pays in two parts; the Jeugdeducatiefonds decides by
committee) and applications of the demo schools in every state, for both funders: one granted in
two parts, both paid, both reports approved and closed; committee votes that grant and decline.
The demo school's request for 29 pupils (robots) is left without an application, to apply for.

Applications move through the real table (`offers.fund.machine`), so the record, the parts and
the ledger are what the site would have written. Idempotent: a funder, a contribution (funder,
date, amount) and an application (request, scheme) are found before they are made.
"""

import os
from datetime import date
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from core.demo import load_data
from core.models import Region, Theme
from core.statemachine import IllegalMove
from offers.bookings.models import BookingRequest
from offers.models import FundingSchemePage

from .. import committee, ledger, rules
from ..machine import MACHINE
from ..models import (
    Application,
    Contribution,
    Criterion,
    Fund,
    Funder,
    FunderMember,
    PaymentPart,
    SchemeProcedure,
)

DEMO_SCHOOL_MEMBER = "school@leercommunity.example"
MEETING_DATE = date(2026, 11, 18)


def _member(email, name):
    from schools.models import Profile

    user, created = get_user_model().objects.get_or_create(
        email=email, defaults={"username": email.split("@")[0]}
    )
    if created or not user.has_usable_password():
        # The demo members' password (var/member-password, printed by `make run`), so that the
        # demo funders can log in like the demo school and provider; the community's demo may
        # have made the same people first, as members who do not log in.
        password = os.environ.get("DEMO_MEMBER_PASSWORD")
        path = settings.VAR_DIR / "member-password"
        if not password and path.exists():
            password = path.read_text().strip()
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save()
    if created:
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
    Profile.objects.get_or_create(user=user, defaults={"display_name": name, "role": "funder"})
    return user


def build_fund_demo(context):
    data = load_data("offers.fund.demo", "fund")
    teacher = get_user_model().objects.filter(email=DEMO_SCHOOL_MEMBER).first()
    if teacher is None or teacher.profile.verified_school is None:
        return
    with transaction.atomic():
        fund, _ = Fund.objects.get_or_create(name=data["fund"])
        funders, members = {}, {}
        for spec in data["funders"]:
            funder, _ = Funder.objects.get_or_create(
                name=spec["name"], defaults={"kind": spec["kind"]}
            )
            user = _member(spec["member"], spec["member_name"])
            FunderMember.objects.get_or_create(funder=funder, user=user)
            funders[spec["name"]], members[spec["name"]] = funder, user
        for spec in data["contributions"]:
            funder, day, amount = (
                funders[spec["funder"]],
                date.fromisoformat(spec["date"]),
                Decimal(spec["amount"]),
            )
            if not Contribution.objects.filter(
                fund=fund, funder=funder, date=day, amount=amount
            ).exists():
                ledger.contribute(
                    fund, funder, amount, day,
                    themes=Theme.objects.filter(slug__in=spec["themes"], locale=context.locale_nl),
                    regions=Region.objects.filter(slug__in=spec["regions"]),
                )  # fmt: skip
        procedures = {}
        for spec in data["procedures"]:
            scheme = FundingSchemePage.objects.filter(
                slug=spec["scheme"], locale=context.locale_nl
            ).first()
            if scheme is None:
                continue
            procedure, created = SchemeProcedure.objects.get_or_create(
                scheme=scheme,
                defaults={
                    "funder": funders[spec["funder"]],
                    "fund": fund if spec["fund"] else None,
                    "intake": spec["intake"],
                    "decision": spec["decision"],
                },
            )
            if created:
                for order, criterion in enumerate(spec["criteria"]):
                    Criterion.objects.create(
                        procedure=procedure, name=criterion["nl"], sort_order=order
                    )
                for order, share in enumerate(spec["parts"]):
                    PaymentPart.objects.create(
                        procedure=procedure, share=Decimal(share), sort_order=order
                    )
            procedures[spec["scheme"]] = procedure
        added = sum(
            _application(spec, teacher, procedures, members, context.log)
            for spec in data["applications"]
        )
    context.log(f"Ontwikkelfonds: {added} demo-aanvragen toegevoegd")


def _application(spec, teacher, procedures, members, log):
    procedure = procedures.get(spec["scheme"])
    school_member = teacher
    if spec.get("member"):
        school_member = get_user_model().objects.filter(email=spec["member"]).first()
    school = getattr(getattr(school_member, "profile", None), "verified_school", None)
    booking = (
        BookingRequest.objects.filter(
            school=school, offer__slug=spec["offer"], pupils=spec["pupils"]
        )
        .select_related("offer")
        .first()
        if school is not None
        else None
    )
    if procedure is None or booking is None:
        return 0
    if Application.objects.filter(request=booking, procedure=procedure).exists():
        return 0
    cost = rules.offer_cost(booking.offer, booking.pupils)
    own = Decimal(spec["own_costs"])
    application = Application.objects.create(
        request=booking,
        procedure=procedure,
        activity=spec["activity"],
        offer_cost=cost,
        own_costs=own,
        own_costs_note=spec["own_note"],
        amount_asked=cost + own,
        pupils=spec["pupils"],
        motivation=spec["motivation"],
        created_by=school_member,
    )
    decider = members[procedure.funder.name]
    reports = list(spec.get("reports", []))
    texts = {"reject": spec.get("reason", ""), "ask": spec.get("question", "")}
    meeting = None
    for move in spec["moves"]:
        try:
            if move == "meeting":
                meeting = committee.put_to_committee(
                    decider, procedure.funder, MEETING_DATE, [application]
                )
                continue
            if move.startswith("vote-"):
                committee.vote(meeting, application, decider, move[5:], spec.get("vote_note", ""))
                application.refresh_from_db()
                continue
            text = reports.pop(0) if move == "report" else texts.get(move, "")
            user = school_member if MACHINE.table[move].by == frozenset({"school"}) else decider
            MACHINE.run(application, move, user, {"text": text})
        except IllegalMove as error:
            # A scheme edited since the data was written: the application stays where it got.
            log(f"Ontwikkelfonds: {spec['offer']} blijft {application.status}: {error}")
            break
    return 1
