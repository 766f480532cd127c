"""What offers and funding schemes put in the site search: their kinds, facets and ranking
signals (`SEARCH`, listed in settings.SEARCH_DECLARATIONS) and how a page becomes a document."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.models.taxonomy import localized_terms
from offers.models import (
    AccreditationLevel,
    FunderKind,
    FundingSchemePage,
    OfferPage,
    OfferType,
    SchoolTime,
)
from search.declarations import (
    GOAL,
    LEARNING_AREA,
    REGION,
    TARGET_GROUP,
    THEME,
    Declaration,
    FacetSpec,
    Kind,
)
from search.pages import live, page_document, parent_title, register_pages
from search.sources import region_facets, taxonomy_facets

FUNDING_LABELS = {
    "free": _("Gratis"),
    "paid": _("Betaald"),
    "scheme": _("Te betalen uit een regeling"),
}
ACCREDITATION_RANKS = {"none": 0, "described": 1, "substantiated": 2, "proven": 3}
REACH_RANKS = {"local": 0, "regional": 1, "national": 2}
SCHOOL_TIMES = {"during": ["during"], "after": ["after"], "both": ["during", "after"]}


def offer_document(page):
    if not live(page):
        return None
    regions = list(page.regions.all())
    # all() and not live(): a rebuild prefetches the relation.
    schemes = [scheme for scheme in page.funding_schemes.all() if scheme.live]
    funding = [("funding", "free" if page.is_free else "paid")]
    if schemes:
        funding.append(("funding", "scheme"))
    funding = [(name, value, FUNDING_LABELS[value]) for name, value in funding]
    facets = [
        *taxonomy_facets("theme", localized_terms(page.themes.all(), page.locale)),
        *taxonomy_facets("learning_area", localized_terms(page.learning_areas.all(), page.locale)),
        *taxonomy_facets(
            "goal",
            localized_terms(page.curriculum_goals.all(), page.locale),
            value=lambda goal: goal.number,
        ),
        *taxonomy_facets("target_group", localized_terms(page.target_groups.all(), page.locale)),
        *region_facets(regions),
        ("offer_type", page.offer_type, page.get_offer_type_display()),
        ("accreditation", page.accreditation_level, page.get_accreditation_level_display()),
        *[
            ("school_time", value, SchoolTime(value).label)
            for value in SCHOOL_TIMES.get(page.school_time, [])
        ],
        *funding,
        *[("scheme", scheme.slug, scheme.title) for scheme in schemes],
    ]
    return page_document(
        page,
        "offer",
        text_fields=("summary", "description", "replaces_text", "suitability_notes"),
        facets=facets,
        summary=page.summary,
        # The provider's name: teachers search for organisations they know.
        keywords=parent_title(page),
        rating_average=float(page.rating_average) if page.rating_average is not None else None,
        rating_count=page.rating_count,
        # An offer nobody reviewed yet has the prior of the Bayesian average, like any offer
        # whose reviews were all removed.
        rating_score=page.rating_score if page.rating_count else settings.REVIEW_PRIOR_MEAN,
        accreditation_rank=ACCREDITATION_RANKS.get(page.accreditation_level, 0),
        reach_rank=REACH_RANKS.get(page.reach, 2),
        is_national=page.reach == "national",
        has_dates=bool(page.sessions.all()),
        payable_from_scheme=bool(schemes),
    )


def funding_document(page):
    if not live(page):
        return None
    facets = [
        *taxonomy_facets("theme", localized_terms(page.themes.all(), page.locale)),
        *region_facets(page.regions.all()),
        ("funder", page.funder_kind, page.get_funder_kind_display()),
    ]
    return page_document(
        page,
        "funding",
        text_fields=("funder_name", "summary", "description"),
        facets=facets,
        summary=page.summary,
        reach_rank=REACH_RANKS.get(page.reach, 2),
        is_national=page.reach == "national",
    )


def register_sources():
    taxonomy = ("themes", "learning_areas", "curriculum_goals", "target_groups", "regions")
    register_pages(
        OfferPage, "offer", offer_document, prefetch=(*taxonomy, "funding_schemes", "sessions")
    )
    register_pages(FundingSchemePage, "funding", funding_document, prefetch=("themes", "regions"))


SEARCH = Declaration(
    kinds=(
        Kind("offer", _("Aanbod"), meta_template="offers/includes/offer_hit_meta.html"),
        Kind("funding", _("Financieringsregeling")),
    ),
    facets=(
        THEME,
        REGION,
        FacetSpec(
            "funding", "financiering", _("Financiering"), FUNDING_LABELS.items, searchable=True
        ),
        FacetSpec("scheme", "regeling", _("Regeling"), searchable=True),
        FacetSpec(
            "offer_type", "type", _("Soort aanbod"), lambda: OfferType.choices, searchable=True
        ),
        LEARNING_AREA,
        GOAL,
        TARGET_GROUP,
        FacetSpec("accreditation", "erkenning", _("Erkenning"), lambda: AccreditationLevel.choices),
        FacetSpec(
            "school_time", "schooltijd", _("Onder of na schooltijd"), lambda: SchoolTime.choices
        ),
        FacetSpec(
            "funder", "financier", _("Soort financier"), lambda: FunderKind.choices, searchable=True
        ),
    ),
    signals=(
        "rating_average",
        "rating_count",
        "rating_score",
        "accreditation_rank",
        "reach_rank",
        "is_national",
        "has_dates",
        "payable_from_scheme",
    ),
    sources=register_sources,
)
