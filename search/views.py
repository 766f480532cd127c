from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from .chips import clear_all_url, filter_chips
from .engines import run_search
from .query import FACETS, RATING_PARAM, SORTS, SearchQuery


def _page_links(request, response):
    """Numbers around the current page, as links that keep every filter."""
    params = request.GET.copy()
    links = []
    for number in Paginator(
        range(response.total or 1), response.query.page_size
    ).get_elided_page_range(response.page, on_each_side=2, on_ends=1):
        if isinstance(number, int):
            params["pagina"] = number
            links.append(
                {
                    "number": number,
                    "url": "?" + params.urlencode(),
                    "current": number == response.page,
                }
            )
        else:
            links.append({"number": None})
    return links


def search_context(
    request, *, kind=None, sorts=SORTS, default_sort=None, page_size=None, prefetch=()
):
    """The context of the search form (search/includes/search_form.html): for the search page,
    or for a listing page that shows one `kind` of content through the same engine. A listing
    fixes the kind; everything else is the search page's GET parameters."""
    params = request.GET.copy()
    if kind:
        params.setlist("soort", [kind])
    if default_sort and "sorteer" not in params:
        params["sorteer"] = default_sort
    if page_size and "per_pagina" not in params:
        params["per_pagina"] = str(page_size)
    query = SearchQuery.from_params(params, translation.get_language())
    response = run_search(query)
    if kind:
        response.facets = [group for group in response.facets if group.name != "kind"]
        _attach_pages(response.hits, prefetch)
    params_without_page = request.GET.copy()
    params_without_page.pop("pagina", None)
    chosen = [name for name in query.filters if not (kind and name == "kind")]
    chips = filter_chips(request.GET, response, fixed_params=("soort",) if kind else ())
    return {
        "response": response,
        "query": query,
        "sorts": {value: label for value, label in SORTS.items() if value in sorts},
        "page_links": _page_links(request, response),
        "filtered": bool(chosen or query.min_rating),
        "chips": chips,
        "clear_url": clear_all_url(request.GET),
        "base_query": params_without_page.urlencode(),
        "rating_param": RATING_PARAM,
        "kind_fixed": kind,
        # Listing cards mark pages shown in another language than the visitor's.
        "active_locale_id": Locale.get_active().pk if kind else None,
    }


def _attach_pages(hits, prefetch):
    """Listings show cards with more than a hit holds: the page behind each hit, in bulk,
    with the relations its card shows (`prefetch`)."""
    page_ids = {hit.key: int(hit.key[5:]) for hit in hits if hit.key.startswith("page:")}
    pages = Page.objects.filter(pk__in=page_ids.values()).specific().prefetch_related(*prefetch)
    pages = {page.pk: page for page in pages}
    for hit in hits:
        hit.page = pages.get(page_ids.get(hit.key))


@require_GET
def search_page(request):
    return render(request, "search/search_page.html", search_context(request))


def _hit_json(hit):
    return {
        "key": hit.key,
        "kind": hit.kind,
        "title": hit.title,
        "url": hit.url,
        "summary": hit.summary,
        "highlight": str(hit.highlight),
        "score": hit.score,
        "published_at": hit.published_at.isoformat() if hit.published_at else None,
        "rating_average": hit.rating_average,
        "rating_count": hit.rating_count,
    }


@require_GET
def search_api(request):
    """Read-only JSON of the same search: parameters as on the search page, plus `taal`."""
    language = request.GET.get("taal", settings.LANGUAGE_CODE)
    if language not in dict(settings.LANGUAGES):
        return JsonResponse(
            {"errors": [f"Unknown language '{language[:10]}'; use nl or en."]}, status=400
        )
    with translation.override(language):
        query = SearchQuery.from_params(request.GET, language)
        if query.errors:
            return JsonResponse({"errors": [str(error) for error in query.errors]}, status=400)
        response = run_search(query)
        return JsonResponse(
            {
                "engine": response.engine,
                "note": str(response.note),
                "total": response.total,
                "page": response.page,
                "num_pages": response.num_pages,
                "page_size": query.page_size,
                "results": [_hit_json(hit) for hit in response.hits],
                "facets": [
                    {
                        "name": group.name,
                        "param": group.param,
                        "label": str(group.label),
                        "options": [_option_json(option) for option in group.options],
                    }
                    for group in response.facets
                ],
                "parameters": {
                    "q": "text, at most 200 characters",
                    **{spec.param: f"{spec.name} value(s), repeatable" for spec in FACETS},
                    RATING_PARAM: "minimum rating: 2, 3 or 4",
                    "sorteer": "|".join(SORTS),
                    "pagina": "page number from 1",
                    "per_pagina": "results per page, at most 50",
                    "taal": "nl or en",
                },
            }
        )


def _option_json(option):
    return {
        "value": option.value,
        "label": str(option.label),
        "count": option.count,
        "selected": option.selected,
        "children": [_option_json(child) for child in option.children],
    }
