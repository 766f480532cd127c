"""Elasticsearch documents: one index per language, each behind an alias.

The alias (e.g. `leercommunity-nl`) is what searches use; a rebuild fills a new index
(`leercommunity-nl-<timestamp>`) and then swaps the alias, so searches never see a half-built
index. Text fields use the language's built-in analyser (Dutch or English stemming); facets
are keyword fields holding the same values as the database engine's SearchFacet rows.
"""

from django.conf import settings
from elasticsearch.dsl import Boolean, Date, Document, Float, Integer, Keyword, Text

from . import ranking
from .models import SearchEntry
from .query import FACETS

LANGUAGE_ANALYZERS = {"nl": "dutch_compounds", "en": "english"}
EXACT_ANALYZER = "exact_words"
TEXT_FIELDS = ("title", "summary", "keywords", "body")
COMPOUND_WORDS = 10_000  # the most common words of the index: the decompounder's dictionary


def analysis(language, compound_words=()):
    """The index's analysers. Dutch is Elasticsearch's own `dutch` analyser rebuilt (as its
    documentation gives it) with a dictionary decompounder before the stemmer: "museumles"
    is indexed and searched as itself and as "museum" and "les", the words of the dictionary
    (`compound_words`, the index's own vocabulary, see search.terms) it is made of. English
    keeps the built-in analyser. Every text field also has an `exact` sub-field, lower case
    and without stemming, by which a whole word weighs above another form of it."""
    filters = {
        "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
        "dutch_override": {
            "type": "stemmer_override",
            "rules": ["fiets=>fiets", "bromfiets=>bromfiets", "ei=>eier", "kind=>kinder"],
        },
        "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
    }
    chain = ["lowercase", "dutch_stop", "dutch_override", "dutch_stemmer"]
    if compound_words:
        filters["dutch_compounds"] = {
            "type": "dictionary_decompounder",
            "word_list": list(compound_words),
            "min_subword_size": 3,
            "only_longest_match": True,
        }
        chain.insert(1, "dutch_compounds")
    analyzers = {
        EXACT_ANALYZER: {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding"],
        }
    }
    if language == "nl":
        analyzers["dutch_compounds"] = {"type": "custom", "tokenizer": "standard", "filter": chain}
        return {"analyzer": analyzers, "filter": filters}
    return {"analyzer": analyzers}


def text_field(analyzer, **extra):
    return Text(
        analyzer=analyzer,
        fields={"exact": Text(analyzer=EXACT_ANALYZER), **extra},
    )


def alias_name(language):
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{language}"


def signal_field(name):
    """The mapping of a ranking signal, after its SearchEntry column."""
    column = SearchEntry._meta.get_field(name).get_internal_type()
    if column == "BooleanField":
        return Boolean()
    if column == "FloatField":
        return Float()
    return Integer()


def document_class(language, compound_words=()):
    """The Document class for one language's index (`compound_words`: see `analysis`)."""
    analyzer = LANGUAGE_ANALYZERS[language]
    fields = {
        "key": Keyword(),
        "language": Keyword(),
        "title": text_field(analyzer, raw=Keyword()),
        "summary": text_field(analyzer),
        "body": text_field(analyzer),
        "keywords": text_field(analyzer),
        "url": Keyword(index=False),
        "published_at": Date(),
        **{name: signal_field(name) for name in ranking.SIGNALS},
        "updated_at": Date(),
        **{spec.name: Keyword(multi=True) for spec in FACETS},
    }
    index_settings = {"number_of_shards": 1, "analysis": analysis(language, compound_words)}
    index_meta = type("Index", (), {"name": alias_name(language), "settings": index_settings})
    return type(f"SearchDocument_{language}", (Document,), {**fields, "Index": index_meta})


def entry_source(entry, facets):
    """The _source of one SearchEntry with its facet rows [(name, value), ...]."""
    source = {
        "key": entry.key,
        "language": entry.language,
        "title": entry.title,
        "summary": entry.summary,
        "body": entry.body,
        "keywords": entry.keywords,
        "url": entry.url,
        "published_at": entry.published_at.isoformat() if entry.published_at else None,
        **{name: getattr(entry, name) for name in ranking.SIGNALS},
        "updated_at": entry.updated_at.isoformat(),
    }
    for spec in FACETS:
        source[spec.name] = sorted(value for name, value in facets if name == spec.name)
    source["kind"] = [entry.kind]
    return source


def target_languages(entry):
    """Entries without a language (discussions) go into every language's index."""
    return [entry.language] if entry.language else list(LANGUAGE_ANALYZERS)
