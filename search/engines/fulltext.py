"""Full text for the embedded engine: Wagtail's database search backend (django-modelsearch)
finds the entries that hold the words and says how well they match."""

import re

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField, Func, IntegerField
from wagtail.search.backends import get_search_backend


def full_text_terms(text):
    """Only words: SQLite's full-text syntax would choke on quotes and treat AND/OR/NOT as
    operators, and a visitor should never see a syntax error."""
    return " ".join(re.findall(r"\w+", text.lower()))


def match_scores(text, entries):
    """{entry id: relevance, higher is better} for the entries of `entries` that match `text`,
    in one query."""
    terms = full_text_terms(text)
    if not terms:
        return {}
    results = get_search_backend().search(terms, entries.only("id"))
    if connection.vendor == "sqlite":
        return _sqlite_scores(results.query_compiler)
    return {hit.pk: hit._score for hit in results.annotate_score("_score")}


def _sqlite_scores(compiler):
    """modelsearch's SQLite backend scores its hits with a subquery that runs the FTS match
    again for every hit (seconds at 20,000 offers); one pass over the FTS table with the same
    match and the same bm25 rank gives the same scores. bm25 is negative, lower being better,
    so it is negated."""
    from modelsearch.backends.database.sqlite.query import (
        MatchExpression,
        SQLiteFTSIndexEntry,
        normalize,
    )

    match = MatchExpression(
        compiler.FTS_TABLE_FIELDS, compiler.build_search_query(normalize(compiler.query))
    )
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), config=None)
    rows = (
        SQLiteFTSIndexEntry.objects.filter(match)
        .alias(
            entry_type=NotIndexed("index_entry__content_type_id", output_field=IntegerField()),
            entry_object=NotIndexed("index_entry__object_id", output_field=CharField()),
        )
        .filter(
            entry_type=ContentType.objects.get_for_model(compiler.queryset.model).pk,
            entry_object__in=compiler.queryset.values("pk"),
        )
        .annotate(score=rank)
        .values_list("index_entry__object_id", "score")
    )
    return {int(pk): -score for pk, score in rows}


class NotIndexed(Func):
    """SQLite's unary plus: the column's index is not used, so the query planner starts from
    the full-text match (a few thousand rows) instead of from every index entry of the
    content type with a match per entry (1.5 s instead of 0.09 s at national scale)."""

    template = "+%(expressions)s"
