"""Hostile values in every parameter of every listing: a page, a note or a 400, never a 500.

Runs on whichever database the suite runs on (SQLite by default, PostgreSQL with
DATABASE_URL): a NUL byte, for one, is harmless in SQLite and a DataError in PostgreSQL.
"""

import re

import pytest
from wagtail.models import Page

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
def demo_paths(module_demo, django_db_blocker):
    """The paths of the demo's listing pages (the demo is built or restored once per module)."""
    with django_db_blocker.unblock():
        paths = {}
        for model in ("providerindexpage", "bestpracticeindexpage", "fundingindexpage"):
            paths[model] = _first_url(model)
        paths["ontwikkelplekindexpage"] = _first_url("ontwikkelplekindexpage")
        paths["offerpage"] = _first_url("offerpage")
        return paths


def _first_url(model):
    page = Page.objects.live().filter(content_type__model=model, locale__language_code="nl")
    page = page.order_by("path").first()
    assert page is not None, f"the demo has no {model}"
    return page.get_url()


# JSON endpoints stop at the first parameter they cannot read, so each parameter gets a request
# of its own there; the HTML listings read every parameter and note what they drop, so one
# request with the value in every parameter reaches all of them.
ONE_BY_ONE = {"/api/v1/search/", "/api/v2/pages/"}


def _requests(listing, value):
    if listing in ONE_BY_ONE:
        return [{param: value} for param in LISTINGS[listing]]
    return [dict.fromkeys(LISTINGS[listing], value)]


@pytest.mark.parametrize("value_name", list(HOSTILE))
@pytest.mark.parametrize("listing", list(LISTINGS))
def test_hostile_value_in_every_parameter_never_gives_a_server_error(
    client, db, demo_paths, listing, value_name
):
    path = demo_paths.get(listing, listing)
    value = HOSTILE[value_name]
    failures = []
    for params in _requests(listing, value):
        response = client.get(path, params, HTTP_HOST="localhost")
        named = ",".join(params)[:60]
        if response.status_code >= 500:
            failures.append(f"{named}: {response.status_code}")
        elif value_name in CONTROL and response.status_code != 400:
            failures.append(f"{named}: control character accepted ({response.status_code})")
    assert not failures, f"{path} with {value_name!r}: {failures}"


@pytest.mark.parametrize("listing", list(LISTINGS))
def test_control_character_in_a_parameter_name_is_refused_with_a_message(
    client, db, demo_paths, listing
):
    path = demo_paths.get(listing, listing)
    response = client.get(f"{path}?thema%00=x", HTTP_HOST="localhost")
    assert response.status_code == 400
    message = "control character" if path.startswith("/en/") else "stuurteken"
    assert message in response.content.decode()


INLINE = [
    ("inline script", r"<script(?![^>]*\bsrc=)[^>]*>"),
    ("inline style element", r"<style[\s>]"),
    ("style attribute", r"\sstyle=\""),
    ("event handler attribute", r"\son[a-z]+=\""),
]


HTML_LISTINGS = [
    listing
    for listing in LISTINGS
    if not listing.startswith(("/api/", "/feeds/")) and not listing.endswith(".ics")
]


@pytest.mark.parametrize("listing", HTML_LISTINGS)
def test_pages_carry_no_inline_script_or_style_the_policy_would_refuse(
    client, db, demo_paths, listing
):
    path = demo_paths.get(listing, listing)
    response = client.get(path, HTTP_HOST="localhost")
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    found = [name for name, pattern in INLINE if re.search(pattern, html)]
    assert not found, f"{path}: {found}"
