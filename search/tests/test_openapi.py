"""The search API against its own OpenAPI description: a bounded schemathesis run.

Every generated request (any mix of parameters and values the description allows, and values it
does not) must get a documented status (200 or 400), JSON of the documented shape, and never a
server error.
"""

import json

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from search.openapi import search_api_description

from .factories import make_entry

CASES = 300


schema = schemathesis.openapi.from_dict(search_api_description())
schema.app = get_wsgi_application()


@pytest.fixture
def keep_test_connection():
    """The WSGI handler closes "old" connections at each request's start and end, and the test's
    connection sits inside the test's transaction, so on PostgreSQL it would be closed under the
    test. Django's own test client disconnects the same receiver for the same reason."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def entries(taxonomy, keep_test_connection):
    """A few entries, so that results, facets and highlights have something to show."""
    make_entry("offer:1", "Schooltuin Eemsdelta", body="Groenten kweken", regions=["GM1979"])
    make_entry("offer:2", "Leesclub", body="Samen lezen", is_national=True)
    make_entry("offer:3", "Garden club", language="en")


@schema.parametrize()
@settings(
    max_examples=CASES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_search_api_conforms_to_its_description(entries, case):
    # Not schemathesis' two acceptance checks: by design a value that names nothing is
    # answered with a note (200) rather than refused, and a control character anywhere is a 400
    # from the site-wide guard, whatever the description allows.
    case.call_and_validate(
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ]
    )


def test_description_is_served_and_names_every_parameter(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    description = response.json()
    assert description["openapi"].startswith("3.")
    operation = description["paths"]["/api/v1/search/"]["get"]
    names = {parameter["name"] for parameter in operation["parameters"]}
    assert {"q", "thema", "regio", "soort", "sorteer", "pagina", "per_pagina", "taal"} <= names
    assert set(operation["responses"]) == {"200", "400"}
    assert description == json.loads(json.dumps(search_api_description()))
