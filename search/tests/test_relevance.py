"""Words a teacher types find what they mean (database engine; Elasticsearch brings its own
analysers and fuzziness, checked through its request bodies)."""

import pytest
from django.http import QueryDict

from search import service
from search.engines.database import DatabaseEngine
from search.models import Synonym
from search.query import SearchQuery
from search.tests.factories import make_entry

pytestmark = pytest.mark.django_db

CITIZENSHIP = ("theme", "burgerschap", "Burgerschap")
GROUPS_5_6 = ("target_group", "groep-5-6", "Groep 5-6")
EXCURSION = ("offer_type", "excursion", "Excursie")
FREE = ("funding", "free", "Gratis")


def search(query_string, language="nl"):
    query = SearchQuery.from_params(QueryDict(query_string), language)
    return service.search(query, engine=DatabaseEngine())


def keys(response):
    return [hit.key for hit in response.hits]


@pytest.fixture
def offers(taxonomy):
    make_entry("offer:1", "Debatles in de klas", facets=[CITIZENSHIP, GROUPS_5_6])
    make_entry("offer:2", "Bezoek aan de haven", facets=[EXCURSION, FREE], regions=["GM0599"])
    make_entry("offer:3", "Robots bouwen", body="Leerlingen programmeren een robot.")
    make_entry("offer:4", "Sportdag", body="Bewegingsonderwijs op het schoolplein.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("burgerschap", ["offer:1"]),  # a theme's name
        ("groep 5-6", ["offer:1"]),  # a target group
        ("groep 6", ["offer:1"]),  # one group of it
        ("excursie", ["offer:2"]),  # the offer type
        ("gratis", ["offer:2"]),  # the funding
        ("rotterdam", ["offer:2"]),  # a place in its reach
        ("zuid-holland", ["offer:2"]),  # the province around it
    ],
)
def test_taxonomy_words_and_places_are_searchable(offers, text, found):
    assert keys(search(f"q={text}")) == found


def test_other_word_forms_are_found(offers):
    assert keys(search("q=excursies")) == ["offer:2"]
    assert keys(search("q=robot")) == ["offer:3"]


def test_one_typo_in_a_long_word_and_the_prefix_of_the_last_word(offers):
    assert keys(search("q=burgerschp")) == ["offer:1"]
    assert keys(search("q=burgersch")) == ["offer:1"]
    # Short words are not guessed: "bot" is no typo of "robot".
    assert keys(search("q=bo")) == []


def test_synonyms_editors_add_are_applied(offers):
    assert keys(search("q=gymnastiek")) == []
    Synonym.objects.create(term="gymnastiek", alternatives="bewegingsonderwijs")
    assert keys(search("q=gymnastiek")) == ["offer:4"]


def test_several_words_rank_entries_with_all_of_them_and_fall_back_to_fewer(offers):
    assert keys(search("q=robots bouwen")) == ["offer:3"]
    fallback = search("q=robot zwembad")
    assert keys(fallback) == ["offer:3"]
    assert "deel" in fallback.note


def test_zero_result_page_suggests_a_spelling_fewer_words_filters_and_themes(client, offers):
    html = client.get("/zoeken/", {"q": "burgerschp"}).text
    assert "Bedoelde u" in html and "?q=burgerschap" in html

    # Nothing with every word: the entries with some of them, and the query with fewer
    # words as a link with its count.
    main = client.get("/zoeken/", {"q": "debatles zwembad"}).text.split("<main")[1]
    assert "Debatles in de klas" in main
    assert '<a href="?q=debatles">debatles</a> <span class="count">(1 resultaat;' in main

    # The filters that are set, each with a link that removes it and keeps the words.
    main = client.get("/zoeken/", {"q": "debatles", "regio": "GM0363"}).text.split("<main")[1]
    assert "Niets gevonden" in main
    assert "Amsterdam" in main and "weghalen" in main
    assert '<a href="?q=debatles">filter Amsterdam weghalen</a>' in main

    html = client.get("/zoeken/", {"q": "xqzzy"}).text
    assert "Veel gezochte thema" in html and "?thema=burgerschap" in html
