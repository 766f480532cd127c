"""From content to search entries.

Each kind of content registers a source: which model it comes from, how to list everything
that should be indexed, and how to flatten one object into a SearchDocument. Content apps
declare theirs in their own `search_documents.py`, registered from their AppConfig.ready();
this package imports none of them.
"""

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from django.db import transaction

from core.models import Region

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


class PageSource(Source):
    """Pages share one key space (`page:<id>`), so translations and kinds never collide."""

    def key(self, instance):
        return page_key(instance.pk)


def page_key(pk):
    return f"page:{pk}"


def parse_key(key):
    """(prefix, primary key) of an entry key such as `page:12` or `discussion:3`; the
    primary key is None when the key does not end in a number."""
    prefix, _sep, pk = str(key).partition(":")
    return prefix, int(pk) if pk.isdigit() else None


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


SIGNAL_FIELDS = (
    "language",
    "kind",
    "title",
    "url",
    "summary",
    "body",
    "published_at",
    "rating_average",
    "rating_count",
    "rating_score",
    "accreditation_rank",
    "reach_rank",
    "is_national",
    "has_dates",
    "payable_from_scheme",
)


@transaction.atomic
def write_document(key, document):
    """Make the entry for `key` match `document`; None removes it."""
    # Now for this process, and again once committed for searches that read in between.
    labels_changed()
    transaction.on_commit(labels_changed)
    if document is None:
        SearchEntry.objects.filter(key=key).delete()
        return
    values = {name: getattr(document, name) for name in SIGNAL_FIELDS}
    entry, _created = SearchEntry.objects.update_or_create(key=key, defaults=values)
    entry.facets.all().delete()
    rows = {(name, str(value)[:100]): str(label)[:255] for name, value, label in document.facets}
    rows.setdefault(("kind", document.kind), document.kind)
    SearchFacet.objects.bulk_create(
        SearchFacet(entry=entry, name=name, value=value, label=label)
        for (name, value), label in rows.items()
    )
