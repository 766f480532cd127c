"""The embedded engine: SearchEntry rows, Wagtail's database search backend for full text.

Filters, facet counts and the ranking come from the index's snapshot in memory
(search.engines.snapshot) by default; `DatabaseEngine(in_memory=False)` does all of it in
SQL, the way to check that both answer the same.
"""

from django.db import connection
from django.db.models import Count, F, Q
from django.db.models.functions import Collate

from search import declarations, ranking, terms
from search.engines import fulltext
from search.engines import snapshot as snapshots
from search.engines.base import EngineResult
from search.engines.fulltext import text_match
from search.models import SearchEntry, SearchFacet
from search.query import FACETS, RATING_OPTIONS, Hit
from search.results import highlight

# The columns ranking reads besides the ranking signals the apps declared.
ENTRY_FIELDS = ("id", "title", "published_at")


BYTE_ORDER = {"sqlite": "BINARY", "postgresql": "C"}

# Highest first; on a tie the entry indexed first comes first, in both ways of ranking.
PYTHON_SORT_KEYS = {
    "nieuwste": lambda r: (r["published_at"] is not None, r["published_at"], -r["id"]),
    "waardering": lambda r: (r["rating_score"], r["score"], -r["id"]),
    "relevantie": lambda r: (
        r["score"],
        r["published_at"] is not None,
        r["published_at"],
        -r["id"],
    ),
}


def rating_aggregates():
    return {
        str(stars): Count("id", filter=Q(rating_average__gte=stars)) for stars in RATING_OPTIONS
    }


def facet_condition(name, values):
    rows = SearchFacet.objects.filter(name=name, value__in=values).values("entry_id")
    condition = Q(id__in=rows)
    if name == "region":
        # The reach rule: regions are stored expanded (see search.sources), and national
        # content matches every region.
        condition |= Q(is_national=True)
    return condition


