"""Hostile values in every parameter of every listing: a page, a note or a 400, never a 500.

Runs on whichever database the suite runs on (SQLite by default, PostgreSQL with
DATABASE_URL): a NUL byte, for one, is harmless in SQLite and a DataError in PostgreSQL.
"""

import pytest
from django.db import transaction
from wagtail.models import Page

from core.demo import build_demo
from search.query import FACETS, RATING_PARAM

SEARCH_PARAMS = ["q", *[spec.param for spec in FACETS], RATING_PARAM, "sorteer", "pagina"]
SEARCH_PARAMS += ["per_pagina", "next"]
CALENDAR_PARAMS = ["schooljaar", "thema", "regio", "type", "doelgroep", "leergebied", "kerndoel"]
CALENDAR_PARAMS += ["financiering", "erkenning", "schooltijd"]
API_V2_PARAMS = ["type", "fields", "search", "search_operator", "offset", "limit", "order"]
API_V2_PARAMS += ["first_published_at", "locale", "child_of", "descendant_of", "id", "slug"]
API_V2_PARAMS += ["title", "translation_of", "show_in_menus", "has_children"]

# Listing path -> the parameters it reads; None means "the page of this model, found in the demo".
LISTINGS = {
    "/zoeken/": SEARCH_PARAMS,
    "/en/search/": SEARCH_PARAMS,
    "/api/v1/search/": [*SEARCH_PARAMS, "taal"],
    "/api/v2/pages/": API_V2_PARAMS,
    "/kalender/": CALENDAR_PARAMS,
    "/kalender.ics": CALENDAR_PARAMS,
    "/discussies/": ["q", "pagina", "thema"],
    "/feeds/nieuw/": ["q", "pagina"],
    "providerindexpage": SEARCH_PARAMS,
    "bestpracticeindexpage": SEARCH_PARAMS,
    "fundingindexpage": ["thema", "regio", "regeling", "financiering", "doelgroep", "pagina"],
    "ontwikkelplekindexpage": ["thema", "regio", "doelgroep", "pagina"],
    "offerpage": ["beoordelingen", "beoordelingen-pagina"],
}

HOSTILE = {
    "quote": "\"'`",
    "brackets": "[]{}()<>",
    "markup": "<script>alert(1)</script>",
    "sql": "' OR 1=1 --",
    "nul": "\x00",
    "nul-inside": "GM\x000014",
    "vertical-tab": "a\x0bb",
    "escape": "\x1b[31m",
    "long": "a" * 10_000,
    "huge-number": "9" * 30,
    "negative": "-1",
    "float": "1e308",
    "rtl": "\u202egnp.exe\u200f",
    "lone-surrogate-escape": "\\ud800",
    "percent": "%%%",
    "path": "../../etc/passwd",
}
CONTROL = {"nul", "nul-inside", "vertical-tab", "escape"}


@pytest.fixture(scope="module")
def demo_paths(django_db_setup, django_db_blocker):
    """The demo site once for the module, rolled back at the end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            build_demo(log=lambda line: None)
            paths = {}
            for model in ("providerindexpage", "bestpracticeindexpage", "fundingindexpage"):
                paths[model] = _first_url(model)
            paths["ontwikkelplekindexpage"] = _first_url("ontwikkelplekindexpage")
            paths["offerpage"] = _first_url("offerpage")
            yield paths
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def _first_url(model):
    page = Page.objects.live().filter(content_type__model=model, locale__language_code="nl")
    page = page.order_by("path").first()
    assert page is not None, f"the demo has no {model}"
    return page.get_url()


@pytest.mark.parametrize("value_name", list(HOSTILE))
@pytest.mark.parametrize("listing", list(LISTINGS))
def test_hostile_value_in_every_parameter_never_gives_a_server_error(
    client, db, demo_paths, listing, value_name
):
    path = demo_paths.get(listing, listing)
    value = HOSTILE[value_name]
    failures = []
    for param in LISTINGS[listing]:
        response = client.get(path, {param: value}, HTTP_HOST="localhost")
        if response.status_code >= 500:
            failures.append(f"{param}: {response.status_code}")
        elif value_name in CONTROL and response.status_code != 400:
            failures.append(f"{param}: control character accepted ({response.status_code})")
    assert not failures, f"{path} with {value_name!r}: {failures}"


@pytest.mark.parametrize("listing", list(LISTINGS))
def test_control_character_in_a_parameter_name_is_refused_with_a_message(
    client, db, demo_paths, listing
):
    path = demo_paths.get(listing, listing)
    response = client.get(f"{path}?thema%00=x", HTTP_HOST="localhost")
    assert response.status_code == 400
    assert "stuurteken" in response.content.decode()
