"""The production engine: Elasticsearch through elasticsearch.dsl."""

import dataclasses

from django.conf import settings
from django.utils.dateparse import parse_datetime
from django.utils.safestring import mark_safe
from elasticsearch import Elasticsearch

from search.documents import alias_name
from search.engines.base import EngineResult
from search.faceted import SiteFacetedSearch
from search.query import FACETS, RATING_OPTIONS, Hit
from search.results import highlight


def client():
    return Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=5, max_retries=0)


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, es=None):
        self.es = es or client()

    def build_request(self, query):
        """The exact request body sent to Elasticsearch for `query` (already prepared)."""
        start = (query.page - 1) * query.page_size
        faceted = SiteFacetedSearch(query)[start : start + query.page_size]
        return faceted._s.to_dict()

    def _search(self, query, body):
        raw = self.es.search(index=alias_name(query.language), body=body)
        return raw.body if hasattr(raw, "body") else raw

    def run(self, query):
        return self.parse_response(query, self._search(query, self.build_request(query)))

    def keys(self, query, limit):
        body = self.build_request(dataclasses.replace(query, page=1, page_size=limit))
        body.update(aggs={}, _source=["key"])
        body.pop("highlight", None)
        raw = self._search(query, body)
        return [item["_source"]["key"] for item in raw["hits"]["hits"]]

    def parse_response(self, query, raw):
        """Turn a search response in Elasticsearch's documented format into an EngineResult."""
        aggregations = raw.get("aggregations", {})
        counts = {}
        for spec in FACETS:
            buckets = (
                aggregations.get(f"_filter_{spec.name}", {}).get(spec.name, {}).get("buckets", [])
            )
            counts[spec.name] = {str(b["key"]): b["doc_count"] for b in buckets}
        national = aggregations.get("_filter_region", {}).get("national", {}).get("doc_count", 0)
        rating_buckets = aggregations.get("_filter_rating", {}).get("rating", {}).get("buckets", [])
        rating_counts = {
            int(b["key"]): b["doc_count"] for b in rating_buckets if str(b["key"]).isdigit()
        }
        for stars in RATING_OPTIONS:
            rating_counts.setdefault(stars, 0)

        total = raw["hits"]["total"]["value"]
        terms = query.text.split()
        hits = []
        for item in raw["hits"]["hits"]:
            source = item["_source"]
            fragments = item.get("highlight", {})
            fragment = next(
                (fragments[f][0] for f in ("summary", "body", "title") if fragments.get(f)), None
            )
            hits.append(
                Hit(
                    key=source["key"],
                    kind=source["kind"][0] if isinstance(source["kind"], list) else source["kind"],
                    title=source["title"],
                    url=source["url"],
                    summary=source.get("summary", ""),
                    # Elasticsearch escapes the text itself (encoder "html") and adds <mark>.
                    highlight=mark_safe(fragment)  # noqa: S308
                    if fragment
                    else highlight(source.get("summary") or source.get("body", ""), terms),
                    score=round(item.get("_score") or 0, 4),
                    published_at=parse_datetime(source["published_at"])
                    if source.get("published_at")
                    else None,
                    rating_average=source.get("rating_average"),
                    rating_count=source.get("rating_count", 0),
                )
            )
        return EngineResult(
            hits=hits,
            total=total,
            counts=counts,
            national_count=national,
            rating_counts=rating_counts,
        )
