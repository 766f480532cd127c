"""The judged queries of bench/relevance_judgements.json against a real Elasticsearch cluster.

Runs only when ELASTICSEARCH_URL is set: the demo site is built once, indexed in the cluster
(indexes prefixed leercommunity-test) and every judged query goes through the search service
with the Elasticsearch engine. Figures from the database fallback make the test fail
(search.relevance.WrongEngine); without a cluster the test is skipped, never passed.
"""

import os

import pytest
from django.db import transaction
from django.test import override_settings

from core.demo import build_demo
from search import relevance

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.elasticsearch,
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"),
        reason="no Elasticsearch cluster configured (set ELASTICSEARCH_URL)",
    ),
]


@pytest.fixture(scope="module")
def demo_in_elasticsearch(django_db_setup, django_db_blocker):
    """The demo site once for the module, indexed in the cluster, rolled back at the end."""
    from search import elastic_index

    cluster = override_settings(
        ELASTICSEARCH_URL=os.environ.get("ELASTICSEARCH_URL", ""),
        ELASTICSEARCH_INDEX_PREFIX="leercommunity-test",
    )
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            # Built without the cluster (no outbox rows), then indexed in one go.
            with override_settings(ELASTICSEARCH_URL=""):
                build_demo(log=lambda line: None)
            with cluster:
                elastic_index.rebuild()
                yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def cluster_engine(demo_in_elasticsearch, settings):
    from search.engines.elastic import ElasticsearchEngine

    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.ELASTICSEARCH_INDEX_PREFIX = "leercommunity-test"
    return ElasticsearchEngine()


def test_judged_queries_meet_the_targets(cluster_engine):
    rows = relevance.measure(cluster_engine)
    summary = relevance.summarise(rows)
    weak = [
        (row.judgement["lang"], row.judgement["q"], round(row.recall, 2), round(row.ndcg, 2))
        for row in summary.weak
    ]
    assert summary.judged >= 60
    # Every query with relevant items on the demo data finds something.
    assert summary.zero == 0, weak
    assert summary.recall >= relevance.TARGET_RECALL, weak
    assert summary.ndcg >= relevance.TARGET_NDCG, weak
