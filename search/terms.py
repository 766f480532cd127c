"""From the words a visitor types to what the database engine searches for.

Each word becomes a group of alternatives taken from the index's own vocabulary (the words of
titles, summaries and taxonomy labels in the visitor's language): the word itself, its other
forms (same Dutch or English stem), one typo corrected for words of five letters or more, the
completions of the last word typed, and the synonyms editors keep (search.models.Synonym).
An entry must match one alternative of every group; when none does, the service asks again
with fewer words.
"""

import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer
from django.core.cache import cache

from .labels import labels_version
from .models import SearchEntry, Synonym

STEMMERS = {"nl": "dutch", "en": "english"}
WORD = re.compile(r"\w+")
TYPO_MIN_LENGTH = 5
PREFIX_MIN_LENGTH = 3
MAX_ALTERNATIVES = 8
PART_MIN_LENGTH = 3  # the parts of a compound: "les" in "museumles"
# Letters Dutch puts between the parts of a compound: "kinderopvang", "schoolsreis", "zonnebloem".
LINKS = ("", "s", "e", "en")
LETTERS = "abcdefghijklmnopqrstuvwxyzéëïöü"


def words(text):
    return WORD.findall(text.lower())


@lru_cache(maxsize=4)
def stemmer(language):
    return snowballstemmer.stemmer(STEMMERS.get(language, "dutch"))


def stem(word, language):
    return stemmer(language).stemWord(word)


@dataclass
class Vocabulary:
    language: str
    counts: Counter
    size: int = 0  # entries read
    by_stem: dict = field(default_factory=dict)
    ordered: list = field(default_factory=list)  # sorted words, for prefixes

    @classmethod
    def build(cls, language):
        counts = Counter()
        rows = SearchEntry.objects.filter(language__in=[language, ""]).values_list(
            "title", "summary", "keywords"
        )
        size = 0
        for row in rows.iterator(chunk_size=2000):
            size += 1
            for text in row:
                counts.update(words(text))
        vocabulary = cls(language, counts, size, ordered=sorted(counts))
        for word in counts:
            vocabulary.by_stem.setdefault(stem(word, language), []).append(word)
        return vocabulary

    def __contains__(self, word):
        return word in self.counts

    def forms(self, word):
        """Words of the vocabulary with the same stem, or that are its stem."""
        root = stem(word, self.language)
        found = set(self.by_stem.get(root, ()))
        if root in self.counts:
            found.add(root)
        return found

    def near(self, word):
        """Words one edit away (deleted, inserted, replaced or swapped letter)."""
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        edits = {a + b[1:] for a, b in splits if b}
        edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        edits |= {a + c + b[1:] for a, b in splits if b for c in LETTERS}
        edits |= {a + c + b for a, b in splits for c in LETTERS}
        return {edit for edit in edits if edit in self.counts and edit != word}

    def completions(self, prefix, limit=MAX_ALTERNATIVES):
        start = bisect_left(self.ordered, prefix)
        found = []
        for word in self.ordered[start:]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return sorted(found, key=lambda w: -self.counts[w])[:limit]

    def known(self, word):
        return word in self.counts or bool(self.forms(word))

    def split(self, word):
        """The parts of a compound as "head tail" ("museumles" -> "museum les"), or "": the
        split whose head and tail the index knows (the tail may be an unknown word of three
        letters or more when no split has both), most common parts first."""
        found = []
        for cut in range(PART_MIN_LENGTH, len(word) - PART_MIN_LENGTH + 1):
            head, rest = word[:cut], word[cut:]
            if not self.known(head):
                continue
            for link in LINKS:
                if not rest.startswith(link) or len(rest) - len(link) < PART_MIN_LENGTH:
                    continue
                tail = rest[len(link) :]
                tail_known = self.known(tail)
                found.append((tail_known, min(self.counts[head], self.counts[tail]), cut, tail))
        if not found:
            return ""
        tail_known, _count, cut, tail = max(found)
        return f"{word[:cut]} {tail}" if tail_known else word[:cut]

    def rarity(self, word):
        held = max(1, max((self.counts[form] for form in {word} | self.forms(word)), default=0))
        return max(0.0, math.log2(max(self.size, 1) / held))

    def best(self, candidates):
        return sorted(candidates, key=lambda w: (-self.counts[w], w))


