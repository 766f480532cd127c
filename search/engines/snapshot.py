"""The index in memory: facet values as bitsets and the ranking signals, per process.

Counting facets in SQL means one grouped join over the facet rows per request (hundreds of
thousands at national scale); with one bitset per facet value (a Python int, bit n for the
entry at position n) a count is an AND and a popcount. The snapshot is read from the
database once and kept under the index's version stamp (search.labels.labels_version, in the
shared cache): every change to an entry sets a new stamp, so each worker process notices it
on its next search and reads the index again.

Text matching stays with the database (search.engines.fulltext); the snapshot narrows,
counts and ranks what it finds. The plain SQL path in search.engines.database gives the same
answers (search/tests/test_snapshot.py).
"""

import bisect
import copy
import heapq
import threading
from collections import OrderedDict
from itertools import islice

from search import declarations, ranking
from search.labels import changes_between, labels_version
from search.models import SearchEntry, SearchFacet
from search.query import RATING_OPTIONS

TEXT_MATCHES = 64  # text queries whose matches a process keeps (see Snapshot.text_match)
# Entries changed since a snapshot that are read into a copy of it (Snapshot.updated); when
# more changed, the index is read again in full.
MAX_CHANGED = 2000

# The bit positions set in each byte value, to list the entries of a bitset.
BYTE_BITS = [tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256)]

# The columns a snapshot reads besides the ranking signals the apps declared.
ENTRY_FIELDS = ("id", "key", "language", "title", "url", "published_at")


