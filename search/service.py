"""The search service: what listing pages, the search page, the API and matching call.

`search(query)` answers a SearchQuery; `listing_context(request, kind=...)` is the context of
the facet form component (templates/components/facet_form.html) for the search page and for
listing pages that show one kind of content.

It prepares a query (values that name nothing are dropped and reported), asks the engine
(Elasticsearch when configured and answering, else the database), clamps the page once, and
builds the facet groups with labels in the visitor's language, the same for both engines.
"""

import dataclasses
import logging
import math

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from elasticsearch import ApiError, TransportError
from wagtail.models import Page

from core.locales import active_locale
from core.models import Region
from core.pagination import page_links

from . import breaker, suggestions
from .engines.base import Engine, EngineResult
from .engines.database import DatabaseEngine
from .labels import facet_labels, named_values, popular_values
from .query import (
    FACETS_BY_NAME,
    RATING_PARAM,
    SORTS,
    FacetOption,
    SearchQuery,
    SearchResponse,
)
from .results import build_facets
from .sources import parse_key

logger = logging.getLogger(__name__)

KEYS_LIMIT = 10_000  # listings that show every match (the calendar) ask for at most this many


def configured_engine() -> Engine:
    if settings.ELASTICSEARCH_URL:
        from .engines.elastic import ElasticsearchEngine  # the client only when configured

        return ElasticsearchEngine()
    return DatabaseEngine()


def configured_engine_name():
    """The name of the engine that answers when nothing fails (a response from another is a
    fallback's)."""
    return "elasticsearch" if settings.ELASTICSEARCH_URL else DatabaseEngine.name


def prepare(query):
    """(the query with only values that name something, labels, [(param, value)] dropped)."""
    labels = facet_labels(query.language)
    named = named_values(query.language)
    filters, unknown = {}, []
    for name, values in query.filters.items():
        if name == "region":
            valid = set(Region.objects.filter(code__in=values).values_list("code", flat=True))
        else:
            valid = labels.get(name, {}).keys() | named.get(name, {}).keys()
        kept = [value for value in values if value in valid]
        unknown += [(FACETS_BY_NAME[name].param, v) for v in values if v not in valid]
        if kept:
            filters[name] = kept
        # A chosen value no entry carries yet still shows, with its name, to be unticked.
        for value in kept:
            if value not in labels.get(name, {}) and value in named.get(name, {}):
                labels.setdefault(name, {})[value] = named[name][value]
    return dataclasses.replace(query, filters=filters), labels, unknown


def _run(engine, method, query, *args):
    """Call the engine; when the cluster fails, or failed often just now (the breaker is
    open), the database answers with a note."""
    uses_cluster = engine.name == "elasticsearch"
    if uses_cluster and breaker.is_open():
        return _from_database(method, query, args)
    try:
        result = getattr(engine, method)(query, *args)
    except (TransportError, ApiError) as error:
        logger.warning("Elasticsearch unavailable, using the database engine: %s", error)
        breaker.record_failure()
        return _from_database(method, query, args)
    if uses_cluster:
        breaker.record_success()
    return engine, result, []


def _from_database(method, query, args):
    note = _(
        "De zoekmachine is even niet bereikbaar; deze resultaten komen uit de "
        "eenvoudige zoekfunctie en kunnen iets anders geordend zijn."
    )
    fallback = DatabaseEngine()
    return fallback, getattr(fallback, method)(query, *args), [note]


def search(query: SearchQuery, engine: Engine | None = None) -> SearchResponse:
    prepared, labels, unknown = prepare(query)
    engine, result, notes = _run(engine or configured_engine(), "run", prepared)
    if not result.total and prepared.every_word and len(prepared.text.split()) > 1:
        # Nothing holds every word: the entries with most of them instead of nothing.
        prepared = dataclasses.replace(prepared, every_word=False)
        engine, result, more = _run(engine, "run", prepared)
        notes += more
        if result.total:
            notes.append(
                _("Niets gevonden met al uw woorden; dit zijn resultaten met een deel ervan.")
            )
    num_pages = max(1, math.ceil(result.total / prepared.page_size))
    if prepared.page > num_pages:
        # Past the end: show the last page.
        prepared = dataclasses.replace(prepared, page=num_pages)
        engine, result, more = _run(engine, "run", prepared)
        notes += more
    if unknown:
        notes.append(unknown_note(unknown))
    response = response_for(prepared, result, labels, engine.name, notes, unknown, num_pages)
    response.every_word = prepared.every_word
    return response


def response_for(query, result: EngineResult, labels, engine_name, notes, unknown, num_pages):
    return SearchResponse(
        query=query,
        hits=result.hits,
        total=result.total,
        page=query.page,
        num_pages=num_pages,
        facets=build_facets(
            query,
            query.filters,
            labels,
            result.counts,
            result.national_count,
            result.rating_counts,
        ),
        engine=engine_name,
        notes=notes,
        unknown=unknown,
    )


