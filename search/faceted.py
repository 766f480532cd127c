"""The FacetedSearch for Elasticsearch: the same facets, filters and ranking as the database."""

from elasticsearch.dsl import FacetedSearch, Q, RangeFacet, TermsFacet

from . import ranking, terms
from .documents import alias_name
from .query import FACETS, RATING_OPTIONS

# No typo forgiven under five letters, one from five (as the database engine, see
# search.terms.TYPO_MIN_LENGTH); Elasticsearch's usual two from eight letters.
FUZZINESS = f"AUTO:{terms.TYPO_MIN_LENGTH},8"
PREFIX_BOOST = 0.3
SYNONYM_BOOST = 0.8
# The word itself, unstemmed, in the fields' `exact` sub-fields (search.documents): an entry
# that holds the whole word ranks above one that holds only another form or a completion
# of it ("groep" above "groepjes"), as in the database engine (search.engines.fulltext).
WHOLE_WORD_BOOST = 2.0


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
    # The database engine's weights (SearchEntry.search_fields): title, then summary and the
    # taxonomy's labels (keywords), then the body.
    fields = ["title^3", "summary^2", "keywords^2", "body"]
    exact_fields = ["title.exact^3", "summary.exact^2", "keywords.exact^2", "body.exact"]

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
        text = self._text(query) if query else Q("match_all")
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

    def _text(self, text):
        """The database engine's plan (search.terms.plan) in Elasticsearch's words: a clause
        per word typed, which the word matches in any field, with a typo from five letters,
        in any of its forms (the field's analyser stems), or any of the editors' synonyms of
        it; the last word also as the start of a word. Every word must match, or, when the
        service asks again with fewer (see search.service), any of them."""
        typed = terms.words(text)
        if not typed:
            return Q("match_none")  # only symbols: nothing to look for
        every_word = self.site_query.every_word and len(typed) > 1
        groups = [
            self._word(word, last=position == len(typed) - 1, every_word=every_word)
            for position, word in enumerate(typed)
        ]
        if len(groups) == 1:
            return groups[0]
        if every_word:
            return Q("bool", must=groups)
        return Q("bool", should=groups, minimum_should_match=1)

    def _word(self, word, last, every_word):
        # A stop word ("de", "the") leaves the analyser with no term; among several words it
        # must not make every other word's match fail (nor, among any, match everything).
        options = [
            self._match(word, **({"zero_terms_query": "all"} if every_word else {})),
            Q(
                "multi_match",
                query=word,
                fields=self.exact_fields,
                type="best_fields",
                boost=WHOLE_WORD_BOOST,
            ),
        ]
        if last and len(word) >= terms.PREFIX_MIN_LENGTH:
            # A completion is a guess: it finds the entry, the whole word weighs more.
            options.append(
                Q(
                    "multi_match",
                    query=word,
                    fields=self.fields,
                    type="bool_prefix",
                    boost=PREFIX_BOOST,
                )
            )
        # Synonyms at query time, not as an analyser's synonym filter: a synonym an editor
        # adds applies to the next search, without rebuilding the indexes.
        language = self.site_query.language
        options += [
            self._match(phrase, boost=SYNONYM_BOOST) for phrase in terms.synonyms_of(word, language)
        ]
        return Q("bool", should=options, minimum_should_match=1)

    def _match(self, text, **options):
        """multi_match never raises a syntax error, whatever the visitor types."""
        return Q(
            "multi_match",
            query=text,
            fields=self.fields,
            type="best_fields",
            operator="and",  # every word of a synonym such as "groep 1-2"
            fuzziness=FUZZINESS,
            **options,
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
