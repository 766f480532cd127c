"""The demo of the Ontwikkelroute: one programme, eight real schools in three regions, two
coordinators, routes in different phases (some milestones overdue), visits with reflections and
five system questions with endorsements, one answered. Idempotent: run it again, nothing doubles.

Dates are relative to today, so the demo always shows overdue items and recent visits. The
coordinators and the lead log in with the demo members' password (var/member-password or
DEMO_MEMBER_PASSWORD), like the community's demo members.
"""

import os
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from core.demo.pages import load_data
from core.models import Theme

from ..models import (
    PHASES,
    Agreement,
    IntakeNeed,
    Milestone,
    Programme,
    RouteEvent,
    SystemQuestion,
    Visit,
)
from ..queries import quarter_figures, region_of
from ..report import keep, snapshot
from ..services import default_template, endorse, start_route

DOMAIN = "leercommunity.example"


def _password():
    password = os.environ.get("DEMO_MEMBER_PASSWORD")
    path = settings.VAR_DIR / "member-password"
    if not password and path.exists():
        password = path.read_text().strip()
    return password


def _person(spec):
    """A demo account with a profile; schools are named by string, so the model is looked up."""
    Profile = apps.get_model("schools", "Profile")
    User = get_user_model()
    email = f"{spec['key']}@{DOMAIN}"
    user = User.objects.filter(email=email).first()
    if user is not None:
        return user
    user = User(
        username=f"demo-{spec['key']}",
        email=email,
        first_name=spec["first_name"],
        last_name=spec["last_name"],
    )
    password = _password()
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    Profile.objects.create(
        user=user,
        display_name=spec["name"],
        role="other",
        organisation="OnderwijsAlliantie",
        consent_at=timezone.now(),
        privacy_version=settings.PRIVACY_TEXT_VERSION,
    )
    return user


def build_routes_demo(context):
    data = load_data("offers.routes.demo", "routes")
    School = apps.get_model("schools", "School")
    today = timezone.localdate()
    spec = data["programme"]
    programme, _created = Programme.objects.get_or_create(
        name=spec["name"],
        defaults={"start_year": spec["start_year"], "end_year": spec["end_year"]},
    )
    lead = _person(data["lead"])
    programme.leads.add(lead)
    default_template(programme)
    coordinators = [_person(item) for item in data["coordinators"]]
    schools = {
        school.vestiging: school
        for school in School.objects.filter(vestiging__in=[r["vestiging"] for r in data["routes"]])
    }
    routes = {}
    for item in data["routes"]:
        school = schools.get(item["vestiging"])
        if school is None:
            continue
        route = programme.routes.filter(school=school).first()
        if route is None:
            route = _start(programme, school, coordinators[item["coordinator"]], item, today)
        routes[item["vestiging"]] = route
    _intake(data["intake"], routes)
    _visits(data["visits"], routes, today)
    _questions(data["questions"], routes, [lead, *coordinators])
    _agreements(data["agreements"], routes, today)
    _previous_report(programme, today)
    context.log(f"Ontwikkelroute: {len(routes)} scholen in '{programme.name}'")


def _start(programme, school, coordinator, item, today):
    route = start_route(programme, school, today + timedelta(days=item["start_days"]), coordinator)
    # The phases it went through, as the coordinator confirmed them (the audit trail).
    reached = PHASES.index(item["phase"])
    steps = zip(PHASES[:reached], PHASES[1 : reached + 1], strict=True)
    for step, (source, target) in enumerate(steps):
        RouteEvent.objects.create(
            route=route,
            actor=coordinator,
            role="coordinator",
            from_phase=source,
            to_phase=target,
            at=timezone.now() + timedelta(days=item["start_days"] + 30 * (step + 1)),
        )
    route.phase = item["phase"]
    route.save(update_fields=["phase"])
    # What was due before this day is done; later dates in the past stay overdue.
    done_until = today + timedelta(days=item["done_until_days"])
    for milestone in route.milestones.filter(due__lte=done_until):
        milestone.done_at = timezone.make_aware(
            timezone.datetime.combine(milestone.due, timezone.datetime.min.time())
        )
        milestone.save(update_fields=["done_at"])
    return route