def unknown_note(unknown):
    values = ", ".join(f"{param}={value[:40]}" for param, value in unknown[:5])
    return _("Niet gevonden en daarom genegeerd: %(values)s.") % {"values": values}


def count(query):
    """How many entries the link to `query` shows (for suggestion links): asked as the link
    asks, with every word first and with some of them only when none holds them all, never
    with the "some words" of the page the link is on."""
    query = dataclasses.replace(query, page=1, page_size=1, every_word=True)
    prepared, _labels, _unknown = prepare(query)
    engine, result, _notes = _run(configured_engine(), "run", prepared)
    if not result.total and len(prepared.text.split()) > 1:
        prepared = dataclasses.replace(prepared, every_word=False)
        _engine, result, _notes = _run(engine, "run", prepared)
    return result.total


def popular_themes(query):
    """The theme options of everything of the query's kind, most used first."""
    labels = facet_labels(query.language).get("theme", {})
    rows = popular_values(query.language, "theme", tuple(query.filters.get("kind", ())))
    return [FacetOption(value, labels.get(value, value), n) for value, n in rows]


def matching_keys(query: SearchQuery, limit=KEYS_LIMIT):
    """The keys of every entry matching `query` (filters prepared as in `search`)."""
    prepared, _labels, _unknown = prepare(query)
    _engine, keys, _notes = _run(configured_engine(), "keys", prepared, limit)
    return keys


def attach_pages(hits, prefetch=()):
    """Listings show cards with more than a hit holds: the page behind each hit, in bulk,
    with the relations its card shows (`prefetch`)."""
    page_ids = {}
    for hit in hits:
        prefix, pk = parse_key(hit.key)
        if prefix == "page" and pk is not None:
            page_ids[hit.key] = pk
    pages = Page.objects.filter(pk__in=page_ids.values()).specific().prefetch_related(*prefetch)
    pages = {page.pk: page for page in pages}
    for hit in hits:
        hit.page = pages.get(page_ids.get(hit.key))


def listing_context(
    request,
    *,
    kind=None,
    sorts=SORTS,
    default_sort=None,
    page_size=None,
    prefetch=(),
    within=None,
    hidden_facets=(),
    defer_pages=False,
    prepare=None,
):
    """A listing fixes the kind (and may restrict to `within` keys and hide facets that say
    nothing on it); everything else is the visitor's GET parameters.

    `defer_pages`: the pages behind the hits are loaded only for the result cards the shared
    cache does not hold (`prepare_hits` in the context, for `{% render_each %}`), then handed
    to `prepare(pages)`; otherwise they are on the hits on return."""
    params = request.GET.copy()
    if kind:
        params.setlist("soort", [kind])
    if default_sort and "sorteer" not in params:
        params["sorteer"] = default_sort
    if page_size and "per_pagina" not in params:
        params["per_pagina"] = str(page_size)
    query = SearchQuery.from_params(params, translation.get_language())
    if within is not None:
        query.within = tuple(within)
    response = search(query)
    hidden = {"kind", *hidden_facets} if kind else set(hidden_facets)
    response.facets = [group for group in response.facets if group.name not in hidden]

    def prepare_hits(hits):
        if not kind:
            # The search page shows the facts of the kinds that declare them (an offer's
            # place and price): the pages behind those hits only.
            hits = [hit for hit in hits if hit.meta_template]
        attach_pages(hits, prefetch)
        if prepare is not None:
            prepare([hit.page for hit in hits if hit.page is not None])

    prepare_hits.do_not_call_in_templates = True  # handed to {% render_each %} as it is
    if not defer_pages:
        prepare_hits(response.hits)
    params_without_page = request.GET.copy()
    params_without_page.pop("pagina", None)
    chosen = [name for name in response.query.filters if not (kind and name == "kind")]
    help = None
    if (not response.total and (response.query.text or chosen)) or not response.every_word:
        help = suggestions.zero_result_help(
            request.GET, response, count, lambda: popular_themes(response.query)
        )
    return {
        "help": help,
        # The help names its own spelling with a count; the line above the results would
        # say it a second time.
        "did_you_mean": (
            suggestions.did_you_mean(response.query) if response.total and not help else ""
        ),
        "response": response,
        "query": response.query,
        "sorts": {value: label for value, label in SORTS.items() if value in sorts},
        "page_links": page_links(request.GET, response.page, response.num_pages),
        "filtered": bool(chosen or response.query.min_rating),
        "base_query": params_without_page.urlencode(),
        "rating_param": RATING_PARAM,
        "kind_fixed": kind,
        "prepare_hits": prepare_hits if defer_pages else None,
        # Listing cards mark pages shown in another language than the visitor's.
        "active_locale_id": active_locale().pk if kind else None,
    }
