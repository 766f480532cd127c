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

LANGUAGE_ANALYZERS = {"nl": "dutch", "en": "english"}


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


def document_class(language):
    """The Document class for one language's index."""
    analyzer = LANGUAGE_ANALYZERS[language]
    fields = {
        "key": Keyword(),
        "language": Keyword(),
        "title": Text(analyzer=analyzer, fields={"raw": Keyword()}),
        "summary": Text(analyzer=analyzer),
        "body": Text(analyzer=analyzer),
        "keywords": Text(analyzer=analyzer),
        "url": Keyword(index=False),
        "published_at": Date(),
        **{name: signal_field(name) for name in ranking.SIGNALS},
        "updated_at": Date(),
        **{spec.name: Keyword(multi=True) for spec in FACETS},
    }
    index_meta = type(
        "Index", (), {"name": alias_name(language), "settings": {"number_of_shards": 1}}
    )
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