def _intake(specs, routes):
    for spec in specs:
        route = routes.get(spec["vestiging"])
        if route is None or route.intake.filter(title=spec["title"]).exists():
            continue
        IntakeNeed.objects.create(
            route=route,
            title=spec["title"],
            description=spec["description"],
            theme=Theme.objects.filter(slug=spec["theme"], locale__language_code="nl").first(),
        )


def _visits(specs, routes, today):
    for spec in specs:
        route = routes.get(spec["vestiging"])
        date = today + timedelta(days=spec["days"])
        if route is None or route.visits.filter(date=date).exists():
            continue
        visit = Visit.objects.create(
            route=route,
            author=route.coordinator,
            status=Visit.Status.FINAL,
            date=date,
            mode=spec["mode"],
            attendees=spec["attendees"],
            notes=spec["notes"],
            reflection_direction=spec["direction"],
            reflection_people=spec["people"],
            reflection_organisation=spec["organisation"],
        )
        follow_up = spec.get("follow_up")
        if follow_up:
            Milestone.objects.create(
                route=route,
                title=follow_up["title"],
                due=today + timedelta(days=follow_up["days"]),
                phase=route.phase,
                owner=route.coordinator,
                visit=visit,
            )


def _questions(specs, routes, staff):
    members = list(
        get_user_model().objects.filter(email__endswith=f"@{DOMAIN}").order_by("pk")[:12]
    )
    filer = staff[1] if len(staff) > 1 else staff[0]
    for spec in specs:
        question, created = SystemQuestion.objects.get_or_create(
            title=spec["title"],
            defaults={
                "level": spec["level"],
                "example": spec["example"],
                "theme": Theme.objects.filter(
                    slug=spec["theme"], locale__language_code="nl"
                ).first(),
                "filed_by": filer,
                "status": spec["status"],
                "answer": spec.get("answer", ""),
                "published": spec["status"] != "new" or spec["endorse"] > 1,
            },
        )
        if created:
            for user in members[: spec["endorse"]]:
                endorse(question, user)


def _agreements(specs, routes, today):
    OfferPage = apps.get_model("offers", "OfferPage")
    for spec in specs:
        route = routes.get(spec["vestiging"])
        if route is None or route.agreements.filter(partner=spec["partner"]).exists():
            continue
        Agreement.objects.create(
            route=route,
            partner=spec["partner"],
            task=spec["task"],
            until=today + timedelta(days=spec["until_days"]),
            offer=OfferPage.objects.live()
            .filter(title=spec["offer"], locale__language_code=settings.LANGUAGE_CODE)
            .first(),
            created_by=route.coordinator,
        )


def _previous_report(programme, today):
    """The report of the quarter before this one, as the lead would have made it then: the
    phases as they were at the quarter's end (from the routes' audit trail)."""
    year, quarter = (today.year, (today.month - 1) // 3) if today.month > 3 else (today.year - 1, 4)
    if programme.reports.filter(year=year, quarter=quarter).exists():
        return
    figures = quarter_figures(programme, year, quarter)
    figures_then = snapshot(figures)
    end = figures["end"]
    by_phase = dict.fromkeys(PHASES, 0)
    by_region = {}
    for route in figures["routes"]:
        if route.start > end:
            continue
        moves = [event for event in route.events.all() if event.at.date() <= end]
        phase = moves[-1].to_phase if moves else PHASES[0]
        by_phase[phase] += 1
        region = region_of(route)
        by_region[region] = by_region.get(region, 0) + 1
    figures_then["by_phase"] = by_phase
    figures_then["by_region"] = dict(sorted(by_region.items()))
    figures_then["total"] = sum(by_phase.values())
    keep(programme, year, quarter, figures_then)
