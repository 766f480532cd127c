"""The Elasticsearch engine without a cluster: the exact requests it sends, and the parsing of
responses written in Elasticsearch's documented format. No test here claims a cluster works;
the contract suite runs against a real one when ELASTICSEARCH_URL is set."""

import pytest

from search import elastic_index, service
from search.engines.elastic import ElasticsearchEngine
from search.query import SearchQuery
from search.tests.factories import make_entry
from search.tests.recording import RecordingClient

pytestmark = pytest.mark.django_db


def prepared(engine, **kwargs):
    query, _labels, _unknown = service.prepare(SearchQuery(language="nl", **kwargs))
    return query


def test_request_body_for_a_text_query_with_filters(taxonomy):
    make_entry("offer:1", "Moestuin", facets=[("theme", "gezonde-basis", "Gezonde basis")])
    engine = ElasticsearchEngine(es=RecordingClient())
    query = prepared(
        engine,
        text="moestuin",
        filters={"theme": ["gezonde-basis", "onbekend"], "region": ["GM1979"]},
        page=2,
        page_size=10,
    )
    body = engine.build_request(query)

    assert body["from"] == 10 and body["size"] == 10
    text_query = body["query"]["script_score"]["query"]
    # Title weighs most, then summary and the taxonomy's labels, then the body; a typo is
    # forgiven from five letters; the word typed last may be the start of a word.
    assert text_query == {
        "bool": {
            "should": [
                {
                    "multi_match": {
                        "query": "moestuin",
                        "fields": ["title^3", "summary^2", "keywords^2", "body"],
                        "type": "best_fields",
                        "operator": "and",
                        "fuzziness": "AUTO:5,8",
                    }
                },
                {
                    # The whole word, unstemmed, weighs above another form of it.
                    "multi_match": {
                        "query": "moestuin",
                        "fields": [
                            "title.exact^3",
                            "summary.exact^2",
                            "keywords.exact^2",
                            "body.exact",
                        ],
                        "type": "best_fields",
                        "boost": 2.0,
                    }
                },
                {
                    "multi_match": {
                        "query": "moestuin",
                        "fields": ["title^3", "summary^2", "keywords^2", "body"],
                        "type": "bool_prefix",
                        "boost": 0.3,
                    }
                },
            ],
            "minimum_should_match": 1,
        }
    }
    assert body["query"]["script_score"]["script"]["params"]["region_filtered"] is True
    # The unknown theme was dropped; the region filter follows the reach rule.
    assert body["post_filter"] == {
        "bool": {
            "must": [{"terms": {"theme": ["gezonde-basis"]}}],
            "should": [{"terms": {"region": ["GM1979"]}}, {"term": {"is_national": True}}],
            "minimum_should_match": 1,
        }
    }
    # Each facet is counted with every filter except its own.
    assert body["aggs"]["_filter_theme"]["filter"] == {
        "bool": {"should": [{"terms": {"region": ["GM1979"]}}, {"term": {"is_national": True}}]}
    }
    assert body["aggs"]["_filter_region"] == {
        "filter": {"terms": {"theme": ["gezonde-basis"]}},
        "aggs": {
            "region": {"terms": {"field": "region", "size": 500}},
            "national": {"filter": {"term": {"is_national": True}}},
        },
    }
    assert body["aggs"]["_filter_rating"]["aggs"]["rating"] == {
        "range": {
            "field": "rating_average",
            "ranges": [{"key": "4", "from": 4}, {"key": "3", "from": 3}, {"key": "2", "from": 2}],
            "keyed": False,
        }
    }
    assert body["highlight"]["pre_tags"] == ["<mark>"] and body["highlight"]["encoder"] == "html"
    assert body["sort"] == ["_score", {"published_at": {"order": "desc", "missing": "_last"}}]


FIELDS = ["title^3", "summary^2", "keywords^2", "body"]


def match(text, **options):
    """A word (or a synonym's words) in any field, with a typo from five letters."""
    clause = {"query": text, "fields": FIELDS, "type": "best_fields", "operator": "and"}
    return {"multi_match": {**clause, "fuzziness": "AUTO:5,8", **options}}


def exact(word):
    """The whole word, unstemmed: weighs above another form or a completion of it."""
    fields = ["title.exact^3", "summary.exact^2", "keywords.exact^2", "body.exact"]
    return {"multi_match": {"query": word, "fields": fields, "type": "best_fields", "boost": 2.0}}


def prefix(text):
    return {"multi_match": {"query": text, "fields": FIELDS, "type": "bool_prefix", "boost": 0.3}}


def any_of(*clauses):
    return {"bool": {"should": list(clauses), "minimum_should_match": 1}}


