"""What a search asks for and what it answers, the same for both engines.

Filters are plain GET parameters with Dutch names in both languages, so that a filtered page
is a shareable link; every listing uses these names and value forms (regions by CBS code).
Malformed values are dropped and reported in `errors` (the HTML page shows them as a note, the
JSON API answers 400); values that name nothing are dropped by the service and named in the
response's note.
"""

import hashlib
from dataclasses import dataclass, field

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.numbers import parse_int

# The facets and kinds the content apps declared (search.declarations), filled in place.
from .declarations import (  # noqa: F401
    FACETS,
    FACETS_BY_NAME,
    FacetSpec,
    kind_label,
    meta_template,
)

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 30
MAX_PAGE = 1000
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 50


RATING_PARAM = "waardering"
RATING_OPTIONS = (4, 3, 2)  # "at least N stars"
SORTS = {
    "relevantie": _("Relevantie"),
    "nieuwste": _("Nieuwste eerst"),
    "waardering": _("Best gewaardeerd"),
    "titel": _("Titel (A-Z)"),
}


@dataclass
class SearchQuery:
    language: str = "nl"
    text: str = ""
    filters: dict = field(default_factory=dict)  # facet name -> list of values
    min_rating: int | None = None
    sort: str = "relevantie"
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE
    needs_funding: bool = False
    # Only these entry keys (a listing's own restriction, such as offers with dates in a
    # school year); None for no restriction.
    within: tuple | None = None
    # False: an entry needs only some of the words (the service asks this when no entry
    # has them all).
    every_word: bool = True
    errors: list = field(default_factory=list)

    @property
    def region_filtered(self):
        return bool(self.filters.get("region"))

    @classmethod
    def from_params(cls, params, language):
        query = cls(language=language)
        text = " ".join(params.get("q", "").split())
        if len(text) > MAX_QUERY_LENGTH:
            query.errors.append(
                _("De zoekvraag is ingekort tot %(n)s tekens.") % {"n": MAX_QUERY_LENGTH}
            )
            text = text[:MAX_QUERY_LENGTH]
        query.text = text
        for spec in FACETS:
            values = [v.strip() for v in params.getlist(spec.param) if v.strip()]
            values = [v for v in dict.fromkeys(values) if len(v) <= 100]
            if len(values) > MAX_VALUES_PER_FACET:
                query.errors.append(_("Te veel waarden voor filter '%(p)s'.") % {"p": spec.param})
                values = values[:MAX_VALUES_PER_FACET]
            if values:
                query.filters[spec.name] = values
        rating = params.get(RATING_PARAM)
        if rating:
            if parse_int(rating) in RATING_OPTIONS:
                query.min_rating = parse_int(rating)
            else:
                query.errors.append(_("Onbekende minimale waardering genegeerd."))
        sort = params.get("sorteer")
        if sort:
            if sort in SORTS:
                query.sort = sort
            else:
                query.errors.append(_("Onbekende sortering genegeerd."))
        page = params.get("pagina")
        if page:
            if parse_int(page, minimum=1, maximum=MAX_PAGE) is not None:
                query.page = parse_int(page)
            else:
                query.errors.append(_("Ongeldig paginanummer; de eerste pagina wordt getoond."))
        size = params.get("per_pagina")
        if size:
            if parse_int(size, minimum=1) is not None:
                query.page_size = min(parse_int(size), MAX_PAGE_SIZE)
            else:
                query.errors.append(_("Ongeldig aantal per pagina genegeerd."))
        query.needs_funding = params.get("financiering_nodig") == "1"
        return query


@dataclass
class Hit:
    key: str
    kind: str
    title: str
    url: str
    summary: str
    highlight: str  # safe HTML: escaped text with <mark> around matches
    score: float
    published_at: object = None
    rating_average: float | None = None
    rating_count: int = 0
    page: object = None  # the page behind the hit, set by listings that show cards

    @property
    def kind_label(self):
        return kind_label(self.kind)

    @property
    def fragment_key(self):
        """What a result card shows of the hit (core.fragments); the page behind it is
        covered by the site's version."""
        shown = (self.key, self.kind, self.title, self.url, self.summary, self.highlight)
        shown += (self.published_at, self.rating_average, self.rating_count)
        return hashlib.blake2b(repr(shown).encode(), digest_size=10).hexdigest()

    @property
    def meta_template(self):
        return meta_template(self.kind)


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False
    children: list = field(default_factory=list)

    @property
    def child_selected(self):
        return any(child.selected for child in self.children)


@dataclass
class FacetGroup:
    name: str
    param: str
    label: str
    options: list


@dataclass
class SearchResponse:
    query: SearchQuery
    hits: list
    total: int
    page: int
    num_pages: int
    facets: list
    engine: str
    notes: list = field(default_factory=list)
    unknown: list = field(default_factory=list)  # [(param, value)] that named nothing
    every_word: bool = True  # False: these hits hold some of the words, none holds them all

    @property
    def note(self):
        return " ".join(str(note) for note in self.notes)

    @cached_property
    def facets_digest(self):
        """The facets as shown (labels, counts, choices), digested: part of the filter form's
        key (search_tags.facet_form_key). Read once the facets are final; a response kept in
        the cache (the calendar's data) brings it along instead of digesting them again."""
        return hashlib.blake2b(repr(self.facets).encode(), digest_size=16).hexdigest()
