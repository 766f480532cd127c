"""The FacetedSearch for Elasticsearch: the same facets, filters and ranking as the database."""

from elasticsearch.dsl import FacetedSearch, Q, RangeFacet, TermsFacet

from . import ranking
from .documents import alias_name
from .query import FACETS, RATING_OPTIONS


class RegionFacet(TermsFacet):
    """The reach rule: region values are stored expanded, and national content matches all."""

    def add_filter(self, filter_values):
        if not filter_values:
            return None
        return Q("terms", region=list(filter_values)) | Q("term", is_national=True)


def make_facets():
    facets = {
        spec.name: (RegionFacet if spec.name == "region" else TermsFacet)(
            field=spec.name, size=500 if spec.name == "region" else 100
        )
        for spec in FACETS
    }
    facets["rating"] = RangeFacet(
        field="rating_average", ranges=[(str(stars), (stars, None)) for stars in RATING_OPTIONS]
    )
    return facets


class SiteFacetedSearch(FacetedSearch):
    fields = ["title^3", "summary^2", "body"]

    def __init__(self, query, using=None):
        self.site_query = query
        self.index = alias_name(query.language)
        self.facets = make_facets()
        if using is not None:
            self.using = using
        filters = dict(query.filters)
        if query.min_rating:
            filters["rating"] = str(query.min_rating)
        super().__init__(query.text, filters, self._sort_fields(query.sort))

    @staticmethod
    def _sort_fields(sort):
        if sort == "nieuwste":
            return [{"published_at": {"order": "desc", "missing": "_last"}}]
        if sort == "waardering":
            return [{"rating_score": {"order": "desc"}}, "_score"]
        if sort == "titel":
            return [{"title.raw": {"order": "asc"}}]
        return ["_score", {"published_at": {"order": "desc", "missing": "_last"}}]

    def query(self, search, query):
        # multi_match never raises a syntax error, whatever the visitor types; fuzziness AUTO
        # forgives typos.
        if query:
            text = Q(
                "multi_match",
                query=query,
                fields=self.fields,
                type="best_fields",
                operator="and",
                fuzziness="AUTO",
            )
        else:
            text = Q("match_all")
        if self.site_query.within is not None:
            # A listing's own restriction applies to the hits and to every count.
            search = search.filter("terms", key=list(self.site_query.within))
        return search.query(
            "script_score",
            query=text,
            script={
                "source": ranking.PAINLESS,
                "params": ranking.painless_params(
                    region_filtered=self.site_query.region_filtered,
                    needs_funding=self.site_query.needs_funding,
                ),
            },
        )

    def highlight(self, search):
        return search.highlight(
            "title", "summary", "body", fragment_size=200, number_of_fragments=1
        ).highlight_options(pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html")

    def aggregate(self, search):
        super().aggregate(search)
        # National content counts for every region option.
        search.aggs["_filter_region"].bucket(
            "national", "filter", filter=Q("term", is_national=True)
        )
