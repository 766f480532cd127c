"""One behaviour suite for both engines (the Elasticsearch run needs ELASTICSEARCH_URL)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.http import QueryDict
from django.utils import timezone

from search.query import SearchQuery
from search.tests.factories import make_entry

pytestmark = pytest.mark.django_db

THEME_A = ("theme", "lerarentekort", "Lerarentekort")
THEME_B = ("theme", "gezonde-basis", "Gezonde basis")


def search(engine, query_string="", language="nl"):
    return engine.search(SearchQuery.from_params(QueryDict(query_string), language))


def keys(response):
    return [hit.key for hit in response.hits]


def facet(response, name):
    group = next((g for g in response.facets if g.name == name), None)
    options = {}
    for option in group.options if group else []:
        options[option.value] = option.count
        for child in option.children:
            options[child.value] = child.count
    return options


@pytest.fixture
def reach_entries(taxonomy):
    make_entry("offer:1", "Schooltuin Eemsdelta", regions=["GM1979"])
    make_entry("offer:2", "Gastles Noord-Groningen", regions=["RG-NOORD-GRONINGEN"], reach_rank=1)
    make_entry("offer:3", "Museumles provincie Groningen", regions=["PV20"], reach_rank=1)
    make_entry("offer:4", "Lezen in heel Nederland", is_national=True, reach_rank=2)
    make_entry("offer:5", "Buurtproject Amsterdam", regions=["GM0363"])
    make_entry("offer:6", "Techniekles Het Hogeland", regions=["GM1966"])


def test_text_search_finds_words_in_title_and_body(engine, taxonomy):
    make_entry("offer:1", "Schooltuin", body="Leerlingen kweken groenten in de moestuin.")
    make_entry("offer:2", "Gastles techniek", body="Een ingenieur vertelt over bruggen.")
    assert keys(search(engine, "q=moestuin")) == ["offer:1"]
    assert keys(search(engine, "q=techniek")) == ["offer:2"]


def test_dutch_words_are_stemmed_where_the_engine_stems(engine, taxonomy):
    if engine.name == "database" and connection.vendor == "sqlite":
        pytest.skip("SQLite's full-text index has no stemming; PostgreSQL and Elasticsearch do")
    make_entry("offer:1", "Boek van de maand", body="Elke maand leest de klas een nieuw boek.")
    assert keys(search(engine, "q=boeken")) == ["offer:1"]


def test_region_rule_from_a_municipality(engine, reach_entries):
    found = set(keys(search(engine, "regio=GM1979")))
    # Eemsdelta: local there, its named region, its province, and national.
    assert found == {"offer:1", "offer:2", "offer:3", "offer:4"}


def test_region_rule_from_a_province_and_a_named_region(engine, reach_entries):
    assert set(keys(search(engine, "regio=PV20"))) == {
        "offer:1",
        "offer:2",
        "offer:3",
        "offer:4",
        "offer:6",
    }
    assert set(keys(search(engine, "regio=RG-MRA"))) == {"offer:5", "offer:4"}


def test_region_facet_counts_follow_the_rule_and_nest_municipalities(engine, reach_entries):
    response = search(engine)
    counts = facet(response, "region")
    assert counts["GM1979"] == 4
    assert counts["PV20"] == 5
    assert counts["RG-MRA"] == 2
    groningen = next(
        o
        for o in next(g for g in response.facets if g.name == "region").options
        if o.value == "PV20"
    )
    assert {child.value for child in groningen.children} >= {"GM1979", "GM1966"}


def test_reach_closeness_ranks_local_before_regional_before_national(engine, reach_entries):
    order = keys(search(engine, "regio=GM1979"))
    assert order.index("offer:1") < order.index("offer:2") < order.index("offer:4")


def test_theme_facet_filters_and_counts_with_other_filters(engine, taxonomy):
    make_entry("offer:1", "Een", facets=[THEME_A], kind="offer")
    make_entry("offer:2", "Twee", facets=[THEME_A, THEME_B], kind="offer")
    make_entry("practice:3", "Drie", facets=[THEME_B], kind="bestpractice")
    response = search(engine, "thema=gezonde-basis")
    assert set(keys(response)) == {"offer:2", "practice:3"}
    # Counts of the theme facet ignore its own selection...
    assert facet(response, "theme") == {"lerarentekort": 2, "gezonde-basis": 2}
    # ...and the kind facet is counted within the selection.
    assert facet(response, "kind") == {"offer": 1, "bestpractice": 1}
    both = search(engine, "thema=gezonde-basis&thema=lerarentekort&soort=offer")
    assert set(keys(both)) == {"offer:1", "offer:2"}


@pytest.mark.parametrize(
    ("param", "facet_row"),
    [
        ("type", ("offer_type", "gastles", "Gastles")),
        ("leergebied", ("learning_area", "rekenen", "Rekenen")),
        ("kerndoel", ("goal", "35", "Kerndoel 35")),
        ("doelgroep", ("target_group", "groep-7-8", "Groep 7-8")),
        ("erkenning", ("accreditation", "substantiated", "Onderbouwd")),
        ("financiering", ("funding", "free", "Gratis")),
        ("regeling", ("scheme", "cultuureducatie", "Cultuureducatie met Kwaliteit")),
        ("schooltijd", ("school_time", "after", "Na schooltijd")),
    ],
)
def test_every_facet_filters_and_counts(engine, taxonomy, param, facet_row):
    make_entry("offer:1", "Met", facets=[facet_row])
    make_entry("offer:2", "Zonder")
    response = search(engine, f"{param}={facet_row[1]}")
    assert keys(response) == ["offer:1"]
    assert facet(search(engine), facet_row[0]) == {facet_row[1]: 1}


def test_minimum_rating(engine, taxonomy):
    make_entry("offer:1", "Goed", rating_average=4.5, rating_count=10, rating_score=4.2)
    make_entry("offer:2", "Redelijk", rating_average=3.2, rating_count=4, rating_score=3.4)
    make_entry("offer:3", "Onbeoordeeld")
    assert keys(search(engine, "waardering=4")) == ["offer:1"]
    assert facet(search(engine), "rating") == {"4": 1, "3": 2, "2": 2}


def test_ranking_uses_accreditation_and_bayesian_rating(engine, taxonomy):
    # The same text everywhere, so that only the ranking signals differ.
    make_entry("offer:1", "Leesles")
    make_entry("offer:2", "Leesles", accreditation_rank=3)
    make_entry("offer:3", "Leesles", rating_average=4.8, rating_count=40, rating_score=4.6)
    make_entry("offer:4", "Leesles", rating_average=5, rating_count=2, rating_score=3.8)
    order = keys(search(engine, "q=leesles"))
    assert order.index("offer:2") < order.index("offer:1")
    # Many good reviews beat a few perfect ones (the Bayesian score, not the plain average).
    assert order.index("offer:3") < order.index("offer:4") < order.index("offer:1")


def test_offers_without_planned_dates_come_lower(engine, taxonomy):
    make_entry("offer:1", "Excursie", has_dates=False)
    make_entry("offer:2", "Excursie")
    assert keys(search(engine, "q=excursie")) == ["offer:2", "offer:1"]


def test_funding_fit_when_funding_is_needed(engine, taxonomy):
    make_entry("offer:1", "Dansles")
    make_entry("offer:2", "Dansles", payable_from_scheme=True)
    assert keys(search(engine, "q=dansles&financiering_nodig=1"))[0] == "offer:2"


def test_sort_by_newest_and_by_rating(engine, taxonomy):
    now = timezone.now()
    make_entry("offer:1", "Oud", published_at=now - timedelta(days=30), rating_score=4.5)
    make_entry("offer:2", "Nieuw", published_at=now - timedelta(days=1), rating_score=3.0)
    assert keys(search(engine, "sorteer=nieuwste")) == ["offer:2", "offer:1"]
    assert keys(search(engine, "sorteer=waardering")) == ["offer:1", "offer:2"]


def test_sort_by_title_with_and_without_words(engine, taxonomy):
    make_entry("offer:1", "Zwemmen op de sportdag")
    make_entry("offer:2", "Atletiek op de sportdag")
    make_entry("offer:3", "Muziek op de sportdag")
    assert keys(search(engine, "sorteer=titel")) == ["offer:2", "offer:3", "offer:1"]
    assert keys(search(engine, "q=sportdag&sorteer=titel")) == ["offer:2", "offer:3", "offer:1"]


def test_pagination_and_a_page_past_the_end(engine, taxonomy):
    for n in range(1, 8):
        make_entry(f"offer:{n}", f"Aanbod {n}")
    first = search(engine, "per_pagina=3")
    assert (first.total, first.num_pages, len(first.hits)) == (7, 3, 3)
    last = search(engine, "per_pagina=3&pagina=99")
    assert last.page == 3 and len(last.hits) == 1


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('"lezen', ["offer:1"]),
        ("(lezen] {", ["offer:1"]),
        ('"ongesloten', []),
        # Operators are words here; no entry has them all, so the service falls back to
        # the entries with some of them.
        ("lezen AND OR NOT", ["offer:1"]),
        ("🙂📚", []),
        ("a" * 10_000, []),
        ("title:* \\ / ~ ^2", []),
    ],
)
def test_hostile_queries_are_answered(engine, taxonomy, text, found):
    make_entry("offer:1", "Lezen")
    make_entry("offer:2", "Rekenen")
    params = QueryDict(mutable=True)
    params["q"] = text
    query = SearchQuery.from_params(params, "nl")
    response = engine.search(query)
    assert len(query.text) <= 200
    # Quotes, brackets and symbols are no syntax: the words in the text are searched.
    assert keys(response) == found and response.total == len(found)


def test_unknown_facet_values_are_ignored(engine, taxonomy):
    make_entry("offer:1", "Een", facets=[THEME_A])
    response = search(engine, "thema=bestaat-niet&regio=XX99&type=onzin")
    assert keys(response) == ["offer:1"]


def test_languages_are_searched_separately(engine, taxonomy):
    make_entry("offer:1", "Leesplezier", language="nl")
    make_entry("offer:2", "Reading for pleasure", language="en")
    make_entry("discussion:3", "Gesprek voor iedereen", language="", kind="discussion")
    assert set(keys(search(engine, language="nl"))) == {"offer:1", "discussion:3"}
    assert set(keys(search(engine, language="en"))) == {"offer:2", "discussion:3"}


def test_matches_are_highlighted_and_escaped(engine, taxonomy):
    make_entry("offer:1", "Tuin", summary="Een <b>moestuin</b> bij school")
    hit = search(engine, "q=moestuin").hits[0]
    assert "<mark>moestuin</mark>" in hit.highlight
    assert "<b>" not in hit.highlight


def test_ranking_without_text_uses_the_same_signals(engine, taxonomy):
    make_entry("offer:1", "Basis")
    make_entry("offer:2", "Bewezen", accreditation_rank=3)
    make_entry("offer:3", "Geliefd", rating_average=4.8, rating_count=40, rating_score=4.6)
    make_entry("offer:4", "Op aanvraag", has_dates=False)
    assert keys(search(engine, "soort=offer")) == ["offer:2", "offer:3", "offer:1", "offer:4"]


def test_text_search_within_a_listing_keeps_to_its_entries(engine, taxonomy):
    """A listing's own restriction (`within`) holds with words too (the funding listing's
    'open now', the calendar's school year, matching a need)."""
    make_entry("offer:1", "Schooltuin in de wijk")
    make_entry("offer:2", "Schooltuin op het plein")
    make_entry("offer:3", "Gastles techniek")
    query = SearchQuery(language="nl", text="schooltuin", within=("offer:2", "offer:3"))
    assert keys(engine.search(query)) == ["offer:2"]
