"""Chosen filters as chips: each links to the same search without that one value."""

from django.http import QueryDict

from search.chips import filter_chips
from search.query import FacetGroup, FacetOption, SearchQuery, SearchResponse


def response_for(params):
    query = SearchQuery.from_params(params, "nl")
    facets = [
        FacetGroup(
            "region",
            "regio",
            "Regio",
            [
                FacetOption(
                    "PV28", "Zuid-Holland", 3, children=[FacetOption("GM0599", "Rotterdam", 2)]
                )
            ],
        ),
        FacetGroup("theme", "thema", "Thema", [FacetOption("sport", "Sport", 1, selected=True)]),
    ]
    return SearchResponse(query, [], 0, 1, 1, facets, "database")


def test_one_chip_per_chosen_value_with_labels_and_a_link_without_it():
    params = QueryDict("q=dans&thema=sport&regio=GM0599&pagina=3&sorteer=titel")
    chips = filter_chips(params, response_for(params))
    assert [chip["label"] for chip in chips] == [
        "Zoekwoorden: dans",
        "Thema: Sport",
        "Regio: Rotterdam",
    ]
    rotterdam = QueryDict(chips[2]["url"][1:])
    assert rotterdam.getlist("regio") == []
    assert rotterdam["thema"] == "sport" and rotterdam["q"] == "dans"
    assert "pagina" not in rotterdam  # back to the first page


def test_a_value_without_an_option_keeps_its_raw_label_and_rating_has_a_chip():
    params = QueryDict("thema=onbekend&waardering=4")
    labels = [chip["label"] for chip in filter_chips(params, response_for(params))]
    assert labels == ["Thema: onbekend", "Waardering: 4 sterren of meer"]


def test_a_listings_fixed_kind_has_no_chip():
    params = QueryDict("soort=offer&thema=sport&sorteer=titel")
    chips = filter_chips(params, response_for(params), fixed_params=("soort",))
    assert [chip["label"] for chip in chips] == ["Thema: Sport"]
