"""The search API against its own OpenAPI description: a bounded schemathesis run.

Every generated request (any mix of parameters and values the description allows, and values it
does not) must get a documented status (200 or 400), JSON of the documented shape, and never a
server error.
"""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings

from .factories import make_entry

CASES = 300


@pytest.fixture
def api_schema(taxonomy):
    """The description as the site serves it, over a few entries so that results, facets and
    highlights have something to show."""
    make_entry("offer:1", "Schooltuin Eemsdelta", body="Groenten kweken", regions=["GM1979"])
    make_entry("offer:2", "Leesclub", body="Samen lezen", is_national=True)
    make_entry("offer:3", "Garden club", language="en")
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=CASES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_search_api_conforms_to_its_description(case):
    case.call_and_validate()


def test_description_is_served_and_names_every_parameter(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    description = response.json()
    assert description["openapi"].startswith("3.")
    operation = description["paths"]["/api/v1/search/"]["get"]
    names = {parameter["name"] for parameter in operation["parameters"]}
    assert {"q", "thema", "regio", "soort", "sorteer", "pagina", "per_pagina", "taal"} <= names
    assert set(operation["responses"]) == {"200", "400"}
