"""Whole words first, Dutch compounds split, the cultural words find the cultural offers, and
every count in a link is the count the link gives (database engine; the Elasticsearch request
bodies are in test_elasticsearch.py)."""

import re

import pytest
from django.db import connection
from django.http import QueryDict

from search import service, suggestions
from search.engines.database import DatabaseEngine
from search.query import SearchQuery
from search.tests.factories import make_entry

pytestmark = pytest.mark.django_db

GROUP_6 = ("target_group", "groep-5-6", "Groep 5-6")
FREE = ("funding", "free", "Gratis")
CULTURE = ("learning_area", "cultuur", "Cultuur")


def titles(query_string):
    query = SearchQuery.from_params(QueryDict(query_string), "nl")
    return [hit.title for hit in service.search(query, engine=DatabaseEngine()).hits]


@pytest.fixture
def offers(taxonomy):
    # "groepjes" everywhere, "groep" only through its target group.
    make_entry(
        "offer:1",
        "Rekenmaatjes in groepjes",
        summary="Vrijwilligers oefenen in kleine groepjes; groepjes van drie of vier.",
        body="De groepjes wisselen. Elk groepje heeft een maatje.",
        facets=[GROUP_6, FREE],
    )
    make_entry(
        "offer:2",
        "Het museum als klaslokaal",
        summary="Een museumbezoek met een maakles.",
        facets=[GROUP_6, CULTURE],
    )
    make_entry("offer:3", "Klassendag in het theater", facets=[CULTURE])
    make_entry("offer:4", "Een les over water", summary="Een les voor de hele groep.")
    make_entry(
        "offer:5",
        "Samen in groepjes",
        summary="Werken in groepjes: groepjes van vier.",
        body="Groepjes, groepjes en nog eens groepjes.",
    )
    # Most offers are free: "gratis" says less about an offer than "museum".
    for n in range(6, 10):
        make_entry(f"offer:{n}", f"Gratis aanbod {n}", facets=[FREE])


@pytest.mark.skipif(
    connection.vendor == "postgresql",
    reason="PostgreSQL's full-text index stems 'groepjes' to 'groep', so there other forms count "
    "as the word itself (README, Search); typos and completions still rank lower",
)
def test_a_whole_word_ranks_above_another_word_that_starts_with_it(offers):
    found = titles("q=groep")
    # "groepjes" five times, in the title too, weighs less than "groep" once.
    assert found.index("Een les over water") < found.index("Samen in groepjes")
    assert found[-1] == "Samen in groepjes"


def test_with_some_words_only_the_rare_word_held_whole_comes_first(offers):
    # No offer is free, about museums and for groep 6 at once.
    assert titles("q=gratis museum groep 6&soort=offer")[0] == "Het museum als klaslokaal"


def test_a_dutch_compound_is_found_by_its_parts(offers):
    assert titles("q=museumles")[0] == "Het museum als klaslokaal"
    assert "Het museum als klaslokaal" in titles("q=lesmuseum")


@pytest.mark.parametrize("word", ["kunst", "museum", "theater", "muziek"])
def test_cultural_words_find_the_cultural_offers(offers, word):
    found = titles(f"q={word}")
    assert {"Het museum als klaslokaal", "Klassendag in het theater"} <= set(found)
    assert "Rekenmaatjes in groepjes" not in found and "Samen in groepjes" not in found


def test_every_count_in_a_link_is_the_count_the_link_gives(client, offers):
    # Nothing has every word, so the page shows entries with some of them; the link with
    # fewer words finds entries with all of its words, and says how many.
    page = client.get("/zoeken/", {"q": "gratis museum groep 6"}).text.split("<main")[1]
    links = re.findall(r'<a href="\?q=([^"]+)">[^<]+</a> <span class="count">\((\d+) resulta', page)
    assert links
    for text, count in links:
        answer = client.get("/api/v1/search/", {"q": text.replace("+", " ")}).json()
        assert answer["total"] == int(count), text
    assert ("museum+groep+6", "1") in links


def test_a_typo_in_a_compound_is_corrected_not_split(offers):
    query = SearchQuery.from_params(QueryDict("q=museumbezoke"), "nl")
    assert suggestions.did_you_mean(query) == "museumbezoek"
    assert titles("q=museumbezoke") == ["Het museum als klaslokaal"]
