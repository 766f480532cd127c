"""The embedded engine: SearchEntry rows, Wagtail's database search backend for full text."""

import math
import re

from django.db import connection
from django.db.models import Count, Q
from wagtail.search.backends import get_search_backend

from search import ranking
from search.models import SearchEntry, SearchFacet
from search.query import FACETS, RATING_OPTIONS, Hit, SearchResponse
from search.results import build_facets, facet_labels, highlight, known_filters

SIGNALS = [
    "id",
    "published_at",
    "rating_average",
    "rating_score",
    "accreditation_rank",
    "reach_rank",
    "has_dates",
    "payable_from_scheme",
    "is_national",
]


def facet_condition(name, values):
    rows = SearchFacet.objects.filter(name=name, value__in=values).values("entry_id")
    condition = Q(id__in=rows)
    if name == "region":
        # The reach rule: regions are stored expanded (see search.sources), and national
        # content matches every region.
        condition |= Q(is_national=True)
    return condition


def full_text_terms(text):
    """Only words: SQLite's full-text syntax would choke on quotes and treat AND/OR/NOT as
    operators, and a visitor should never see a syntax error."""
    return " ".join(re.findall(r"\w+", text.lower()))


class DatabaseEngine:
    name = "database"

    def search(self, query):
        labels = facet_labels(query.language)
        filters = known_filters(query, labels)
        entries = SearchEntry.objects.filter(language__in=[query.language, ""])

        relevance = None
        if query.text:
            # Wagtail's database search backend: full text on SQLite (FTS) and PostgreSQL.
            matches = get_search_backend().search(full_text_terms(query.text), entries.only("id"))
            # SQLite's bm25() is negative, more negative being better; PostgreSQL's rank is
            # positive. Both become "higher is better".
            sign = -1 if connection.vendor == "sqlite" else 1
            relevance = {hit.pk: sign * hit._score for hit in matches.annotate_score("_score")}
            entries = entries.filter(id__in=list(relevance))

        conditions = {name: facet_condition(name, values) for name, values in filters.items()}
        if query.min_rating:
            conditions["rating"] = Q(rating_average__gte=query.min_rating)

        def narrowed(skip=None):
            queryset = entries
            for name, condition in conditions.items():
                if name != skip:
                    queryset = queryset.filter(condition)
            return queryset

        results = narrowed()
        counts = self._facet_counts(narrowed, results, filters)
        ordered = self._rank(results, relevance, query)
        # The national count and the rating counts are taken from the ranked rows when their
        # own filter is not set (the common case), saving two queries.
        if "region" in conditions:
            national_count = narrowed("region").filter(is_national=True).count()
        else:
            national_count = sum(1 for row in ordered if row["is_national"])
        if "rating" in conditions:
            rating_counts = narrowed("rating").aggregate(
                **{
                    str(stars): Count("id", filter=Q(rating_average__gte=stars))
                    for stars in RATING_OPTIONS
                }
            )
        else:
            rating_counts = {
                str(stars): sum(1 for row in ordered if (row["rating_average"] or 0) >= stars)
                for stars in RATING_OPTIONS
            }

        total = len(ordered)
        num_pages = max(1, math.ceil(total / query.page_size))
        page = min(query.page, num_pages)
        page_ids = [row["id"] for row in ordered[(page - 1) * query.page_size :][: query.page_size]]
        scores = {row["id"]: row["score"] for row in ordered}
        by_id = SearchEntry.objects.in_bulk(page_ids)
        terms = query.text.split()
        hits = [self._hit(by_id[pk], scores[pk], terms) for pk in page_ids if pk in by_id]
        return SearchResponse(
            query=query,
            hits=hits,
            total=total,
            page=page,
            num_pages=num_pages,
            facets=build_facets(
                query,
                filters,
                labels,
                counts,
                national_count,
                {int(k): v for k, v in rating_counts.items()},
            ),
            engine=self.name,
        )

    def _facet_counts(self, narrowed, results, filters):
        """Counts per facet value: one query for the facets without a selection, one more for
        each facet with a selection (counted with every other filter applied)."""
        counts = {}
        unselected = [spec.name for spec in FACETS if spec.name not in filters]
        groups = [(unselected, results)] + [([name], narrowed(name)) for name in filters]
        for names, queryset in groups:
            rows = (
                SearchFacet.objects.filter(name__in=names, entry__in=queryset.values("id"))
                .values_list("name", "value")
                .annotate(n=Count("entry_id", distinct=True))
            )
            for name, value, n in rows:
                counts.setdefault(name, {})[value] = n
        return counts

    def _rank(self, results, relevance, query):
        rows = list(results.values(*SIGNALS))
        for row in rows:
            base = relevance.get(row["id"], 0) if relevance is not None else 1.0
            row["score"] = base * ranking.boost(
                row, region_filtered=query.region_filtered, needs_funding=query.needs_funding
            )
        if query.sort == "nieuwste":
            rows.sort(
                key=lambda r: (r["published_at"] is not None, r["published_at"]), reverse=True
            )
        elif query.sort == "waardering":
            rows.sort(key=lambda r: (r["rating_score"], r["score"]), reverse=True)
        else:
            rows.sort(
                key=lambda r: (r["score"], r["published_at"] is not None, r["published_at"]),
                reverse=True,
            )
        return rows

    def _hit(self, entry, score, terms):
        text = entry.summary or entry.body
        if terms and entry.body and not any(t.lower() in text.lower() for t in terms):
            text = entry.body
        return Hit(
            key=entry.key,
            kind=entry.kind,
            title=entry.title,
            url=entry.url,
            summary=entry.summary,
            highlight=highlight(text, terms),
            score=round(score, 4),
            published_at=entry.published_at,
            rating_average=entry.rating_average,
            rating_count=entry.rating_count,
        )
