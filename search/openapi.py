"""The OpenAPI 3 description of the search API (/api/v1/search/), served at
/api/v1/openapi.json and used by the schemathesis run in the test suite."""

from django.conf import settings
from django.utils import translation

from .declarations import KINDS
from .query import (
    FACETS,
    MAX_PAGE,
    MAX_PAGE_SIZE,
    MAX_QUERY_LENGTH,
    MAX_VALUES_PER_FACET,
    RATING_OPTIONS,
    SORTS,
)


def _nullable(kind, **extra):
    return {"type": kind, "nullable": True, **extra}


STRING = {"type": "string"}
OPTION = {
    "type": "object",
    "required": ["value", "label", "count", "selected", "children"],
    "properties": {
        "value": STRING,
        "label": STRING,
        "count": {"type": "integer", "minimum": 0},
        "selected": {"type": "boolean"},
        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Option"}},
    },
}
HIT = {
    "type": "object",
    "required": ["key", "kind", "title", "url"],
    "properties": {
        "key": STRING,
        "kind": STRING,
        "title": STRING,
        "url": STRING,
        "summary": _nullable("string"),
        "highlight": STRING,
        "score": _nullable("number"),
        "published_at": _nullable("string", format="date-time"),
        "rating_average": _nullable("number"),
        "rating_count": _nullable("integer"),
    },
}
RESULTS = {
    "type": "object",
    "required": ["engine", "total", "page", "num_pages", "page_size", "results", "facets"],
    "properties": {
        "engine": {"type": "string", "enum": ["database", "elasticsearch"]},
        "note": STRING,
        "unknown": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"param": STRING, "value": STRING},
            },
        },
        "total": {"type": "integer", "minimum": 0},
        "page": {"type": "integer", "minimum": 1},
        "num_pages": {"type": "integer", "minimum": 0},
        "page_size": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
        "results": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
        "facets": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "param", "label", "options"],
                "properties": {
                    "name": STRING,
                    "param": STRING,
                    "label": STRING,
                    "options": {"type": "array", "items": {"$ref": "#/components/schemas/Option"}},
                },
            },
        },
        "parameters": {"type": "object", "additionalProperties": STRING},
    },
}
ERRORS = {
    "type": "object",
    "required": ["errors"],
    "properties": {"errors": {"type": "array", "items": STRING, "minItems": 1}},
}


def _parameter(name, schema, description, explode=True):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
        "style": "form",
        "explode": explode,
    }


SHOWN_VALUES = 12  # facets with more values (taxonomy, goals) point to the responses


def facet_description(spec):
    """What the content apps declared about a facet: its label, and its values when they are
    the site's own choices (the taxonomy's terms are content, listed by the responses)."""
    with translation.override("en"):
        if spec.name == "kind":
            values = [(kind.name, kind.label) for kind in KINDS.values()]
        else:
            fixed = spec.values and not getattr(spec.values, "reads_database", False)
            values = list(spec.values()) if fixed else []
        text = f"{spec.label} ({spec.name}): one or more values, repeated"
        if values and len(values) <= SHOWN_VALUES:
            listed = ", ".join(f"{value} ({label})" for value, label in values)
            return f"{text}. Values: {listed}."
        return f"{text} (the facets in a response list them)."


def search_api_description():
    facet_parameters = [
        _parameter(
            spec.param,
            {"type": "array", "items": STRING, "maxItems": MAX_VALUES_PER_FACET},
            facet_description(spec),
        )
        for spec in FACETS
    ]
    parameters = [
        _parameter(
            "q",
            {"type": "string", "maxLength": MAX_QUERY_LENGTH},
            f"Words to search for, at most {MAX_QUERY_LENGTH} characters.",
        ),
        *facet_parameters,
        _parameter(
            "waardering",
            {"type": "integer", "enum": list(RATING_OPTIONS)},
            "Only offers rated at least this many stars.",
        ),
        _parameter("sorteer", {"type": "string", "enum": list(SORTS)}, "Order of the results."),
        _parameter(
            "pagina",
            {"type": "integer", "minimum": 1, "maximum": MAX_PAGE},
            "Page number; past the last page, the last page is shown.",
        ),
        _parameter(
            "per_pagina",
            {"type": "integer", "minimum": 1},
            f"Results per page; more than {MAX_PAGE_SIZE} gives {MAX_PAGE_SIZE}.",
        ),
        _parameter(
            "taal",
            {"type": "string", "enum": [code for code, _name in settings.LANGUAGES]},
            "Language of the content and labels.",
        ),
    ]
    json_of = lambda ref: {"application/json": {"schema": {"$ref": ref}}}  # noqa: E731
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Leercommunity & Ontwikkelplaats: search",
            "version": "1",
            "description": (
                "Faceted search over offers, funding schemes, best practices, Ontwikkelplek "
                "stories and discussions: the same search as the site's search page, as JSON."
            ),
        },
        "paths": {
            "/api/v1/search/": {
                "get": {
                    "operationId": "search",
                    "summary": "Search with facets and counts",
                    "parameters": parameters,
                    "responses": {
                        "200": {
                            "description": "Results, facets with counts, and notes",
                            "content": json_of("#/components/schemas/Results"),
                        },
                        "400": {
                            "description": "A parameter that cannot be read, with a message",
                            "content": json_of("#/components/schemas/Errors"),
                        },
                    },
                }
            }
        },
        "components": {
            "schemas": {"Results": RESULTS, "Hit": HIT, "Option": OPTION, "Errors": ERRORS}
        },
    }
