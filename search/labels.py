"""Facet labels in the visitor's language, cached until the index changes.

Entries store each facet value with the label it had in the entry's language. Values the site
names itself are relabelled in the visitor's language: the values of the facets content apps
declare in their `search_documents.py` (search.declarations), taxonomy terms by slug.
"""

import uuid

from django.core.cache import cache
from django.db.models import Count

from core import pagecache

from .declarations import declared_values, kind_label
from .models import SearchFacet

LABELS_VERSION_KEY = "search:labels-version"
LABELS_TIMEOUT = 300  # seconds; other processes see new labels at the latest after this


CHANGE_SEQUENCE_KEY = "search:change-sequence"
CHANGE_EPOCH_KEY = "search:change-epoch"
CHANGE_KEY = "search:change:{epoch}:{number}"
CHANGE_TIMEOUT = 3600  # seconds a change is kept for processes that lag behind


def labels_changed(keys=None):
    """Called when entries change: the next search reads the labels afresh. A new random
    version rather than a counter: what a process keeps in memory under a version (the
    vocabulary of search.terms) must never be taken for another state of the index.

    With the `keys` of the entries that changed, the change is also numbered and kept a while
    (the version then reads `<epoch>.<number>.<random>`), so that a process holding the index
    in memory (search.engines.snapshot) updates those entries instead of reading everything
    again (see `changes_between`). The number comes from the cache's atomic increment; the
    epoch names the counter, so that a counter the cache lost and began again is never taken
    for the old one."""
    stamp = uuid.uuid4().hex
    if keys is not None:
        if cache.add(CHANGE_SEQUENCE_KEY, 0, None):
            cache.set(CHANGE_EPOCH_KEY, uuid.uuid4().hex, None)
        try:
            number = cache.incr(CHANGE_SEQUENCE_KEY)
        except ValueError:  # the counter was evicted just now: an unnumbered change
            number = None
        epoch = cache.get(CHANGE_EPOCH_KEY)
        if number is not None and epoch:
            change = CHANGE_KEY.format(epoch=epoch, number=number)
            cache.set(change, tuple(keys), CHANGE_TIMEOUT)
            stamp = f"{epoch}.{number}.{stamp}"
    cache.set(LABELS_VERSION_KEY, stamp, None)


def changes_between(old_version, new_version, limit):
    """The keys of the entries changed from one version to a later one, or None when that is
    not known (an unnumbered change, another epoch, a change no longer kept, a version from
    before, more than `limit` keys): then everything is to be read again."""
    old, new = _numbered(old_version), _numbered(new_version)
    if old is None or new is None or old[0] != new[0] or new[1] <= old[1]:
        return None
    if new[1] - old[1] > limit:
        return None
    epoch = old[0]
    names = [CHANGE_KEY.format(epoch=epoch, number=n) for n in range(old[1] + 1, new[1] + 1)]
    found = cache.get_many(names)
    if len(found) != len(names):
        return None
    keys = {key for changed in found.values() for key in changed}
    return keys if len(keys) <= limit else None


def _numbered(version):
    parts = str(version).split(".")
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    return parts[0], int(parts[1])


def labels_version():
    """The index's version stamp. A cache that lost it (emptied, restarted, evicted) says
    nothing about the index: a new stamp then, so that nothing a process keeps under an
    older one is taken for current."""
    held = pagecache.held(LABELS_VERSION_KEY)
    if held is not None:  # read once per request (a page asks for it up to six times)
        return held
    version = cache.get(LABELS_VERSION_KEY)
    if version is None:
        cache.add(LABELS_VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(LABELS_VERSION_KEY, "")
    pagecache.hold(LABELS_VERSION_KEY, version)
    return version


# This process's copy of the last labels read for each language, by their cache key (which
# holds the index's version): a search page read and unpickled them from Redis on every call.
_copies = {}


def _kept(key, read):
    prefix = key.rsplit(":", 1)[0]
    found = _copies.get(prefix)
    if found is not None and found[0] == key:
        return found[1]
    value = read()
    _copies[prefix] = (key, value)
    return value


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

    def read():
        labels = cache.get(key)
        if labels is None:
            labels = _read_facet_labels(language)
            cache.set(key, labels, LABELS_TIMEOUT)
        return labels

    labels = _kept(key, read)
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

    def read():
        named = cache.get(key)
        if named is None:
            named = declared_values(language).named
            cache.set(key, named, LABELS_TIMEOUT)
        return named

    return _kept(key, read)
