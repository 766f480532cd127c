"""Search is built from what the content apps declare (search.declarations): a facet or kind
an app declares is a filter of the site, of the API and of its description; one it does not
declare is none of them."""

import dataclasses

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from offers.search_documents import SEARCH as OFFERS
from search import declarations
from search.declarations import Declaration, FacetSpec, Kind
from search.engines import snapshot
from search.openapi import search_api_description
from search.query import SearchQuery

from .factories import make_entry


@pytest.fixture
def declared():
    """Declarations changed by a test, restored from the settings afterwards."""
    yield declarations
    declarations.load(settings.SEARCH_DECLARATIONS)
    snapshot.forget()


def api_parameters():
    operation = search_api_description()["paths"]["/api/v1/search/"]["get"]
    return {parameter["name"]: parameter for parameter in operation["parameters"]}


def test_the_apps_facets_and_kinds_are_the_api_and_its_description():
    parameters = api_parameters()
    assert {"soort", "type", "financiering", "kracht", "speerpunt", "thema"} <= set(parameters)
    # The offers app's own values of its offer types, in the description's language.
    assert "excursion (Excursion)" in parameters["type"]["description"]
    assert "discussion (Discussion)" in parameters["soort"]["description"]
    query = SearchQuery.from_params(QueryDict("type=excursion&kracht=x"), "nl")
    assert query.filters == {"offer_type": ["excursion"], "strength": ["x"]}


def test_a_facet_no_app_declares_is_no_filter(declared):
    without_types = dataclasses.replace(
        OFFERS, facets=tuple(spec for spec in OFFERS.facets if spec.name != "offer_type")
    )
    declared.install([without_types])
    assert "type" not in api_parameters()
    assert SearchQuery.from_params(QueryDict("type=excursion"), "nl").filters == {}


def test_a_facet_declared_with_two_parameters_is_refused(declared):
    other = Declaration(facets=(FacetSpec("offer_type", "soort_aanbod", _("Soort")),))
    with pytest.raises(ImproperlyConfigured, match="offer_type"):
        declared.install([OFFERS, other])


def test_an_unknown_ranking_signal_is_refused(declared):
    with pytest.raises(ImproperlyConfigured, match="popularity"):
        declared.install([Declaration(kinds=(Kind("x", "X"),), signals=("popularity",))])


@pytest.mark.django_db
def test_the_snapshot_reads_the_declared_signals_only(declared, taxonomy):
    make_entry("offer:1", "Proeftuin", accreditation_rank=3, reach_rank=1)
    snapshot.forget()
    assert snapshot.current().signals[0]["accreditation_rank"] == 3
    declared.install([dataclasses.replace(OFFERS, signals=("reach_rank",))])
    snapshot.forget()
    signals = snapshot.current().signals[0]
    # Not read, so at its neutral value: no app says its entries carry it.
    assert (signals["reach_rank"], signals["accreditation_rank"]) == (1, 0)
