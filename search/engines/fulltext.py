"""Full text for the embedded engine: Wagtail's database search backend (django-modelsearch)
finds the entries that hold the words and says how well they match."""

import re

from django.contrib.contenttypes.models import ContentType
from django.db import connection, connections, transaction
from django.db.models import CharField, F, Func, IntegerField
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Or, PlainText


def full_text_terms(text):
    """Only words: SQLite's full-text syntax would choke on quotes and treat AND/OR/NOT as
    operators, and a visitor should never see a syntax error."""
    return " ".join(re.findall(r"\w+", text.lower()))


def plan_query(plan, every_word=True):
    """Wagtail's query for a search.terms.TextPlan: one alternative of every word's group
    (or, for the fallback with fewer words, of any group)."""
    groups = []
    for alternatives in plan.groups:
        options = [PlainText(full_text_terms(a), operator="and") for a in alternatives]
        options = [option for option in options if option.query_string]
        if options:
            groups.append(options[0] if len(options) == 1 else Or(options))
    if not groups:
        return None
    if len(groups) == 1:
        return groups[0]
    return And(groups) if every_word else Or(groups)


def text_match(plan, entries, every_word=True):
    """The entries of `entries` that match the plan: (a subquery of their ids, {entry id:
    relevance, higher is better}). With `every_word` false, an entry needs only one of the
    words (the service's fallback when no entry has them all). Filtering on the subquery
    keeps a common word's thousands of ids out of every count query."""
    query = plan_query(plan, every_word)
    if query is None:
        return entries.none().values("pk"), {}
    return _match(query, entries)


class TextMatch:
    """The entries of `entries` that match a plan: their ids at once, their relevance (as
    `text_match` gives it) when asked, for the entries a page ranks. On PostgreSQL the match
    is a lookup in the full-text index while scoring reads every entry scored, so only the
    entries asked for are scored; SQLite's FTS5 scores while it matches, in one query."""

    def __init__(self, plan, entries, every_word=True):
        self.query = plan_query(plan, every_word)
        self.entries = entries
        self._scores = None
        if self.query is None:
            self.ids, self._scores = [], {}
        elif connection.vendor == "sqlite":
            self._scores = _match(self.query, entries)[1]
            self.ids = list(self._scores)
        else:
            self.ids = _postgres_ids(self.query, entries)

        self.count = len(self.ids)

    def forget_ids(self):
        """Keep only what `scores` needs (the match is kept in memory for a while)."""
        self.ids = None

    def scores(self, ids):
        """{entry id: relevance} for (at least) the matching entries among `ids`."""
        if self._scores is not None:
            return self._scores
        if not ids:
            return {}
        # For most of the matches, scoring all in one pass costs less than a list of ids.
        only = ids if len(ids) * 2 < self.count else None
        return _match(self.query, self.entries, only)[1]


def _postgres_ids(query, entries):
    backend = get_search_backend()
    compiler = backend.search(query, entries.only("id")).query_compiler
    search_query = compiler.build_tsquery(compiler.query, config=compiler.get_config(backend))
    # Straight from the full-text table, on the expression the backend matches with (and
    # our migration indexes): no join with the entries, whose language and restriction the
    # caller applies.
    rows = (
        IndexEntry.objects.annotate(_vector_=F("title")._combine(F("body"), "||", False))
        .filter(
            content_type_id=ContentType.objects.get_for_model(entries.model).pk,
            _vector_=search_query,
        )
        .values_list("object_id", flat=True)
    )
    with transaction.atomic(using=rows.db), connections[rows.db].cursor() as cursor:
        # The planner counts joining a row's two vectors as cheap, so for a common word (a
        # third of the entries) it reads every row instead of the index: 220 ms instead of
        # 33 ms at national scale. For this statement only.
        cursor.execute("SET LOCAL enable_seqscan = off")
        found = [int(pk) for pk in rows]
        cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")
    return found


def _match(query, entries, only=None):
    """(subquery of the matching ids, {id: relevance} of the matches, on PostgreSQL only of
    those among `only` when given)."""
    results = get_search_backend().search(query, entries.only("id"))
    if connection.vendor == "sqlite":
        matches = _sqlite_matches(results.query_compiler)
        ids = matches.values("index_entry__object_id")
        scored = matches.annotate(score=_sqlite_rank(results.query_compiler))
        return ids, {
            int(pk): -score for pk, score in scored.values_list(*ids.query.values_select, "score")
        }
    scored = results.annotate_score("_score").get_queryset()
    ranked = scored if only is None else scored.filter(pk__in=only)
    return scored.values("pk"), dict(ranked.values_list("pk", "_score"))


def _sqlite_matches(compiler):
    """The FTS rows of the compiler's entries that match its query. modelsearch's own search
    scores each hit with a subquery that runs the match again (seconds at 20,000 offers);
    this is the same match, read once."""
    from modelsearch.backends.database.sqlite.query import (
        MatchExpression,
        SQLiteFTSIndexEntry,
        normalize,
    )

    match = MatchExpression(
        compiler.FTS_TABLE_FIELDS, compiler.build_search_query(normalize(compiler.query))
    )
    return (
        SQLiteFTSIndexEntry.objects.filter(match)
        .alias(
            entry_type=NotIndexed("index_entry__content_type_id", output_field=IntegerField()),
            entry_object=NotIndexed("index_entry__object_id", output_field=CharField()),
        )
        .filter(
            entry_type=ContentType.objects.get_for_model(compiler.queryset.model).pk,
            entry_object__in=compiler.queryset.values("pk"),
        )
    )


def _sqlite_rank(compiler):
    """modelsearch's bm25 rank: negative, lower being better."""
    return compiler._build_rank_expression(compiler.get_search_vectors(), config=None)


class NotIndexed(Func):
    """SQLite's unary plus: the column's index is not used, so the query planner starts from
    the full-text match (a few thousand rows) instead of from every index entry of the
    content type with a match per entry (1.5 s instead of 0.09 s at national scale)."""

    template = "+%(expressions)s"
