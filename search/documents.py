"""Elasticsearch documents: one index per language, each behind an alias.

The alias (e.g. `leercommunity-nl`) is what searches use; a rebuild fills a new index
(`leercommunity-nl-<timestamp>`) and then swaps the alias, so searches never see a half-built
index. Text fields use the language's built-in analyser (Dutch or English stemming); facets
are keyword fields holding the same values as the database engine's SearchFacet rows.
"""

from django.conf import settings
from elasticsearch.dsl import Boolean, Date, Document, Float, Integer, Keyword, Text

from .query import FACETS

LANGUAGE_ANALYZERS = {"nl": "dutch", "en": "english"}


def alias_name(language):
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{language}"


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
        "rating_average": Float(),
        "rating_count": Integer(),
        "rating_score": Float(),
        "accreditation_rank": Integer(),
        "reach_rank": Integer(),
        "is_national": Boolean(),
        "has_dates": Boolean(),
        "payable_from_scheme": Boolean(),
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
        "rating_average": entry.rating_average,
        "rating_count": entry.rating_count,
        "rating_score": entry.rating_score,
        "accreditation_rank": entry.accreditation_rank,
        "reach_rank": entry.reach_rank,
        "is_national": entry.is_national,
        "has_dates": entry.has_dates,
        "payable_from_scheme": entry.payable_from_scheme,
        "updated_at": entry.updated_at.isoformat(),
    }
    for spec in FACETS:
        source[spec.name] = sorted(value for name, value in facets if name == spec.name)
    source["kind"] = [entry.kind]
    return source


def target_languages(entry):
    """Entries without a language (discussions) go into every language's index."""
    return [entry.language] if entry.language else list(LANGUAGE_ANALYZERS)
