"""Filters as plain GET parameters, with a count beside each option.

Used by the listing pages (best practices, calendar, discussions). Within one facet the
selected options are alternatives (OR); across facets they all apply (AND). The counts of a
facet are computed with every *other* facet applied, so a visitor sees how many results each
option would give. Values that are not among a facet's options are ignored, never an error.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet


@dataclass
class FacetOption:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Facet:
    """One filter.

    `param`: the GET parameter; `field`: the ORM path whose value identifies an option
    (e.g. "themes__slug"); `options`: a callable returning (value, label) pairs, called per
    request so labels follow the active language; `q_for`: builds the filter for the selected
    values when it is more than `field__in` (the region reach rule, say).
    """

    param: str
    label: str
    field: str
    options: Callable[[], Iterable[tuple[str, str]]]
    q_for: Callable[[list[str]], Q] | None = None

    def query(self, values):
        if self.q_for is not None:
            return self.q_for(values)
        return Q(**{f"{self.field}__in": values})


@dataclass
class FacetResult:
    facet: Facet
    options: list[FacetOption] = field(default_factory=list)

    @property
    def selected(self):
        return [option for option in self.options if option.selected]


class FacetedFilter:
    def __init__(self, queryset: QuerySet, facets: list[Facet], params):
        self.queryset = queryset
        self.facets = facets
        self.option_labels = {facet.param: dict(facet.options()) for facet in facets}
        self.selected = {
            facet.param: [
                value
                for value in dict.fromkeys(params.getlist(facet.param))
                if value in self.option_labels[facet.param]
            ]
            for facet in facets
        }

    def _filtered(self, skip=None):
        queryset = self.queryset
        for facet in self.facets:
            values = self.selected[facet.param]
            if facet is not skip and values:
                queryset = queryset.filter(facet.query(values))
        return queryset

    @property
    def results(self) -> QuerySet:
        return self._filtered().distinct()

    def _counts(self, facet):
        base = self._filtered(skip=facet)
        if facet.q_for is None:
            rows = (
                base.order_by()
                .values(facet.field)
                .annotate(n=Count("pk", distinct=True))
                .values_list(facet.field, "n")
            )
            return {str(value): n for value, n in rows if value is not None}
        # A facet with its own rule counts each option with that rule.
        return {
            value: base.filter(facet.query([value])).distinct().count()
            for value in self.option_labels[facet.param]
        }

    def facet_results(self) -> list[FacetResult]:
        results = []
        for facet in self.facets:
            counts = self._counts(facet)
            selected = set(self.selected[facet.param])
            results.append(
                FacetResult(
                    facet,
                    [
                        FacetOption(value, label, counts.get(value, 0), value in selected)
                        for value, label in self.option_labels[facet.param].items()
                    ],
                )
            )
        return results

    def querystring_without_page(self, params):
        """The current filters as a query string, for pagination and sort links."""
        query = params.copy()
        query.pop("page", None)
        return query.urlencode()
