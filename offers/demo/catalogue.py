"""Builders of the catalogue: funding schemes, providers and their offers, in both languages.

Pages are found by slug and left alone when they exist, so a second run changes nothing.
Session dates are relative to the day the demo is built, so the school-year calendar is never
empty.
"""

from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone
from wagtail.rich_text import RichText

from core.demo import add_child, load_data, monogram_image, terms, theme_image, translate
from core.models import CurriculumGoal, LearningArea, Region, TargetGroup, Theme
from offers.calendar import SchoolYear
from offers.demo.sessions import session_times
from offers.models import (
    FundingDeadline,
    FundingIndexPage,
    FundingSchemePage,
    OfferPage,
    OfferSession,
    ProviderIndexPage,
    ProviderPage,
)

DATA = "offers.demo"
# Keys of an offer's data that are not page fields: relations by slug, the session plan.
OFFER_RELATIONS = {"provider", "themes", "areas", "groups", "goals", "replaces", "schemes"}
OFFER_RELATIONS |= {"regions", "sessions", "session_weekday", "capacity", "en"}


ACCREDITATION_NL = (
    "Beoordeeld door de redactie aan de hand van de beschrijving, de onderbouwing en de "
    "ervaringen van scholen."
)
ACCREDITATION_EN = (
    "Assessed by the editors on the basis of the description, the evidence and the "
    "experiences of schools."
)


def _regions(slugs):
    return list(Region.objects.filter(slug__in=slugs).select_related("province"))


def build_schemes(funding_index, today):
    schemes = {}
    for data in load_data(DATA, "schemes"):
        data.pop("en", None)
        slug = data["slug"]
        themes = terms(Theme, data.pop("themes"))
        regions = _regions(data.pop("regions", []))
        deadline_in_days = data.pop("deadline_in_days", None)
        page = FundingSchemePage(
            **data,
            social_image=theme_image(themes[0].slug),
            listing_summary=data["summary"][:300],
            themes=themes,
            regions=regions,
            application_url=f"https://regelingen.example/{slug}",
        )
        if deadline_in_days:
            page.deadlines = [FundingDeadline(date=today + timedelta(days=deadline_in_days))]
        schemes[slug] = add_child(funding_index, page)
    return schemes


def build_providers(provider_index):
    providers = {}
    for data in load_data(DATA, "providers"):
        data.pop("en", None)
        regions = _regions(data.pop("regions", []))
        description = data.pop("description")
        page = ProviderPage(
            **data,
            logo=monogram_image(data["title"]),
            description=RichText(f"<p>{description}</p>"),
            listing_summary=description[:300],
            regions=regions,
        )
        providers[data["slug"]] = add_child(provider_index, page)
    return providers


def session_capacity(data, index, number):
    """Places of a demo session: the pupils a venue receives when the offer counts pupils
    ("capacity" in the data: a museum takes 60), otherwise one to three classes."""
    if data.get("capacity_unit") == "pupils":
        return data["capacity"]
    return 1 + (index + number) % 3


def build_offers(providers, schemes, today):
    goals_nl = {
        goal.number: goal for goal in CurriculumGoal.objects.filter(locale__language_code="nl")
    }
    offers = {}
    for index, data in enumerate(load_data(DATA, "offers")):
        provider_slug = data["provider"]
        fields = {key: value for key, value in data.items() if key not in OFFER_RELATIONS}
        if "price" in fields:
            fields["price"] = Decimal(fields["price"])
        regions = _regions(data.get("regions", []))
        page = OfferPage(
            **fields,
            social_image=theme_image(data["themes"][0]),
            listing_summary=data["summary"][:300],
            themes=terms(Theme, data["themes"]),
            learning_areas=terms(LearningArea, data["areas"]),
            target_groups=terms(TargetGroup, data["groups"]),
            curriculum_goals=[goals_nl[n] for n in data["goals"]],
            replaces_goals=[goals_nl[n] for n in data.get("replaces", [])],
            regions=regions,
            funding_schemes=[schemes[slug] for slug in data.get("schemes", [])],
            booking_email=f"aanmelden@{provider_slug}.example",
            accreditation_date=today - timedelta(days=60)
            if data.get("accreditation_level")
            else None,
        )
        if page.accreditation_level:
            page.accreditation_justification = ACCREDITATION_NL
        page.sessions = [
            OfferSession(
                start=start,
                end=end,
                # No place of its own: the page shows its (translated) location or "at school".
                place="",
                capacity=session_capacity(data, index, number),
            )
            for number, (start, end) in enumerate(session_times(data, regions, index, today))
        ]
        offers[data["slug"]] = add_child(providers[provider_slug], page)
    return offers


def translate_all(pages, name, locale, prepare):
    """The English translation of each page in data file `name` that has an `en` part."""
    for data in load_data(DATA, name):
        english = data.get("en")
        if english:
            translate(pages[data["slug"]], locale, **prepare(data, english))


def _provider_english(data, fields):
    fields = {**fields, "logo": monogram_image(data["title"], "en")}
    if "description" in fields:
        fields["description"] = RichText(f"<p>{fields['description']}</p>")
    return fields


def _scheme_english(data, fields):
    return {**fields, "social_image": theme_image(data["themes"][0], "en")}


def _offer_english(data, fields):
    fields = {**fields, "social_image": theme_image(data["themes"][0], "en")}
    fields.setdefault("accreditation_justification", ACCREDITATION_EN)
    return fields


def build_offers_demo(context):
    log = context.log
    today = timezone.localdate()
    locale_en = context.locale_en
    indexes = load_data(DATA, "indexes")
    funding = indexes["funding"]
    funding_nl = add_child(
        context.home_nl, FundingIndexPage(**{k: v for k, v in funding.items() if k != "en"})
    )
    catalogue = indexes["providers"]
    index_nl = add_child(
        context.home_nl, ProviderIndexPage(**{k: v for k, v in catalogue.items() if k != "en"})
    )
    translate(funding_nl, locale_en, **funding["en"])
    translate(index_nl, locale_en, **catalogue["en"])

    schemes = build_schemes(funding_nl, today)
    providers = build_providers(index_nl)
    offers = build_offers(providers, schemes, today)

    translate_all(schemes, "schemes", locale_en, _scheme_english)
    translate_all(providers, "providers", locale_en, _provider_english)
    translate_all(offers, "offers", locale_en, _offer_english)
    log(
        f"Ontwikkelplaats: {len(providers)} aanbieders, {len(offers)} aanbiedingen, "
        f"{len(schemes)} regelingen"
    )
    return {"providers": providers, "offers": offers, "schemes": schemes}


def dates_are_current(today: date | None = None):
    """Whether the demo has sessions in the current school year (used by tests)."""
    year = SchoolYear.containing(today or timezone.localdate())
    start, end = year.bounds()
    return OfferSession.objects.filter(start__gte=start, start__lt=end).exists()