def text_query(engine, **kwargs):
    return engine.build_request(prepared(engine, **kwargs))["query"]["script_score"]["query"]


def test_request_body_carries_synonyms_and_the_fewer_words_fallback(taxonomy):
    from search.models import Synonym

    Synonym.objects.update_or_create(
        term="kleuters", language="nl", defaults={"alternatives": "groep 1-2, onderbouw"}
    )
    engine = ElasticsearchEngine(es=RecordingClient())
    # Every word must match, each in any field, in any of its alternatives; a stop word
    # ("de") leaves no term and then holds back no other word.
    kleuters = any_of(
        match("kleuters", zero_terms_query="all"),
        exact("kleuters"),
        match("groep 1-2", boost=0.8),
        match("onderbouw", boost=0.8),
    )
    assert text_query(engine, text="kleuters tekenen") == {
        "bool": {
            "must": [
                kleuters,
                any_of(
                    match("tekenen", zero_terms_query="all"), exact("tekenen"), prefix("tekenen")
                ),
            ]
        }
    }
    # When no document has every word, the service asks again with any of them.
    assert text_query(engine, text="kleuters de tekenen", every_word=False) == any_of(
        any_of(
            match("kleuters"),
            exact("kleuters"),
            match("groep 1-2", boost=0.8),
            match("onderbouw", boost=0.8),
        ),
        any_of(match("de"), exact("de")),
        any_of(match("tekenen"), exact("tekenen"), prefix("tekenen")),
    )


def test_the_service_asks_again_with_fewer_words_when_none_has_them_all(taxonomy):
    nothing = {"hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}}
    client = RecordingClient(nothing)
    response = service.search(
        SearchQuery(language="nl", text="robot zwembad"), engine=ElasticsearchEngine(es=client)
    )
    assert response.total == 0
    first, second = [call[2]["query"]["script_score"]["query"] for call in client.calls]
    assert list(first["bool"]) == ["must"] and len(first["bool"]["must"]) == 2
    assert second["bool"]["minimum_should_match"] == 1 and len(second["bool"]["should"]) == 2


def test_only_the_last_word_of_three_letters_or_more_is_a_prefix(taxonomy):
    engine = ElasticsearchEngine(es=RecordingClient())
    assert text_query(engine, text="groep tek") == {
        "bool": {
            "must": [
                any_of(match("groep", zero_terms_query="all"), exact("groep")),
                any_of(match("tek", zero_terms_query="all"), exact("tek"), prefix("tek")),
            ]
        }
    }
    # Two letters are no start of a word, as in the database engine.
    assert text_query(engine, text="groep te")["bool"]["must"][1] == any_of(
        match("te", zero_terms_query="all"), exact("te")
    )
    assert text_query(engine, text="🙂📚") == {"match_none": {}}


def test_a_synonym_added_in_the_admin_reaches_the_next_request(taxonomy, admin_client):
    engine = ElasticsearchEngine(es=RecordingClient())
    before = text_query(engine, text="voorleesboek")
    assert before == any_of(match("voorleesboek"), exact("voorleesboek"), prefix("voorleesboek"))
    response = admin_client.post(
        "/admin/snippets/search/synonym/add/",
        {"term": "voorleesboek", "alternatives": "prentenboek, leesboek", "language": "nl"},
    )
    assert response.status_code == 302
    assert text_query(engine, text="voorleesboek") == any_of(
        match("voorleesboek"),
        exact("voorleesboek"),
        prefix("voorleesboek"),
        match("prentenboek", boost=0.8),
        match("leesboek", boost=0.8),
    )
    # Another form of the word has the same synonyms (Elasticsearch stems the word itself).
    plural = text_query(engine, text="voorleesboeken")["bool"]["should"]
    assert plural[3:] == [match("prentenboek", boost=0.8), match("leesboek", boost=0.8)]


def test_every_text_field_is_stemmed_in_its_language(taxonomy):
    client = RecordingClient()
    for language in ("nl", "en"):
        elastic_index.create_index(language, client)
    (_, _, nl), (_, _, en) = [call for call in client.calls if call[0] == "create"]
    for body, analyzer in ((nl["body"], "dutch_compounds"), (en["body"], "english")):
        properties = body["mappings"]["properties"]
        for field in ("title", "summary", "keywords", "body"):
            assert properties[field]["type"] == "text"
            assert properties[field]["analyzer"] == analyzer, field
            exact_field = {"type": "text", "analyzer": "exact_words"}
            assert properties[field]["fields"]["exact"] == exact_field
        assert properties["title"]["fields"]["raw"] == {"type": "keyword"}


def test_dutch_compounds_are_split_by_a_dictionary_from_the_index(taxonomy):
    make_entry("offer:1", "Het museum als klaslokaal", summary="Een les in het museum.")
    client = RecordingClient()
    for language in ("nl", "en"):
        elastic_index.create_index(language, client)
    (_, _, nl), (_, _, en) = [call for call in client.calls if call[0] == "create"]
    analysis = nl["body"]["settings"]["analysis"]
    # Elasticsearch's Dutch analyser rebuilt, with the decompounder before the stemmer.
    assert analysis["analyzer"]["dutch_compounds"] == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "dutch_compounds", "dutch_stop", "dutch_override", "dutch_stemmer"],
    }
    compounds = analysis["filter"]["dutch_compounds"]
    assert compounds["type"] == "dictionary_decompounder"
    # The dictionary is the index's own words of three letters or more: "museumles" is
    # indexed and searched as "museum" and "les" too.
    assert {"museum", "les", "klaslokaal"} <= set(compounds["word_list"])
    assert "als" in compounds["word_list"] and "in" not in compounds["word_list"]
    assert analysis["filter"]["dutch_stemmer"] == {"type": "stemmer", "language": "dutch"}
    assert "filter" not in en["body"]["settings"]["analysis"]