class DatabaseEngine:
    name = "database"

    def __init__(self, in_memory=True):
        self.in_memory = in_memory

    def run(self, query):
        return self._run_in_memory(query) if self.in_memory else self._run_in_sql(query)

    def keys(self, query, limit):
        return (
            self._keys_in_memory(query, limit)
            if self.in_memory
            else self._keys_in_sql(query, limit)
        )

    # In memory

    def _matching_in_memory(self, query):
        """(the snapshot, bitset of the entries of `query` before its filters, a bitset per
        filter, a callable giving the relevance of some entries by id or None without text)."""
        snapshot = snapshots.current()
        base = snapshot.language(query.language)
        if query.within is not None:
            base &= snapshot.of_keys(query.within)
        relevance = None
        if query.text:
            plan = terms.plan(query.text, query.language)
            entries = SearchEntry.objects.filter(language__in=[query.language, ""])
            key = (query.language, query.every_word, tuple(map(tuple, plan.groups)))
            matching, matched = snapshot.text_match(
                key, lambda: fulltext.TextMatch(plan, entries, query.every_word)
            )
            base &= matching
            relevance = matched.scores
        conditions = {name: snapshot.facet(name, values) for name, values in query.filters.items()}
        if query.min_rating:
            conditions["rating"] = snapshot.rated(query.min_rating)
        return snapshot, base, conditions, relevance

    @staticmethod
    def _narrowed(base, conditions, skip=None):
        for name, condition in conditions.items():
            if name != skip:
                base &= condition
        return base

    def _ranked(self, snapshot, results, relevance, query, count):
        """(the first `count` positions of `results` in the query's order, score by position)."""
        flags = (query.sort, query.region_filtered, query.needs_funding)
        if relevance is None:
            positions = snapshot.first(results, *flags, count)
            return positions, snapshot.boosts(query.region_filtered, query.needs_funding)
        ids = [snapshot.ids[n] for n in snapshot.positions(results)]
        return snapshot.ranked(results, relevance(ids), *flags, count=count)

    def _keys_in_memory(self, query, limit):
        snapshot, base, conditions, relevance = self._matching_in_memory(query)
        results = self._narrowed(base, conditions)
        if relevance is None:
            positions = snapshot.positions(results)[:limit]
        else:
            positions, _scores = self._ranked(snapshot, results, relevance, query, limit)
        return [snapshot.keys[n] for n in positions]

    def _run_in_memory(self, query):
        snapshot, base, conditions, relevance = self._matching_in_memory(query)
        results = self._narrowed(base, conditions)
        counts = {}
        for spec in FACETS:
            within = (
                self._narrowed(base, conditions, spec.name)
                if spec.name in query.filters
                else results
            )
            found = snapshot.counts(spec.name, within)
            if found:
                counts[spec.name] = found
        national = self._narrowed(base, conditions, "region") & snapshot.national
        rated = self._narrowed(base, conditions, "rating")
        start = (query.page - 1) * query.page_size
        positions, scores = self._ranked(
            snapshot, results, relevance, query, start + query.page_size
        )
        positions = positions[start:]
        page_ids = [snapshot.ids[n] for n in positions]
        by_id = SearchEntry.objects.in_bulk(page_ids)
        terms = query.text.split()
        return EngineResult(
            hits=[
                self._hit(by_id[snapshot.ids[n]], scores[n], terms)
                for n in positions
                if snapshot.ids[n] in by_id
            ],
            total=results.bit_count(),
            counts=counts,
            national_count=national.bit_count(),
            rating_counts={
                stars: (rated & snapshot.rated(stars)).bit_count() for stars in RATING_OPTIONS
            },
        )

    # In SQL

    def _entries(self, query):
        entries = SearchEntry.objects.filter(language__in=[query.language, ""])
        relevance = None
        if query.text:
            plan = terms.plan(query.text, query.language)
            matching, relevance = text_match(plan, entries, query.every_word)
            entries = entries.filter(id__in=matching)
        # After the text match: the full-text backend filters only on its declared fields.
        if query.within is not None:
            entries = entries.filter(key__in=query.within)
        conditions = {name: facet_condition(name, values) for name, values in query.filters.items()}
        if query.min_rating:
            conditions["rating"] = Q(rating_average__gte=query.min_rating)

        def narrowed(skip=None):
            queryset = entries
            for name, condition in conditions.items():
                if name != skip:
                    queryset = queryset.filter(condition)
            return queryset

        return narrowed, conditions, relevance

    def _keys_in_sql(self, query, limit):
        narrowed, _conditions, relevance = self._entries(query)
        results = narrowed()
        if relevance is None:
            return list(results.order_by("id").values_list("key", flat=True)[:limit])
        _total, ids, _scores, _summary = self._rank_in_python(results, relevance, query)
        keys = dict(SearchEntry.objects.filter(id__in=ids[:limit]).values_list("id", "key"))
        return [keys[pk] for pk in ids[:limit] if pk in keys]

    def _run_in_sql(self, query):
        narrowed, conditions, relevance = self._entries(query)
        results = narrowed()
        counts = self._facet_counts(narrowed, results, query.filters)
        if relevance is None:
            total, page_ids, scores, summary = self._rank_in_database(results, query)
        else:
            total, page_ids, scores, summary = self._rank_in_python(results, relevance, query)
            page_ids = page_ids[(query.page - 1) * query.page_size :][: query.page_size]
        # The national and rating counts come with the ranking when their own filter is not
        # set (the common case); otherwise they are counted with the other filters applied.
        if "region" in conditions:
            national_count = narrowed("region").filter(is_national=True).count()
        else:
            national_count = summary["national"]
        if "rating" in conditions:
            rating_counts = narrowed("rating").aggregate(**rating_aggregates())
        else:
            rating_counts = {str(stars): summary[str(stars)] for stars in RATING_OPTIONS}
        by_id = SearchEntry.objects.in_bulk(page_ids)
        terms = query.text.split()
        return EngineResult(
            hits=[self._hit(by_id[pk], scores[pk], terms) for pk in page_ids if pk in by_id],
            total=total,
            counts=counts,
            national_count=national_count,
            rating_counts={int(k): v for k, v in rating_counts.items()},
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
                # (entry, name, value) is unique: a plain count is a count of entries.
                .annotate(n=Count("id"))
            )
            for name, value, n in rows:
                counts.setdefault(name, {})[value] = n
        return counts

    def _rank_in_python(self, results, relevance, query):
        """Text relevance times the ranking signals, for the entries that match the text.
        Returns (total, ordered ids, scores, counts summary)."""
        columns = (*ENTRY_FIELDS, *declarations.SIGNALS)
        rows = [declarations.with_signals(row) for row in results.values(*columns)]
        for row in rows:
            row["score"] = relevance.get(row["id"], 0) * ranking.boost(
                row, region_filtered=query.region_filtered, needs_funding=query.needs_funding
            )
        if query.sort == "titel":
            rows.sort(key=lambda r: (r["title"], r["id"]))
        else:
            key = PYTHON_SORT_KEYS.get(query.sort, PYTHON_SORT_KEYS["relevantie"])
            rows.sort(key=key, reverse=True)
        summary = {"national": sum(1 for row in rows if row["is_national"])}
        for stars in RATING_OPTIONS:
            summary[str(stars)] = sum(1 for row in rows if (row["rating_average"] or 0) >= stars)
        return len(rows), [row["id"] for row in rows], {r["id"]: r["score"] for r in rows}, summary

    def _rank_in_database(self, results, query):
        """Without text every entry has relevance 1, so the ranking is the signals alone and
        SQL can order and slice: only the page's rows leave the database."""
        summary = results.aggregate(
            total=Count("id"),
            national=Count("id", filter=Q(is_national=True)),
            **rating_aggregates(),
        )
        scored = results.annotate(
            score=ranking.boost_expression(
                region_filtered=query.region_filtered, needs_funding=query.needs_funding
            )
        )
        newest = F("published_at").desc(nulls_last=True)
        if query.sort == "nieuwste":
            order = [newest, "id"]
        elif query.sort == "waardering":
            order = ["-rating_score", "-score", "id"]
        elif query.sort == "titel":
            # Byte order, as Elasticsearch sorts its keyword field.
            order = [Collate("title", BYTE_ORDER[connection.vendor]), "id"]
        else:
            order = ["-score", newest, "id"]
        start = (query.page - 1) * query.page_size
        rows = list(
            scored.order_by(*order).values_list("id", "score")[start : start + query.page_size]
        )
        return summary["total"], [pk for pk, _score in rows], dict(rows), summary

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
