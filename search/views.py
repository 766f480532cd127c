"""The search page and its JSON API."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_GET

from . import service, terms
from .engines import snapshot
from .openapi import search_api_description
from .query import FACETS, RATING_PARAM, SORTS, SearchQuery
from .service import listing_context


@require_GET
def search_page(request):
    return render(request, "search/search_page.html", listing_context(request, defer_pages=True))


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
        response = service.search(query)
        return JsonResponse(
            {
                "engine": response.engine,
                "note": response.note,
                "unknown": [{"param": param, "value": value} for param, value in response.unknown],
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


SUGGESTIONS = 8


@require_GET
def suggest_api(request):
    """Words and titles for what is typed so far (`q`), for the search box as you type.
    Terms come from the index's vocabulary (so they find something), titles by their start."""
    language = request.GET.get("taal", settings.LANGUAGE_CODE)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    text = " ".join(request.GET.get("q", "").split())[:100]
    typed = terms.words(text)
    if not typed or len(typed[-1]) < 2:
        return JsonResponse({"q": text, "suggestions": []})
    head = " ".join(typed[:-1])
    vocab = terms.vocabulary(language)
    words = [f"{head} {word}".strip() for word in vocab.completions(typed[-1], limit=5)]
    titles = snapshot.current().titles_starting(text, language, SUGGESTIONS)
    suggestions = [{"text": word, "kind": "term"} for word in words]
    suggestions += [{"text": title, "kind": "title", "url": url} for title, url in titles]
    return JsonResponse({"q": text, "suggestions": suggestions[:SUGGESTIONS]})


@require_GET
def openapi_description(request):
    """The OpenAPI 3 description of the search API."""
    return JsonResponse(search_api_description(), json_dumps_params={"ensure_ascii": False})
