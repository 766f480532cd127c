"""Facet groups from an engine's counts, and highlighted excerpts: the same for both engines."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from core import terms
from core.models import Region
from core.numbers import parse_int

from .query import FACETS, RATING_OPTIONS, RATING_PARAM, FacetGroup, FacetOption


def build_facets(query, filters, labels, counts, national_count, rating_counts):
    """counts: {facet name: {value: count}}; national entries count for every region."""
    groups = []
    for spec in FACETS:
        selected = set(filters.get(spec.name, []))
        if spec.name == "region":
            options = _region_options(counts.get("region", {}), selected, national_count)
        else:
            facet_counts = counts.get(spec.name, {})
            options = [
                FacetOption(value, label, facet_counts.get(value, 0), value in selected)
                for value, label in sorted(
                    labels.get(spec.name, {}).items(), key=lambda item: _sort_key(spec, item)
                )
                if facet_counts.get(value, 0) or value in selected
            ]
        if options:
            groups.append(FacetGroup(spec.name, spec.param, spec.label, options))
    rating_options = [
        FacetOption(
            str(stars),
            _("%(n)s sterren of meer") % {"n": stars},
            rating_counts.get(stars, 0),
            query.min_rating == stars,
        )
        for stars in RATING_OPTIONS
    ]
    if any(option.count or option.selected for option in rating_options):
        groups.append(FacetGroup("rating", RATING_PARAM, _("Minimale waardering"), rating_options))
    return groups


def _sort_key(spec, item):
    value, label = item
    if spec.name == "goal" and parse_int(value) is not None:
        return (parse_int(value), "")
    return (0, str(label).lower())


_region_rows_of = {}


def _region_rows():
    """(code, name, kind, province code) of every region, in the table's order: from the
    process's copy of the table (core.terms), derived once per copy."""
    by_pk = terms.table(Region)
    found = _region_rows_of.get("rows")
    if found is None or found[0] is not by_pk:
        rows = [
            (
                region.code,
                region.name,
                region.kind,
                by_pk[region.province_id].code if region.province_id in by_pk else None,
            )
            for region in by_pk.values()
        ]
        found = (by_pk, rows)
        _region_rows_of["rows"] = found
    return found[1]


def _region_options(counts, selected, national_count):
    """Provinces and named regions on top, municipalities with content beneath their province."""
    codes = set(counts) | selected
    tops, children = {}, {}
    for code, name, kind, province in _region_rows():
        if code not in codes and kind not in (Region.Kind.PROVINCE, Region.Kind.NAMED):
            continue
        option = FacetOption(code, name, counts.get(code, 0) + national_count, code in selected)
        if kind == Region.Kind.MUNICIPALITY:
            children.setdefault(province, []).append(option)
        else:
            tops[code] = (kind, option)
    ordered = sorted(tops.values(), key=lambda item: (item[0] != "province", item[1].label))
    options = []
    for _kind, option in ordered:
        option.children = sorted(children.get(option.value, []), key=lambda o: o.label)
        if option.count or option.selected or option.children:
            options.append(option)
    return options


def highlight(text, terms, length=220):
    """An escaped excerpt of `text` around the first query term, with <mark> around terms."""
    if not text:
        return ""
    words = [re.escape(term) for term in terms if len(term) > 1][:10]
    start = 0
    pattern = re.compile("|".join(words), re.IGNORECASE) if words else None
    if pattern:
        first = pattern.search(text)
        if first:
            start = max(0, first.start() - length // 3)
    excerpt = text[start : start + length]
    prefix = "…" if start else ""
    suffix = "…" if start + length < len(text) else ""
    if not pattern:
        return mark_safe(escape(prefix + excerpt + suffix))  # noqa: S308 - escaped above
    parts, last = [], 0
    for match in pattern.finditer(excerpt):
        parts.append(escape(excerpt[last : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    parts.append(escape(excerpt[last:]))
    return mark_safe(escape(prefix) + "".join(parts) + escape(suffix))  # noqa: S308
