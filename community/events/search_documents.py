"""What events put in the site search (declared in settings.SEARCH_DECLARATIONS): a kind of their
own, with their themes and the regions of the event and its sessions as facets."""

from django.utils.translation import gettext_lazy as _

from core.models.taxonomy import localized_terms
from search.declarations import REGION, THEME, Declaration, Kind
from search.pages import live, page_document, register_pages
from search.sources import region_facets, taxonomy_facets

from .models import EventPage


def event_document(page):
    if not live(page) or page.network_id:
        # A network's own events are for its members: not in the public search.
        return None
    regions = [page.region] if page.region_id else []
    regions += [s.municipality for s in page.sessions.all() if s.municipality_id]
    facets = [
        *taxonomy_facets("theme", localized_terms(page.themes.all(), page.locale)),
        *region_facets(regions),
    ]
    return page_document(
        page,
        "event",
        text_fields=("intro", "audience", "speakers", "programme"),
        facets=facets,
        summary=page.listing_summary or page.intro,
        is_national=page.region_id is None,
        reach_rank=2 if page.region_id is None else 1,
    )


def register():
    register_pages(
        EventPage, "event", event_document, prefetch=("themes", "region", "sessions__municipality")
    )


SEARCH = Declaration(
    kinds=(Kind("event", _("Bijeenkomst")),),
    facets=(THEME, REGION),
    signals=("is_national", "reach_rank"),
    sources=register,
)
