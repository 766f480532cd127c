"""Full text for the embedded engine: Wagtail's database search backend (django-modelsearch)
finds the entries that hold the words and says how well they match.

How well is first how many of the words typed an entry holds as the whole word (the word, its
synonyms, its compound's parts: search.terms), then how many it holds only as another word
(another form, a typo corrected, a completion), and only then the backend's score: "groep"
finds "Groep 6" above "groepjes". SQLite's full-text index does not stem, so the whole word is
a match of its own there. PostgreSQL's stems ("groepjes" is stored as "groep"): there another
form counts as the word, and only typo corrections and completions (other stems) rank lower;
reading the entries' text for the word itself cost too much for a common word at national
scale.
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.db import connection, connections, transaction
from django.db.models import CharField, F, Func, IntegerField
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Or, PlainText

from search import terms


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


WHOLE_WORD, OTHER_WORD = 2, 1  # points per word typed, by how an entry holds it
# Each point more multiplies the relevance by this: more than the backend's scores and the
# ranking signals (search.ranking) differ by, so that points come first.
POINT = 1000.0
# Among entries with as many points, each bit of rarity (search.terms.TextPlan.rarity) of the
# words held multiplies it by this: with only some of the words, "museum" counts for more
# than "groep" or "gratis", which half the offers hold.
RARITY = 2.0
MAX_APART = 100  # further apart is "far below" (and stays a float above zero)


def text_match(plan, entries, every_word=True):
    """The entries of `entries` that match the plan: (a subquery of their ids, {entry id:
    relevance, higher is better}). With `every_word` false, an entry needs only one of the
    words (the service's fallback when no entry has them all). Filtering on the subquery
    keeps a common word's thousands of ids out of every count query."""
    query = plan_query(plan, every_word)
    if query is None:
        return entries.none().values("pk"), {}
    ids, scores = _match(query, entries)
    return ids, weigh(scores, points(plan, entries, every_word, scores))


def points(plan, entries, every_word, ids):
    """{entry id: (points, rarity)} of the entries `ids` (which match the plan): per word
    typed, WHOLE_WORD points when the entry holds the whole word, else OTHER_WORD when it
    holds another of its alternatives (with `every_word` every entry found does), else none;
    the rarity of the words it holds added up."""
    ids = set(ids)
    found = dict.fromkeys(ids, (0, 0.0))
    if not ids:
        return found
    for whole, alternatives, rarity in zip(plan.whole, plan.groups, plan.rarity, strict=True):
        if _all_whole(whole, alternatives, plan.language):
            # Every entry that holds the word holds it whole: nothing to look up.
            holding_any = ids if every_word else _ids(_alternatives_query(alternatives), entries)
            holding_whole = holding_any
        else:
            holding_whole = _whole_word_ids(whole, entries, ids)
            holding_any = ids if every_word else _ids(_alternatives_query(alternatives), entries)
        for pk in ids:
            held = WHOLE_WORD if pk in holding_whole else OTHER_WORD if pk in holding_any else 0
            if held:
                points_so_far, rarity_so_far = found[pk]
                found[pk] = (points_so_far + held, rarity_so_far + rarity)
    return found


def _all_whole(whole, alternatives, language):
    """True when the full-text index cannot tell the word's other alternatives from the word:
    there are none, or (on PostgreSQL, which stems) they are its other forms."""
    others = set(alternatives) - set(whole)
    if not others:
        return True
    if connection.vendor == "sqlite":
        return False
    word = whole[0]
    return all(terms.stem(other, language) == terms.stem(word, language) for other in others)


def weigh(scores, points_by_id):
    """The backend's scores with each entry's points first, then the rarity of its words
    (see POINT and RARITY)."""
    if not scores:
        return scores
    lowest = min(scores.values())
    if lowest <= 0:
        # SQLite's bm25 goes below zero for a word most entries hold: shifted, so that a
        # factor below 1 lowers a score instead of raising it; the order stays.
        scores = {pk: score - lowest + 1 for pk, score in scores.items()}
    top_points = max(points for points, _rarity in points_by_id.values())
    top_rarity = max(rarity for _points, rarity in points_by_id.values())
    weighed = {}
    for pk, score in scores.items():
        points, rarity = points_by_id.get(pk, (0, 0.0))
        weighed[pk] = (
            score
            * POINT ** max(points - top_points, -MAX_APART)
            * RARITY ** max(rarity - top_rarity, -MAX_APART)
        )
    return weighed


def _alternatives_query(alternatives):
    options = [PlainText(full_text_terms(a), operator="and") for a in alternatives]
    options = [option for option in options if option.query_string]
    if not options:
        return None
    return options[0] if len(options) == 1 else Or(options)


def _ids(query, entries):
    """The ids of `entries` that match a Wagtail query, as a set."""
    if query is None:
        return set()
    if connection.vendor == "sqlite":
        results = get_search_backend().search(query, entries.only("id"))
        matches = _sqlite_matches(results.query_compiler)
        return {int(pk) for pk in matches.values_list("index_entry__object_id", flat=True)}
    return set(_postgres_ids(query, entries))


def _whole_word_ids(alternatives, entries, ids):
    """Those of `ids` that hold one of `alternatives` ("museum" or "museum les", every word
    of it) as whole words, as far as the full-text index can tell."""
    return _ids(_alternatives_query(alternatives), entries) & ids


class TextMatch:
    """The entries of `entries` that match a plan: their ids at once, their relevance (as
    `text_match` gives it) when asked, for the entries a page ranks. On PostgreSQL the match
    is a lookup in the full-text index while scoring reads every entry scored, so only the
    entries asked for are scored; SQLite's FTS5 scores while it matches, in one query."""

    def __init__(self, plan, entries, every_word=True):
        self.query = plan_query(plan, every_word)
        self.plan = plan
        self.every_word = every_word
        self.entries = entries
        self._scores = None
        self._points = {}
        if self.query is None:
            self.ids, self._scores = [], {}
        elif connection.vendor == "sqlite":
            scores = _match(self.query, entries)[1]
            self._scores = weigh(scores, points(plan, entries, every_word, scores))
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
        # Every id asked for matches (the caller narrows the match): the backend's rank of
        # those rows, found by id, without matching the text again.
        scores = _rank_ids(self.query, self.entries, ids)
        missing = set(scores) - set(self._points)
        if missing:
            # Kept with the match: the same words ranked again need no lookup.
            self._points.update(points(self.plan, self.entries, self.every_word, missing))
        return weigh(scores, self._points)


def _rank_ids(query, entries, ids):
    """PostgreSQL: {id: the backend's relevance} of entries known to match `query`. Wagtail's
    own scoring filters on the match again, which PostgreSQL answers by evaluating it on
    every row of the full-text table (130 ms at national scale for a common word); this is
    the same rank expression on the rows of `ids`, read through the entries' primary key
    and the index's (content type, object id) key."""
    backend = get_search_backend()
    compiler = backend.search(query, entries.only("id")).query_compiler
    config = compiler.get_config(backend)
    rank = compiler._build_rank_expression(
        compiler.get_search_vectors(compiler.build_tsquery(compiler.query, config=config)),
        config,
    )
    rows = entries.model.objects.filter(pk__in=list(ids)).annotate(_score=rank)
    return dict(rows.values_list("pk", "_score"))


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


def _match(query, entries):
    """(subquery of the matching ids, {id: relevance} of the matches)."""
    results = get_search_backend().search(query, entries.only("id"))
    if connection.vendor == "sqlite":
        matches = _sqlite_matches(results.query_compiler)
        ids = matches.values("index_entry__object_id")
        scored = matches.annotate(score=_sqlite_rank(results.query_compiler))
        return ids, {
            int(pk): -score for pk, score in scored.values_list(*ids.query.values_select, "score")
        }
    scored = results.annotate_score("_score").get_queryset()
    return scored.values("pk"), dict(scored.values_list("pk", "_score"))


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