def bitset(positions, size):
    """The int with the bits of `positions` set."""
    buffer = bytearray((size + 7) // 8)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


class Snapshot:
    def __init__(self, version):
        self.version = version
        fields = (*ENTRY_FIELDS, *declarations.SIGNALS)
        entries = list(SearchEntry.objects.order_by("id").values_list(*fields))
        self.size = len(entries)
        self.ids = [row[0] for row in entries]
        self.position = {pk: n for n, pk in enumerate(self.ids)}
        self.keys = [row[1] for row in entries]
        self.key_position = {key: n for n, key in enumerate(self.keys)}
        # Ranking signals by position, as search.ranking reads them.
        self.signals = [
            declarations.with_signals(dict(zip(fields, row, strict=True))) for row in entries
        ]
        languages = {}
        national, rated = [], {stars: [] for stars in RATING_OPTIONS}
        for n, signals in enumerate(self.signals):
            languages.setdefault(signals["language"], []).append(n)
            if signals["is_national"]:
                national.append(n)
            for stars in RATING_OPTIONS:
                if signals["rating_average"] is not None and signals["rating_average"] >= stars:
                    rated[stars].append(n)
        self.languages = {language: bitset(ns, self.size) for language, ns in languages.items()}
        self.national = bitset(national, self.size)
        self._rated = {stars: bitset(ns, self.size) for stars, ns in rated.items()}
        values = {}
        position = self.position
        rows = SearchFacet.objects.values_list("name", "value", "entry_id")
        for name, value, entry_id in rows.iterator(chunk_size=20_000):
            n = position.get(entry_id)
            if n is not None:  # an entry written after the entries were read
                values.setdefault(name, {}).setdefault(value, []).append(n)
        self.values = {
            name: {value: bitset(ns, self.size) for value, ns in by_value.items()}
            for name, by_value in values.items()
        }
        # Titles folded to upper case, in order, for suggestions by their start.
        self.folded_titles = sorted((row[3].upper(), n) for n, row in enumerate(entries))
        self._boosts = {}
        self._orders = {}
        self._ranks = {}
        self._text = OrderedDict()
        self._text_lock = threading.Lock()

    def updated(self, keys, version):
        """A copy of this snapshot under `version` with the entries `keys` read again
        (added, changed or removed): a few rows instead of the whole index. Each changed
        entry leaves its position (cleared from every set at once by a mask); an entry
        still there takes its position again, a new one is added at the end (ids grow, so
        positions stay in id order). What was kept per query is dropped or patched."""
        new = copy.copy(self)
        new.version = version
        fields = (*ENTRY_FIELDS, *declarations.SIGNALS)
        rows = list(SearchEntry.objects.filter(key__in=keys).order_by("id").values_list(*fields))
        new.ids, new.keys, new.signals = list(self.ids), list(self.keys), list(self.signals)
        new.position, new.key_position = dict(self.position), dict(self.key_position)
        changed = [self.key_position[key] for key in keys if key in self.key_position]
        keep = ~bitset(changed, self.size)
        new.languages = {language: bits & keep for language, bits in self.languages.items()}
        new.national = self.national & keep
        new._rated = {stars: bits & keep for stars, bits in self._rated.items()}
        new.values = {
            name: {value: bits & keep for value, bits in by_value.items()}
            for name, by_value in self.values.items()
        }
        for n in changed:
            del new.key_position[self.keys[n]]
            new.position.pop(self.ids[n], None)
            # In no set any more; kept so that positions do not move.
            new.signals[n] = {**self.signals[n], "language": None}
        placed = []
        for row in rows:
            pk, key = row[0], row[1]
            n = self.position.get(pk)
            if n is None:
                n = len(new.ids)
                new.ids.append(pk)
                new.keys.append(key)
                new.signals.append(None)
            new.keys[n] = key
            new.position[pk], new.key_position[key] = n, n
            new.signals[n] = declarations.with_signals(dict(zip(fields, row, strict=True)))
            placed.append(n)
        new.size = len(new.ids)
        new._add_to_sets(placed)
        gone = {*changed, *placed}
        new.folded_titles = [item for item in self.folded_titles if item[1] not in gone]
        for n in placed:
            bisect.insort(new.folded_titles, (new.signals[n]["title"].upper(), n))
        new._boosts = {}
        for (region_filtered, needs_funding), boosts in self._boosts.items():
            boosts = boosts + [0.0] * (new.size - len(boosts))
            for n in placed:
                boosts[n] = ranking.boost(
                    new.signals[n], region_filtered=region_filtered, needs_funding=needs_funding
                )
            new._boosts[(region_filtered, needs_funding)] = boosts
        new._orders, new._ranks = {}, {}
        new._text = OrderedDict()
        new._text_lock = threading.Lock()
        return new

    def _add_to_sets(self, placed):
        """Set the bits of the entries at positions `placed` (read again) in every set."""
        languages, national, rated, values = {}, [], {}, {}
        for n in placed:
            signals = self.signals[n]
            languages.setdefault(signals["language"], []).append(n)
            if signals["is_national"]:
                national.append(n)
            for stars in self._rated:
                average = signals["rating_average"]
                if average is not None and average >= stars:
                    rated.setdefault(stars, []).append(n)
        for language, ns in languages.items():
            self.languages[language] = self.languages.get(language, 0) | bitset(ns, self.size)
        self.national |= bitset(national, self.size)
        for stars, ns in rated.items():
            self._rated[stars] |= bitset(ns, self.size)
        ids = {self.ids[n]: n for n in placed}
        rows = SearchFacet.objects.filter(entry_id__in=list(ids)).values_list(
            "name", "value", "entry_id"
        )
        for name, value, entry_id in rows:
            values.setdefault(name, {}).setdefault(value, []).append(ids[entry_id])
        for name, by_value in values.items():
            known = self.values.setdefault(name, {})
            for value, ns in by_value.items():
                known[value] = known.get(value, 0) | bitset(ns, self.size)

    # Sets of entries

    def language(self, language):
        return self.languages.get(language, 0) | self.languages.get("", 0)

    def of_keys(self, keys):
        return bitset(
            (self.key_position[key] for key in keys if key in self.key_position), self.size
        )

    def of_ids(self, ids):
        return bitset((self.position[pk] for pk in ids if pk in self.position), self.size)

    def facet(self, name, values):
        """Entries with any of `values`; for regions, also every national entry."""
        found = 0
        by_value = self.values.get(name, {})
        for value in values:
            found |= by_value.get(value, 0)
        if name == "region":
            found |= self.national
        return found

    def rated(self, stars):
        """Entries rated at least `stars` on average."""
        bits = self._rated.get(stars)
        if bits is None:
            bits = bitset(
                (
                    n
                    for n, signals in enumerate(self.signals)
                    if signals["rating_average"] is not None and signals["rating_average"] >= stars
                ),
                self.size,
            )
            self._rated[stars] = bits
        return bits

    def counts(self, name, within):
        """{value: entries of `within` with it}, values with none left out."""
        counts = {}
        for value, bits in self.values.get(name, {}).items():
            n = (within & bits).bit_count()
            if n:
                counts[value] = n
        return counts

    def positions(self, bits):
        """The positions set in `bits`, lowest first."""
        found = []
        data = bits.to_bytes((self.size + 7) // 8, "little")
        for index, byte in enumerate(data):
            if byte:
                base = index << 3
                found.extend(base + bit for bit in BYTE_BITS[byte])
        return found

    def titles_starting(self, text, language, limit):
        """[(title, url)] of the entries in `language` (or in every language) whose title
        starts with `text` whatever the case, by title (code point order, as the database's
        C collation), at most `limit`."""
        prefix = text.upper()
        start = bisect.bisect_left(self.folded_titles, (prefix,))
        languages = {language, ""}
        found = []
        titles = self.folded_titles
        for index in range(start, len(titles)):
            folded, n = titles[index]
            if not folded.startswith(prefix):
                break
            if self.signals[n]["language"] in languages:
                found.append(n)
        signals = self.signals
        best = heapq.nsmallest(limit, found, key=lambda n: (signals[n]["title"], signals[n]["id"]))
        return [(signals[n]["title"], signals[n]["url"]) for n in best]

    # Text

    def text_match(self, key, match):
        """(bitset of the entries that match, the match) for a text query `key`, the latest
        TEXT_MATCHES kept: a word searched again costs no full-text lookup until the index
        changes (which replaces the snapshot). `match()` makes a fulltext.TextMatch."""
        found = self._text.get(key)
        if found is None:
            matched = match()
            found = (self.of_ids(matched.ids), matched)
            matched.forget_ids()
            with self._text_lock:
                self._text[key] = found
                while len(self._text) > TEXT_MATCHES:
                    self._text.popitem(last=False)
        else:
            with self._text_lock:
                if key in self._text:
                    self._text.move_to_end(key)
        return found

    # Ranking

    def boosts(self, region_filtered, needs_funding):
        """search.ranking.boost for every entry, by position."""
        flags = (region_filtered, needs_funding)
        boosts = self._boosts.get(flags)
        if boosts is None:
            boosts = [
                ranking.boost(s, region_filtered=region_filtered, needs_funding=needs_funding)
                for s in self.signals
            ]
            self._boosts[flags] = boosts
        return boosts

    def order(self, sort, region_filtered, needs_funding):
        """Every position, best first, for a query without text (relevance 1 for all):
        the order of DatabaseEngine._rank_in_database."""
        flags = (sort, region_filtered, needs_funding)
        order = self._orders.get(flags)
        if order is None:
            key, descending = self._sort_key(sort, self.boosts(region_filtered, needs_funding))
            order = sorted(range(self.size), key=key, reverse=descending)
            rank = [0] * self.size
            for index, n in enumerate(order):
                rank[n] = index
            self._ranks[flags] = rank
            self._orders[flags] = order
        return order

    def _sort_key(self, sort, scores):
        """(key by position, descending): the orders of search.engines.database
        (PYTHON_SORT_KEYS); titles ascending in code point order, which is the byte order
        of UTF-8 that the database sorts titles by."""
        signals = self.signals
        if sort == "titel":
            return (lambda n: (signals[n]["title"], signals[n]["id"])), False
        if sort == "nieuwste":
            return (lambda n: (_newest(signals[n]), -signals[n]["id"])), True
        if sort == "waardering":
            return (lambda n: (signals[n]["rating_score"], scores[n], -signals[n]["id"])), True
        return (lambda n: (scores[n], _newest(signals[n]), -signals[n]["id"])), True

    def first(self, bits, sort, region_filtered, needs_funding, count):
        """The first `count` positions of `bits` in the order of a query without text."""
        order = self.order(sort, region_filtered, needs_funding)
        if bits.bit_count() * 16 < self.size:
            # Few entries: rank them rather than walk the whole order.
            rank = self._ranks[(sort, region_filtered, needs_funding)]
            return heapq.nsmallest(count, self.positions(bits), key=rank.__getitem__)
        data = bits.to_bytes((self.size + 7) // 8, "little")
        return list(islice((n for n in order if data[n >> 3] >> (n & 7) & 1), count))

    def ranked(self, bits, relevance, sort, region_filtered, needs_funding, count=None):
        """The first `count` (None: all) positions of `bits`, best first, and the scores of
        all: text relevance ({entry id: relevance}) times the ranking signals, as
        DatabaseEngine._rank_in_python."""
        boosts = self.boosts(region_filtered, needs_funding)
        found = self.positions(bits)
        ids = self.ids
        scores = {n: relevance.get(ids[n], 0) * boosts[n] for n in found}
        key, descending = self._sort_key(sort, scores)
        if count is None:
            return sorted(found, key=key, reverse=descending), scores
        pick = heapq.nlargest if descending else heapq.nsmallest
        return pick(count, found, key), scores


def _newest(signals):
    published = signals["published_at"]
    return (published is not None, published)


_current = {}
_lock = threading.Lock()


def current():
    """The snapshot of the index as it is now: when the version stamp moved, updated with the
    entries changed since (search.labels.changes_between), or read again when those are not
    known."""
    version = labels_version()
    snapshot = _current.get("snapshot")
    if snapshot is None or snapshot.version != version:
        with _lock:
            snapshot = _current.get("snapshot")
            if snapshot is None or snapshot.version != version:
                changed = (
                    None
                    if snapshot is None
                    else changes_between(snapshot.version, version, MAX_CHANGED)
                )
                if changed is None:
                    snapshot = Snapshot(version)
                else:
                    snapshot = snapshot.updated(changed, version)
                _current["snapshot"] = snapshot
    return snapshot


def forget():
    _current.clear()
