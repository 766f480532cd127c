"""From content to search entries.

Each kind of content registers a source: which model it comes from, how to list everything
that should be indexed, and how to flatten one object into a SearchDocument. Content apps
declare theirs in their own `search_documents.py` (search.declarations loads them);
this package imports none of them.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from django.db import connection, transaction
from django.utils import timezone

from core.models import Region
from core.numbers import parse_int

from . import ranking
from .declarations import searchable_facets
from .labels import labels_changed
from .models import SearchEntry, SearchFacet


@dataclass
class SearchDocument:
    language: str  # "nl", "en", or "" for content shown in every language
    kind: str
    title: str
    url: str
    summary: str = ""
    body: str = ""
    keywords: str = ""  # words beyond the facet labels, e.g. the provider's name
    published_at: datetime | None = None
    facets: list = field(default_factory=list)  # [(name, value, label), ...]
    rating_average: float | None = None
    rating_count: int = 0
    rating_score: float = 0
    accreditation_rank: int = 0
    reach_rank: int = 0
    is_national: bool = False
    has_dates: bool = True
    payable_from_scheme: bool = False


@dataclass
class Source:
    kind: str
    model: type
    queryset: object  # callable returning everything that should be in the index
    document: object  # callable: instance -> SearchDocument, or None when not to be indexed

    def key(self, instance):
        return f"{self.kind}:{instance.pk}"

    def prepare(self, instances):
        """Look up in bulk what `document` would ask per instance (a rebuild's chunk)."""


def page_key(pk):
    return f"page:{pk}"


def parse_key(key):
    """(prefix, primary key) of an entry key such as `page:12` or `discussion:3`; the
    primary key is None when the key does not end in a number."""
    prefix, _sep, pk = str(key).partition(":")
    return prefix, parse_int(pk)


SOURCES: list[Source] = []


def register(source):
    """Add a source, replacing one registered earlier for the same model (ready() may run
    more than once in tests)."""
    SOURCES[:] = [known for known in SOURCES if known.model is not source.model]
    SOURCES.append(source)
    return source


def source_for(instance):
    for source in SOURCES:
        if isinstance(instance, source.model):
            return source
    return None


def region_facets(regions):
    """Facet rows for the reach rule: every region relevant to someone filtering on any
    region this content names (see Region.objects.reach_of), stored expanded at index time
    so that both engines filter with one terms lookup."""
    codes = {}
    for region in regions:
        codes.update(reach_codes(region.pk))
    return [("region", code, name) for code, name in codes.items()]


@lru_cache(maxsize=4096)
def reach_codes(region_pk):
    """{code: name} of Region.objects.reach_of(region), kept for the life of the process:
    regions change only when the taxonomy is reloaded (see clear_reach_cache)."""
    region = Region.objects.get(pk=region_pk)
    return dict(Region.objects.reach_of(region).values_list("code", "name"))


def clear_reach_cache(**kwargs):
    reach_codes.cache_clear()


def taxonomy_facets(name, terms, value=lambda term: term.slug):
    return [(name, str(value(term)), str(term)) for term in terms]


GROUP_RANGE = re.compile(r"(\w+) (\d+)\s*[-–]\s*(\d+)")


def keyword_text(document):
    """The searchable words of an entry besides title, summary and body: the labels of its
    taxonomy and facets in its language (regions: the names of every place in its reach) and
    the document's own keywords. "Groep 5-6" is also "groep 5" and "groep 6"."""
    words = [document.keywords] if document.keywords else []
    searchable = searchable_facets()
    for name, _value, label in document.facets:
        if name not in searchable:
            continue
        label = str(label)
        words.append(label)
        for match in GROUP_RANGE.finditer(label):
            first, last = int(match[2]), int(match[3])
            if 0 <= first < last <= first + 10:
                words += [f"{match[1]} {number}" for number in range(first, last + 1)]
    return " ".join(dict.fromkeys(words))


# The columns written from a document: its text and every ranking signal.
SIGNAL_FIELDS = (
    "language",
    "kind",
    "title",
    "url",
    "summary",
    "body",
    "published_at",
    *ranking.SIGNALS,
)


def entry_values(document):
    values = {name: getattr(document, name) for name in SIGNAL_FIELDS}
    values["keywords"] = keyword_text(document)
    return values


def facet_values(document):
    """{(name, value): label} of a document's facet rows."""
    rows = {(name, str(value)[:100]): str(label)[:255] for name, value, label in document.facets}
    rows.setdefault(("kind", document.kind), document.kind)
    return rows


def facet_rows(entry, document):
    return [
        SearchFacet(entry=entry, name=name, value=value, label=label)
        for (name, value), label in facet_values(document).items()
    ]


def index_changed(keys):
    """Now for this process, and again once committed for searches that read in between;
    `keys`: the entries changed (see labels_changed)."""
    keys = tuple(keys)
    labels_changed(keys)
    transaction.on_commit(lambda: labels_changed(keys))


@transaction.atomic
def write_document(key, document):
    """Make the entry for `key` match `document`; None removes it."""
    index_changed([key])
    if document is None:
        SearchEntry.objects.filter(key=key).delete()
        return
    entry, _created = SearchEntry.objects.update_or_create(key=key, defaults=entry_values(document))
    entry.facets.all().delete()
    SearchFacet.objects.bulk_create(facet_rows(entry, document))


@transaction.atomic
def write_documents(documents):
    """write_document for many keys at once ({key: document or None}, a rebuild's chunk), in
    a few queries. Returns the entries written."""
    index_changed(documents)
    gone = [key for key, document in documents.items() if document is None]
    if gone:
        SearchEntry.objects.filter(key__in=gone).delete()
    present = {key: document for key, document in documents.items() if document is not None}
    existing = SearchEntry.objects.in_bulk(list(present), field_name="key")
    now = timezone.now()
    new, changed = [], []
    for key, document in present.items():
        values = entry_values(document)
        entry = existing.get(key)
        if entry is None:
            new.append(SearchEntry(key=key, **values))
            continue
        # One UPDATE per entry: Django's bulk_update (a CASE per field and row) costs
        # seconds per chunk to build.
        SearchEntry.objects.filter(pk=entry.pk).update(**values, updated_at=now)
        for name, value in values.items():
            setattr(entry, name, value)
        changed.append(entry)
    SearchEntry.objects.bulk_create(new)
    # Facet rows are plain rows (no signals, no relations to them): deleted and inserted in
    # SQL, not as thousands of model instances.
    facet_table = SearchFacet._meta.db_table
    if changed:
        SearchFacet.objects.filter(entry_id__in=[entry.pk for entry in changed])._raw_delete(
            SearchFacet.objects.db
        )
    entries = [*new, *changed]
    rows = [
        (entry.pk, name, value, label)
        for entry in entries
        for (name, value), label in facet_values(present[entry.key]).items()
    ]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {facet_table} (entry_id, name, value, label) VALUES (%s, %s, %s, %s)",  # noqa: S608 - the model's own table
            rows,
        )
    return entries
