"""Judged queries (issue 12): how well an engine finds what a teacher means on the demo data.

bench/relevance_judgements.json names, for each query, the facet values that make an item
relevant. `measure(engine)` runs every query through the search service and scores it; the
benchmark (bench/relevance.py, `make bench-relevance`) prints the figures, and the live suite
asserts the targets for Elasticsearch (search/tests/test_elasticsearch_relevance.py).
"""

import json
import math
from dataclasses import dataclass
from pathlib import Path

from django.db.models import Q

from . import service
from .models import SearchEntry
from .query import SearchQuery

JUDGEMENTS = Path(__file__).resolve().parent.parent / "bench" / "relevance_judgements.json"
PAGE_SIZE = 20  # recall is counted in the first 20 hits, nDCG in the first 10
TARGET_RECALL = 0.9
TARGET_NDCG = 0.8


def judgements(path=JUDGEMENTS):
    return json.loads(Path(path).read_text())["queries"]


def relevant_keys(judgement):
    entries = SearchEntry.objects.filter(language__in=[judgement["lang"], ""])
    if "all" in judgement:
        for name, value in judgement["all"]:
            entries = entries.filter(facets__name=name, facets__value=value)
    else:
        condition = Q(pk__in=[])
        for name, value in judgement["any"]:
            condition |= Q(facets__name=name, facets__value=value)
        entries = entries.filter(condition)
    return set(entries.values_list("key", flat=True).distinct())


def ndcg(found, relevant, k=10):
    """Binary nDCG@k: an item is relevant or not."""
    gains = sum(1 / math.log2(i + 2) for i, key in enumerate(found[:k]) if key in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), k)))
    return gains / ideal if ideal else 1.0


def recall(found, relevant, k=PAGE_SIZE):
    """The share of the relevant items in the first k hits (of at most k of them)."""
    return len(relevant & set(found[:k])) / min(len(relevant), k) if relevant else 1.0


@dataclass
class Row:
    judgement: dict
    relevant: int
    found: int
    recall: float
    ndcg: float

    @property
    def weak(self):
        return self.recall < TARGET_RECALL or self.ndcg < TARGET_NDCG


class WrongEngine(Exception):
    """The service answered with another engine (the database, when the cluster failed)."""


def measure(engine, queries=None):
    """A Row per judged query, answered by `engine` through the search service."""
    rows = []
    for judgement in queries or judgements():
        relevant = relevant_keys(judgement)
        query = SearchQuery(language=judgement["lang"], text=judgement["q"], page_size=PAGE_SIZE)
        response = service.search(query, engine=engine)
        if response.engine != engine.name:
            # Figures of the fallback must never pass for the cluster's.
            raise WrongEngine(f"{judgement['q']!r} answered by {response.engine}")
        found = [hit.key for hit in response.hits]
        scores = recall(found, relevant), ndcg(found, relevant)
        rows.append(Row(judgement, len(relevant), len(found), *scores))
    return rows


@dataclass
class Summary:
    queries: int
    judged: int  # queries with relevant items on the data
    zero: int  # of those, queries that found nothing
    recall: float
    ndcg: float
    weak: list
    unjudged: list  # queries with no relevant item on the data (not counted)

    @property
    def zero_rate(self):
        return self.zero / self.judged if self.judged else 0.0


def summarise(rows):
    judged = [row for row in rows if row.relevant]
    return Summary(
        queries=len(rows),
        judged=len(judged),
        zero=sum(1 for row in judged if not row.found),
        recall=sum(row.recall for row in judged) / len(judged) if judged else 0.0,
        ndcg=sum(row.ndcg for row in judged) / len(judged) if judged else 0.0,
        weak=[row for row in judged if row.weak],
        unjudged=[row.judgement["q"] for row in rows if not row.relevant],
    )