def vocabulary(language):
    """The vocabulary of the index in `language`, rebuilt when entries change."""
    version = labels_version()
    return _vocabulary(language, version)


@lru_cache(maxsize=4)
def _vocabulary(language, version):
    return Vocabulary.build(language)


def synonyms(language):
    """{word: [alternative, ...]} from the synonyms editors keep, both ways."""
    version = labels_version()
    key = f"search:synonyms:{language}:{version}"
    table = cache.get(key)
    if table is None:
        table = {}
        for synonym in Synonym.objects.filter(language__in=[language, ""]):
            group = [synonym.term.lower(), *synonym.alternative_list()]
            for member in group:
                if len(words(member)) == 1:
                    others = [other for other in group if other != member]
                    table.setdefault(words(member)[0], []).extend(others)
        table = {word: list(dict.fromkeys(others)) for word, others in table.items()}
        cache.set(key, table, 300)
    return table


@dataclass
class TextPlan:
    groups: list  # [[alternative text, ...] per word typed]
    corrected: str = ""  # the text with each unknown word replaced by its best guess
    typed: list = field(default_factory=list)  # the words typed
    # [[alternative text, ...] per word typed]: those that are the whole word (see above)
    whole: list = field(default_factory=list)
    # [bits per word typed]: how rare the word is in the index (log2 of entries per entry
    # that holds it, estimated from the vocabulary's counts); 0 for a word in every entry
    rarity: list = field(default_factory=list)
    language: str = "nl"

    @property
    def empty(self):
        return not self.groups


def plan(text, language):
    """The alternatives of every word of `text` (see the module's description)."""
    vocab = vocabulary(language)
    table = synonyms(language)
    typed = words(text)
    groups, corrected, whole, rarity = [], [], [], []
    for position, word in enumerate(typed):
        last = position == len(typed) - 1
        options = {word} | vocab.forms(word)
        guess = word
        split = vocab.split(word) if word not in vocab and len(word) >= 2 * PART_MIN_LENGTH else ""
        # "museum les": both parts known; "museum" alone: only the first part is.
        parts = split if " " in split else ""
        if parts:
            # Also its rarer part alone ("museum" of "museum les"), as another word: what
            # is about museums is what the visitor looks for when no entry says "les".
            options.add(min(parts.split(), key=lambda part: (vocab.counts[part], part)))
        if word not in vocab and not parts:
            known = vocab.best(options - {word})
            if not known and len(word) >= TYPO_MIN_LENGTH:
                near = vocab.near(word)
                known = vocab.best(near | {f for w in near for f in vocab.forms(w)})
            if not known and last and len(word) >= PREFIX_MIN_LENGTH:
                known = vocab.completions(word)
            options |= set(known)
            guess = known[0] if known else word
            if not known and split:
                # No typo, no completion: the compound's known first part, as another word
                # (not offered as a spelling).
                options.add(split)
        elif last and len(word) >= PREFIX_MIN_LENGTH:
            options |= set(vocab.completions(word, limit=3))
        for option in list(options):
            options |= set(table.get(option, ()))
        same = list(dict.fromkeys([word, *([parts] if parts else []), *table.get(word, ())]))
        rest = sorted(options - set(same), key=lambda w: (-vocab.counts.get(w, 0), w))
        groups.append([*same, *rest][: MAX_ALTERNATIVES + len(same) - 1])
        whole.append(same)
        rarity.append(vocab.rarity(word))
        corrected.append(guess)
    return TextPlan(groups, " ".join(corrected), typed, whole, rarity, language)


def synonyms_of(word, language):
    """The editors' synonyms of a word typed or of another form of it ("kleuter" has those of
    "kleuters"), for engines that analyse words themselves (Elasticsearch)."""
    table = synonyms(language)
    root = stem(word, language)
    found = []
    for member, others in table.items():
        if member == word or stem(member, language) == root:
            found += [other for other in others if other != word]
    return list(dict.fromkeys(found))
