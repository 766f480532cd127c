"""Demo needs of the demo school member: two needs, a shortlist and one planned activity.

Runs after the catalogue and community demo content (hook order 90). Needs are found by school
and title and shortlist items by school, need and offer, so a second run changes nothing.
"""

from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from core.models import CurriculumGoal, LearningArea, TargetGroup, Theme
from offers.calendar import SchoolYear
from offers.models import FundingSchemePage, NeedProfile, OfferPage, SchoolPlanFeed, ShortlistItem

DEMO_SCHOOL_MEMBER = "school@leercommunity.example"

NEEDS = [
    {
        "title": "Cultuur en techniek in groep 5 en 6",
        "themes": ["verrijkte-schooldag"],
        "groups": ["groep-5-6"],
        "areas": ["cultuur", "techniek"],
        "goals": [44, 45, 54, 55],
        "budget": Decimal("300.00"),
        "only_free_or_funded": False,
        "schemes": [
            "cultuureducatie-met-kwaliteit",
            "rotterdams-onderwijsbeleid-verrijkte-schooldag",
        ],
        "school_time": "during",
        "description": (
            "Onze groepen 5 en 6 krijgen weinig kunst en techniek. We zoeken een reeks lessen "
            "die een eigen les vervangt, liefst met iemand uit de wijk die iets maakt of bouwt."
        ),
        "shortlist": [("robots-bouwen", "planned"), ("werkplaats-op-woensdag", "saved")],
    },
    {
        "title": "Gezonde voeding in groep 1 tot en met 4",
        "themes": ["gezonde-basis"],
        "groups": ["groep-1-2", "groep-3-4"],
        "areas": ["gezondheid"],
        "goals": [34],
        "budget": None,
        "only_free_or_funded": True,
        "schemes": ["gezonde-school", "jong-leren-eten"],
        "school_time": "either",
        "description": (
            "Veel kinderen komen zonder ontbijt. We willen proeven, koken en praten over eten "
            "in de onderbouw, zonder dat het de school zelf geld kost."
        ),
        "shortlist": [("gezonde-lunch-in-de-klas", "saved")],
    },
]


def _dutch(model, locale, values, field="slug"):
    return list(model.objects.filter(locale=locale, **{f"{field}__in": values}))


def _planned_date(offer, first, last):
    """The offer's first session in the period, or a day three weeks from now."""
    for session in offer.upcoming_sessions():
        day = timezone.localtime(session.start).date()
        if first <= day <= last:
            return day
    return timezone.localdate() + timedelta(days=21)


def build_needs_demo(context):
    log = context.log
    locale = context.locale_nl
    user = get_user_model().objects.filter(email=DEMO_SCHOOL_MEMBER).first()
    profile = getattr(user, "profile", None) if user else None
    school = profile.verified_school if profile else None
    if school is None:
        log("Hulpvragen: geen geverifieerd demo-schoollid; overgeslagen")
        return
    year = SchoolYear.containing(timezone.localdate())
    for spec in NEEDS:
        need, created = NeedProfile.objects.get_or_create(
            school=school,
            title=spec["title"],
            defaults={
                "created_by": user,
                "budget": spec["budget"],
                "only_free_or_funded": spec["only_free_or_funded"],
                "school_time": spec["school_time"],
                "description": spec["description"],
                "period_start": max(timezone.localdate(), year.first_day),
                "period_end": year.last_day,
            },
        )
        if created:
            need.themes.set(_dutch(Theme, locale, spec["themes"]))
            need.target_groups.set(_dutch(TargetGroup, locale, spec["groups"]))
            need.learning_areas.set(_dutch(LearningArea, locale, spec["areas"]))
            need.curriculum_goals.set(_dutch(CurriculumGoal, locale, spec["goals"], "number"))
            need.funding_schemes.set(
                FundingSchemePage.objects.filter(locale=locale, slug__in=spec["schemes"])
            )
        for slug, status in spec["shortlist"]:
            offer = OfferPage.objects.live().filter(locale=locale, slug=slug).first()
            if offer is None:
                continue
            planned = status == ShortlistItem.Status.PLANNED
            ShortlistItem.objects.get_or_create(
                school=school,
                need=need,
                offer=offer,
                defaults={
                    "status": status,
                    "added_by": user,
                    "planned_date": (
                        _planned_date(offer, need.period_start, need.period_end)
                        if planned
                        else None
                    ),
                },
            )
    SchoolPlanFeed.for_school(school)
    log(f"Hulpvragen en keuzelijst van {school.name} klaar")
