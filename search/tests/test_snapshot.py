"""The index in memory (search.engines.snapshot) answers exactly as the plain SQL path, and
follows the index when entries are added, changed or removed (the version stamp)."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.http import QueryDict
from django.utils import timezone

from search.engines import snapshot
from search.engines.database import DatabaseEngine
from search.labels import LABELS_VERSION_KEY
from search.query import SearchQuery
from search.sources import write_document
from search.tests.factories import make_entry

pytestmark = pytest.mark.django_db

THEME_A = ("theme", "lerarentekort", "Lerarentekort")
THEME_B = ("theme", "gezonde-basis", "Gezonde basis")
GROUP = ("target_group", "groep-7-8", "Groep 7-8")

QUERIES = [
    "",
    "soort=offer",
    "thema=lerarentekort",
    "thema=lerarentekort&thema=gezonde-basis&soort=offer",
    "regio=GM1979",
    "regio=PV20&doelgroep=groep-7-8",
    "waardering=3",
    "waardering=4&thema=gezonde-basis",
    "q=leesles",
    "q=leesles&thema=lerarentekort&regio=GM1979",
    "q=leesles&sorteer=titel",
    "q=leesles&sorteer=nieuwste&financiering_nodig=1",
    "sorteer=waardering&regio=GM1979",
    "sorteer=titel&per_pagina=2&pagina=2",
    "sorteer=nieuwste&per_pagina=3&pagina=2",
    "per_pagina=2&pagina=3&regio=GM0363",
    "q=leesles&per_pagina=2&pagina=2",
]


def answer(engine, query_string, within=None):
    query = SearchQuery.from_params(QueryDict(query_string), "nl")
    query.within = within
    result = engine.run(query)
    return {
        "hits": [(hit.key, hit.score) for hit in result.hits],
        "total": result.total,
        "counts": result.counts,
        "national": result.national_count,
        "rating": result.rating_counts,
    }


def assert_same_answers(within=None):
    memory, sql = DatabaseEngine(), DatabaseEngine(in_memory=False)
    for query_string in QUERIES:
        fast = answer(memory, query_string, within)
        assert fast == answer(sql, query_string, within), query_string
    keys_query = SearchQuery.from_params(QueryDict("q=leesles"), "nl")
    assert memory.keys(keys_query, 3) == sql.keys(keys_query, 3)
    all_query = SearchQuery.from_params(QueryDict("regio=GM1979"), "nl")
    assert memory.keys(all_query, 100) == sql.keys(all_query, 100)


@pytest.fixture
def entries(taxonomy):
    now = timezone.now()
    make_entry("offer:1", "Leesles Eemsdelta", facets=[THEME_A, GROUP], regions=["GM1979"])
    make_entry(
        "offer:2",
        "Leesles in de regio",
        facets=[THEME_A, THEME_B],
        regions=["RG-NOORD-GRONINGEN"],
        reach_rank=1,
        rating_average=4.5,
        rating_count=12,
        rating_score=4.3,
        accreditation_rank=2,
    )
    make_entry(
        "offer:3",
        "Museumles",
        body="Een leesles in het museum.",
        facets=[THEME_B, GROUP],
        regions=["PV20"],
        reach_rank=1,
        has_dates=False,
        rating_average=3.1,
        rating_count=3,
        rating_score=3.4,
        published_at=now - timedelta(days=40),
    )
    make_entry(
        "offer:4",
        "Leesles voor heel Nederland",
        facets=[GROUP],
        is_national=True,
        reach_rank=2,
        payable_from_scheme=True,
        published_at=None,
    )
    make_entry("offer:5", "Buurtproject Amsterdam", facets=[THEME_A], regions=["GM0363"])
    make_entry("practice:6", "Leesles als goed voorbeeld", kind="bestpractice", facets=[THEME_B])
    make_entry("offer:7", "Reading lesson", language="en", facets=[THEME_A], is_national=True)
    make_entry("discussion:8", "Leesles in groep 7", language="", kind="discussion")


def test_counts_hits_and_order_match_the_sql_path(entries):
    assert_same_answers()
    assert_same_answers(within=("offer:1", "offer:3", "offer:4", "practice:6"))


def test_an_added_changed_or_removed_entry_is_seen_at_once(entries):
    memory = DatabaseEngine()
    before = answer(memory, "thema=lerarentekort")
    assert before["total"] == 3
    make_entry("offer:9", "Nieuwe leesles", facets=[THEME_A], regions=["GM1979"])
    assert answer(memory, "thema=lerarentekort")["total"] == 4
    assert_same_answers()
    make_entry("offer:1", "Leesles Eemsdelta", facets=[THEME_B], regions=["GM1979"])
    assert answer(memory, "thema=lerarentekort")["total"] == 3
    assert_same_answers()
    write_document("offer:2", None)
    after = answer(memory, "thema=lerarentekort")
    assert after["total"] == 2 and after["counts"]["theme"]["lerarentekort"] == 2
    assert_same_answers()


def test_another_process_sees_a_change_through_the_shared_stamp(entries):
    memory = DatabaseEngine()
    answer(memory, "")
    kept = snapshot.current()
    # A change in another process: its rows and a new stamp in the shared cache, while
    # this process still holds its snapshot.
    cache.set(LABELS_VERSION_KEY, "changed elsewhere", None)
    assert snapshot.current() is not kept
    # An emptied cache says nothing about the index: read it again as well.
    kept = snapshot.current()
    cache.clear()
    assert snapshot.current() is not kept
    assert answer(memory, "")["total"] == 7


def test_words_searched_again_find_what_was_added_meanwhile(entries):
    memory = DatabaseEngine()
    first = answer(memory, "q=leesles")
    # The match is kept with the snapshot until the index changes.
    again = answer(memory, "q=leesles")
    assert again == first
    make_entry("offer:9", "Leesles op het plein", facets=[THEME_A])
    assert answer(memory, "q=leesles")["total"] == first["total"] + 1
    assert_same_answers()
