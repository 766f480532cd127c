import os

import pytest

from offers.tests.conftest import catalogue  # noqa: F401 - the catalogue fixture, shared
from search import service
from search.engines.database import DatabaseEngine

ENGINES = [
    "database",
    pytest.param(
        "elasticsearch",
        marks=[
            pytest.mark.elasticsearch,
            pytest.mark.skipif(
                not os.environ.get("ELASTICSEARCH_URL"),
                reason="no Elasticsearch cluster configured (set ELASTICSEARCH_URL)",
            ),
        ],
    ),
]


class ThroughService:
    """An engine as listings use it: through the search service."""

    def __init__(self, engine):
        self.engine = engine
        self.name = engine.name

    def search(self, query):
        return service.search(query, engine=self.engine)


@pytest.fixture(params=ENGINES)
def engine(request, settings):
    """Each engine, over the entries the test created before calling `engine.search`."""
    if request.param == "database":
        return ThroughService(DatabaseEngine())
    from search import elastic_index
    from search.engines.elastic import ElasticsearchEngine

    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.ELASTICSEARCH_INDEX_PREFIX = "leercommunity-test"

    class Indexed(ElasticsearchEngine):
        def run(self, query):
            elastic_index.rebuild(es=self.es)  # index what the test created, then search
            return super().run(query)

    return ThroughService(Indexed())