def test_request_body_without_text_scores_every_document_alike(taxonomy):
    engine = ElasticsearchEngine(es=RecordingClient())
    body = engine.build_request(prepared(engine, sort="waardering"))
    assert body["query"]["script_score"]["query"] == {"match_all": {}}
    assert "post_filter" not in body
    assert body["sort"] == [{"rating_score": {"order": "desc"}}, "_score"]
    by_title = engine.build_request(prepared(engine, sort="titel"))
    assert by_title["sort"] == [{"title.raw": {"order": "asc"}}]


DOCUMENTED_RESPONSE = {
    "took": 4,
    "timed_out": False,
    "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
    "hits": {
        "total": {"value": 2, "relation": "eq"},
        "max_score": 2.5,
        "hits": [
            {
                "_index": "leercommunity-nl-20261123",
                "_id": "offer:1",
                "_score": 2.5,
                "_source": {
                    "key": "offer:1",
                    "kind": ["offer"],
                    "title": "Schooltuin",
                    "url": "/schooltuin/",
                    "summary": "Groenten kweken",
                    "published_at": "2026-11-01T10:00:00+00:00",
                    "rating_average": 4.5,
                    "rating_count": 12,
                },
                "highlight": {"summary": ["Groenten <mark>kweken</mark> &amp; eten"]},
            },
            {
                "_index": "leercommunity-nl-20261123",
                "_id": "offer:2",
                "_score": 1.2,
                "_source": {"key": "offer:2", "kind": ["offer"], "title": "Gastles", "url": "/g/"},
            },
        ],
    },
    "aggregations": {
        "_filter_theme": {
            "doc_count": 2,
            "theme": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [{"key": "gezonde-basis", "doc_count": 2}],
            },
        },
        "_filter_region": {
            "doc_count": 2,
            "region": {
                "buckets": [{"key": "GM1979", "doc_count": 1}, {"key": "PV20", "doc_count": 1}]
            },
            "national": {"doc_count": 1},
        },
        "_filter_rating": {
            "doc_count": 2,
            "rating": {
                "buckets": [
                    {"key": "4", "from": 4.0, "doc_count": 1},
                    {"key": "3", "from": 3.0, "doc_count": 1},
                    {"key": "2", "from": 2.0, "doc_count": 1},
                ]
            },
        },
    },
}


def test_parsing_a_documented_response(taxonomy):
    make_entry("offer:9", "Label", facets=[("theme", "gezonde-basis", "Gezonde basis")])
    engine = ElasticsearchEngine(es=RecordingClient(DOCUMENTED_RESPONSE))
    response = service.search(SearchQuery(language="nl", text="kweken"), engine=engine)
    assert response.engine == "elasticsearch"
    assert response.total == 2
    assert [hit.key for hit in response.hits] == ["offer:1", "offer:2"]
    first = response.hits[0]
    assert first.highlight == "Groenten <mark>kweken</mark> &amp; eten"
    assert first.rating_count == 12 and first.published_at.year == 2026
    facets = {group.name: group for group in response.facets}
    assert [(o.value, o.label, o.count) for o in facets["theme"].options] == [
        ("gezonde-basis", "Gezonde basis", 2)
    ]
    groningen = next(o for o in facets["region"].options if o.value == "PV20")
    # National documents count for every region, as in the database engine.
    assert groningen.count == 2
    assert [child.count for child in groningen.children if child.value == "GM1979"] == [2]
    assert [o.count for o in facets["rating"].options] == [1, 1, 1]
