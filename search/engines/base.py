"""The one interface both engines implement.

The search service (`search/service.py`) prepares a query (unknown filter values removed,
the page asked for) and gives it to an engine; the engine answers with hits for that page,
the total and raw counts. Facet groups, labels, notes and page clamping are the service's,
so they are written once for both engines.
"""

from dataclasses import dataclass, field
from typing import Protocol

from search.query import SearchQuery


@dataclass
class EngineResult:
    hits: list  # [search.query.Hit] of the requested page, best first
    total: int
    counts: dict = field(default_factory=dict)  # {facet name: {value: entries}}
    national_count: int = 0  # entries that count for every region (the reach rule)
    rating_counts: dict = field(default_factory=dict)  # {stars: entries rated at least that}


class Engine(Protocol):
    name: str

    def run(self, query: SearchQuery) -> EngineResult:
        """Hits of `query.page`, the total and the counts for a prepared query."""

    def keys(self, query: SearchQuery, limit: int) -> list[str]:
        """The keys of every entry that matches `query` (at most `limit`), best first:
        for listings that show more than a page, such as the calendar."""
