"""Facet labels in the visitor's language, cached until the index changes.

Entries store each facet value with the label it had in the entry's language. Values the site
names itself are relabelled in the visitor's language: the values of the facets content apps
declare in their `search_documents.py` (search.declarations), taxonomy terms by slug.
"""

import uuid

from django.core.cache import cache
from django.db.models import Count

from .declarations import declared_values, kind_label
from .models import SearchFacet

LABELS_VERSION_KEY = "search:labels-version"
LABELS_TIMEOUT = 300  # seconds; other processes see new labels at the latest after this


def labels_changed():
    """Called when entries change: the next search reads the labels afresh. A new random
    version rather than a counter: what a process keeps in memory under a version (the
    vocabulary of search.terms) must never be taken for another state of the index."""
    cache.set(LABELS_VERSION_KEY, uuid.uuid4().hex, None)


def labels_version():
    """The index's version stamp. A cache that lost it (emptied, restarted, evicted) says
    nothing about the index: a new stamp then, so that nothing a process keeps under an
    older one is taken for current."""
    version = cache.get(LABELS_VERSION_KEY)
    if version is None:
        cache.add(LABELS_VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(LABELS_VERSION_KEY, "")
    return version


def popular_values(language, name, kinds=()):
    """[(value, entries)] of one facet over the whole index in `language`, most used first
    (for the zero-result page's popular themes). Cached like the labels."""
    key = f"search:popular:{language}:{name}:{','.join(kinds)}:{labels_version()}"
    rows = cache.get(key)
    if rows is None:
        facets = SearchFacet.objects.filter(name=name, entry__language__in=[language, ""])
        if kinds:
            facets = facets.filter(entry__kind__in=kinds)
        rows = list(
            facets.values_list("value").annotate(n=Count("entry_id")).order_by("-n", "value")
        )
        cache.set(key, rows, LABELS_TIMEOUT)
    return rows


def facet_labels(language):
    """{facet name: {value: label}} for every facet value in the index in this language.
    Cached, because it reads every facet row and changes only when the content changes."""
    key = f"search:labels:{language}:{labels_version()}"
    labels = cache.get(key)
    if labels is None:
        labels = _read_facet_labels(language)
        cache.set(key, labels, LABELS_TIMEOUT)
    # Kinds are named by the site, in the visitor's language.
    return {
        **labels,
        "kind": {kind: kind_label(kind) for kind in labels.get("kind", {})},
    }


def _read_facet_labels(language):
    labels = {}
    rows = (
        SearchFacet.objects.filter(entry__language__in=[language, ""])
        .exclude(name="region")
        .values_list("name", "value", "label")
        .distinct()
    )
    for name, value, label in rows:
        labels.setdefault(name, {})[value] = label
    for name, names in site_labels(language).items():
        for value in labels.get(name, {}):
            if value in names:
                labels[name][value] = names[value]
    return labels


def site_labels(language):
    """{facet name: {value: label}} for the values the site names itself, in `language`:
    entries found in every language were written with Dutch labels."""
    return declared_values(language).relabel


def named_values(language):
    """{facet name: {value: label}} of every value the site can name, whether or not any
    entry carries it yet: a filter on such a value is kept (and finds nothing), while a value
    that names nothing is dropped and reported. Cached like the facet labels."""
    key = f"search:named:{language}:{labels_version()}"
    named = cache.get(key)
    if named is None:
        named = declared_values(language).named
        cache.set(key, named, LABELS_TIMEOUT)
    return named
