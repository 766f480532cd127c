"""The taxonomy tables (themes, learning areas, target groups, kerndoelen, regions), read once
per process for each version of the page tree.

A page shows a handful of terms from small tables that editors rarely change; reading them
term by term costs a query per list on every page. Each process keeps a copy of a whole
table, under the current version of the "site" tag (core.pagecache): saving or deleting any
core row purges that tag (serving.signals), so every process reads the table afresh at its
next use, as it renders its cached pages afresh.
"""

from core import pagecache

_tables = {}


def table(model):
    """{pk: row} of every row of `model` (all locales), as of the current site version."""
    version = pagecache.site_version()
    found = _tables.get(model)
    if found is None or found[0] != version:
        found = (version, _read(model))
        _tables[model] = found
    return found[1]


def rows(model, pks):
    """The rows of `model` with these primary keys, in the model's order; a row created since
    the table was read makes it read again."""
    by_pk = table(model)
    if any(pk not in by_pk for pk in pks):
        by_pk = _read(model)
        _tables[model] = (pagecache.site_version(), by_pk)
    return sorted((by_pk[pk] for pk in set(pks) if pk in by_pk), key=_ordering(model))


def translations(model):
    """{(translation_key, locale_id): row} of every row of `model`, as of the current site
    version."""
    by_pk = table(model)
    cached = _by_translation.get(model)
    if cached is None or cached[0] is not by_pk:
        cached = (by_pk, {(row.translation_key, row.locale_id): row for row in by_pk.values()})
        _by_translation[model] = cached
    return cached[1]


_by_translation = {}


def _read(model):
    return {row.pk: row for row in model._default_manager.all()}


def _ordering(model):
    fields = [name.lstrip("-") for name in model._meta.ordering] or ["pk"]

    def key(row):
        return tuple(getattr(row, name) for name in fields)

    return key
