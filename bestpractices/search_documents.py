"""What best practices and Ontwikkelplek stories put in the site search: their kinds, facets
and ranking signals (`SEARCH`, listed in settings.SEARCH_DECLARATIONS) and their documents."""

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from bestpractices.models import (
    SPEARHEADS,
    STRENGTHS,
    BestPracticePage,
    OntwikkelplekPage,
    StoryUpdatePage,
)
from core.models.taxonomy import localized_terms
from search.declarations import REGION, TARGET_GROUP, THEME, Declaration, FacetSpec, Kind
from search.pages import live, page_document, register_pages
from search.sources import region_facets, taxonomy_facets


def flag_facets(name, flags, page):
    return [(name, flag.value, flag.label) for flag in flags if getattr(page, flag.field)]


def best_practice_document(page):
    if not live(page):
        return None
    facets = [
        *taxonomy_facets("theme", localized_terms(page.themes.all(), page.locale)),
        *taxonomy_facets("target_group", localized_terms(page.target_groups.all(), page.locale)),
        *region_facets(page.regions.all()),
        *flag_facets("strength", STRENGTHS, page),
    ]
    return page_document(
        page,
        "bestpractice",
        text_fields=(
            "organisation_name",
            "goal",
            "how_it_works",
            "what_it_brings",
            "success_conditions",
            "barriers_starting",
            "barriers_lasting",
            "body",
        ),
        facets=facets,
        summary=page.summary or Truncator(page.goal).words(40),
        is_national=page.is_national,
        reach_rank=2 if page.is_national else 1,
    )


def ontwikkelplek_document(page):
    if not live(page):
        return None
    regions = [page.municipality] if page.municipality_id else []
    facets = [
        *taxonomy_facets("theme", localized_terms(page.themes.all(), page.locale)),
        *region_facets(regions),
        *flag_facets("spearhead", SPEARHEADS, page),
    ]
    return page_document(
        page,
        "story",
        text_fields=("intro", "initiator", "schools", "partners", "story"),
        facets=facets,
        summary=page.summary or page.intro,
    )


def story_update_document(page):
    if not live(page):
        return None
    place = page.get_parent().specific
    regions = [place.municipality] if getattr(place, "municipality_id", None) else []
    themes = localized_terms(place.themes.all(), place.locale)
    facets = [*taxonomy_facets("theme", themes), *region_facets(regions)]
    return page_document(
        page,
        "story",
        text_fields=("intro", "body"),
        facets=facets,
        summary=page.summary or page.intro,
    )


def register_sources():
    register_pages(
        BestPracticePage,
        "bestpractice",
        best_practice_document,
        prefetch=("themes", "target_groups", "regions"),
    )
    register_pages(
        OntwikkelplekPage,
        "story",
        ontwikkelplek_document,
        prefetch=("themes", "municipality"),
    )
    register_pages(StoryUpdatePage, "story", story_update_document)


def flag_values(flags):
    return lambda: [(flag.value, flag.label) for flag in flags]


SEARCH = Declaration(
    kinds=(Kind("bestpractice", _("Goed voorbeeld")), Kind("story", _("Ontwikkelplek"))),
    facets=(
        THEME,
        TARGET_GROUP,
        REGION,
        FacetSpec("strength", "kracht", _("Kracht"), flag_values(STRENGTHS), searchable=True),
        FacetSpec(
            "spearhead", "speerpunt", _("Speerpunt"), flag_values(SPEARHEADS), searchable=True
        ),
    ),
    signals=("is_national", "reach_rank"),
    sources=register_sources,
)
