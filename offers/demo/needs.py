"""Demo needs of the demo school member: two needs and a shortlist of saved offers.

Runs after the catalogue and community demo steps (core.demo.steps). What is asked for,
planned and done comes from the demo requests (offers.bookings.demo), not from the shortlist.
Needs are found by school and title and shortlist items by school, need and offer, so a second
run changes nothing.
"""

from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from core.demo import load_data, terms
from core.models import CurriculumGoal, LearningArea, TargetGroup, Theme
from offers.calendar import SchoolYear
from offers.models import FundingSchemePage, NeedProfile, OfferPage, SchoolPlanFeed, ShortlistItem

DEMO_SCHOOL_MEMBER = "school@leercommunity.example"


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
    for spec in load_data("offers.demo", "needs"):
        need, created = NeedProfile.objects.get_or_create(
            school=school,
            title=spec["title"],
            defaults={
                "created_by": user,
                "pupils": spec.get("pupils"),
                "budget": Decimal(spec["budget"]) if spec["budget"] else None,
                "only_free_or_funded": spec["only_free_or_funded"],
                "school_time": spec["school_time"],
                "description": spec["description"],
                "period_start": max(timezone.localdate(), year.first_day),
                "period_end": year.last_day,
            },
        )
        if created:
            need.themes.set(terms(Theme, spec["themes"], locale))
            need.target_groups.set(terms(TargetGroup, spec["groups"], locale))
            need.learning_areas.set(terms(LearningArea, spec["areas"], locale))
            need.curriculum_goals.set(terms(CurriculumGoal, spec["goals"], locale, "number"))
            need.funding_schemes.set(
                FundingSchemePage.objects.filter(locale=locale, slug__in=spec["schemes"])
            )
        for slug in spec["shortlist"]:
            offer = OfferPage.objects.live().filter(locale=locale, slug=slug).first()
            if offer is None:
                continue
            ShortlistItem.objects.get_or_create(
                school=school, need=need, offer=offer, defaults={"added_by": user}
            )
    SchoolPlanFeed.for_school(school)
    log(f"Hulpvragen en keuzelijst van {school.name} klaar")
