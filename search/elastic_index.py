"""Writing to Elasticsearch: index creation, bulk updates, rebuilds behind aliases, checks."""

from django.utils import timezone
from elasticsearch import NotFoundError

from . import terms
from .documents import (
    COMPOUND_WORDS,
    LANGUAGE_ANALYZERS,
    alias_name,
    document_class,
    entry_source,
    target_languages,
)
from .engines.elastic import client
from .models import SearchEntry

CHUNK_SIZE = 500


def _facet_rows(entries):
    rows = {}
    for entry in entries:
        rows[entry.pk] = [(f.name, f.value) for f in entry.facets.all()]
    return rows


def bulk_actions_for_keys(keys, index_for=alias_name):
    """Bulk actions (action line, source line) bringing Elasticsearch in line with the
    database entries for `keys`: an index action per language, a delete where an entry
    is gone."""
    entries = {
        e.key: e for e in SearchEntry.objects.filter(key__in=keys).prefetch_related("facets")
    }
    facets = _facet_rows(entries.values())
    lines = []
    for key in keys:
        entry = entries.get(key)
        languages = target_languages(entry) if entry else list(LANGUAGE_ANALYZERS)
        for language in languages:
            index = index_for(language)
            if entry is None:
                lines.append({"delete": {"_index": index, "_id": key}})
            else:
                lines.append({"index": {"_index": index, "_id": key}})
                lines.append(entry_source(entry, facets[entry.pk]))
        if entry is not None:
            # An entry that moved from one language to another must leave the other index.
            for language in set(LANGUAGE_ANALYZERS) - set(languages):
                lines.append({"delete": {"_index": index_for(language), "_id": key}})
    return lines


class BulkError(Exception):
    pass


def send_bulk(lines, es=None):
    if not lines:
        return
    es = es or client()
    response = es.bulk(operations=lines, refresh=False)
    body = response.body if hasattr(response, "body") else response
    if body.get("errors"):
        failures = [
            item
            for item in body["items"]
            for action, result in item.items()
            # A delete of a document that is not there is fine.
            if result.get("status", 200) >= 300
            and not (action == "delete" and result["status"] == 404)
        ]
        if failures:
            raise BulkError(f"{len(failures)} bulk items failed, first: {failures[0]}")


def create_index(language, es, name=None):
    """Create a new concrete index for `language` and return its name."""
    name = name or f"{alias_name(language)}-{timezone.now():%Y%m%d%H%M%S%f}"
    words = compound_words(language) if language == "nl" else ()
    document_class(language, words)._index.clone(name).create(using=es)
    return name


def compound_words(language):
    """The decompounder's dictionary: the index's most common words of three letters or more
    (search.terms.Vocabulary, the same dictionary the database engine splits with), sorted.
    A word new since the index was made is split again at the next rebuild."""
    vocabulary = terms.vocabulary(language)
    common = [
        word
        for word, _count in vocabulary.counts.most_common()
        if len(word) >= terms.PART_MIN_LENGTH and not word.isdigit()
    ]
    return sorted(common[:COMPOUND_WORDS])


def rebuild(es=None, progress=None):
    """Fill new indexes from all SearchEntry rows, then swap each alias in one atomic step.
    Returns {language: documents indexed}."""
    es = es or client()
    new_indexes = {language: create_index(language, es) for language in LANGUAGE_ANALYZERS}
    counts = dict.fromkeys(LANGUAGE_ANALYZERS, 0)
    keys = list(SearchEntry.objects.order_by("id").values_list("key", flat=True))
    for start in range(0, len(keys), CHUNK_SIZE):
        chunk = keys[start : start + CHUNK_SIZE]
        lines = [
            line
            for line in bulk_actions_for_keys(chunk, index_for=new_indexes.get)
            if "delete" not in line
        ]
        send_bulk(lines, es=es)
        for line in lines:
            if "index" in line:
                counts[_language_of(line["index"]["_index"], new_indexes)] += 1
        if progress:
            progress(len(chunk))
    for language, index in new_indexes.items():
        alias = alias_name(language)
        actions = [{"add": {"index": index, "alias": alias}}]
        try:
            old = list(es.indices.get_alias(name=alias).body)
        except NotFoundError:
            old = []
        actions += [{"remove_index": {"index": name}} for name in old if name != index]
        es.indices.refresh(index=index)
        es.indices.update_aliases(actions=actions)
    return counts


def _language_of(index, new_indexes):
    return next(language for language, name in new_indexes.items() if name == index)


def check(es=None):
    """Compare Elasticsearch with the database, per language: documents missing, stale (an
    older version than the database entry) and extra (no longer in the database)."""
    es = es or client()
    report = {}
    for language in LANGUAGE_ANALYZERS:
        expected = {
            entry.key: entry
            for entry in SearchEntry.objects.filter(language__in=[language, ""]).only(
                "key", "updated_at"
            )
        }
        found = {}
        response = es.search(
            index=alias_name(language),
            body={"query": {"match_all": {}}, "_source": ["updated_at"], "size": 10000},
        )
        body = response.body if hasattr(response, "body") else response
        for hit in body["hits"]["hits"]:
            found[hit["_id"]] = hit
        report[language] = {
            "missing": sorted(set(expected) - set(found)),
            "stale": sorted(
                key
                for key, hit in found.items()
                if key in expected
                and hit["_source"].get("updated_at") != expected[key].updated_at.isoformat()
            ),
            "extra": sorted(set(found) - set(expected)),
            "indexed": len(found),
            "expected": len(expected),
        }
    return report
