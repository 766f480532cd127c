"""Relevance benchmark (issue 12): judged queries on the demo data, per engine and database.

    .venv/bin/python bench/relevance.py --database sqlite|postgres [--keep]

Builds the demo site in its own database (var/relevance.sqlite3, or leercommunity_relevance
on PostgreSQL at 127.0.0.1:5432; never the development database), then runs every query of
bench/relevance_judgements.json through the search service with the database engine and prints
the zero-result rate (queries with relevant items that found nothing), mean recall@20 and mean
nDCG@10 (binary: an item is relevant or not), and the queries below target. Elasticsearch is
measured by the same list in the live suite when ELASTICSEARCH_URL is set.
"""

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench")]

from search_benchmark import fresh_database, log, setup_django  # noqa: E402

JUDGEMENTS = ROOT / "bench" / "relevance_judgements.json"


def relevant_keys(judgement):
    from django.db.models import Q

    from search.models import SearchEntry

    entries = SearchEntry.objects.filter(language__in=[judgement["lang"], ""])
    if "all" in judgement:
        for name, value in judgement["all"]:
            entries = entries.filter(facets__name=name, facets__value=value)
    else:
        condition = Q(pk__in=[])
        for name, value in judgement["any"]:
            condition |= Q(facets__name=name, facets__value=value)
        entries = entries.filter(condition)
    return set(entries.values_list("key", flat=True).distinct())


def ndcg(found, relevant, k=10):
    gains = sum(1 / math.log2(i + 2) for i, key in enumerate(found[:k]) if key in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), k)))
    return gains / ideal if ideal else 1.0


def measure(language_filter=None):
    from search import service
    from search.engines.database import DatabaseEngine
    from search.query import SearchQuery

    rows = []
    for judgement in json.loads(JUDGEMENTS.read_text())["queries"]:
        relevant = relevant_keys(judgement)
        query = SearchQuery(language=judgement["lang"], text=judgement["q"], page_size=20)
        found = [hit.key for hit in service.search(query, engine=DatabaseEngine()).hits]
        recall = len(relevant & set(found)) / min(len(relevant), 20) if relevant else 1.0
        rows.append((judgement, len(relevant), len(found), recall, ndcg(found, relevant)))
    return rows


def report(rows, database):
    judged = [row for row in rows if row[1]]
    zero = [row for row in judged if not row[2]]
    recall = sum(row[3] for row in judged) / len(judged)
    ndcg10 = sum(row[4] for row in judged) / len(judged)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    log(f"\nRelevance, database engine on {database}, commit {commit}")
    log(f"  queries: {len(rows)} ({len(judged)} with relevant items on the demo data)")
    log(f"  zero-result rate: {len(zero) / len(judged):.3f} ({len(zero)} queries)")
    log(f"  mean recall@20:   {recall:.3f}   (target >= 0.9)")
    log(f"  mean nDCG@10:     {ndcg10:.3f}   (target >= 0.8)")
    weak = [row for row in judged if row[3] < 0.9 or row[4] < 0.8]
    if weak:
        log("  below target:")
        for judgement, n_relevant, n_found, rec, nd in weak:
            log(
                f"    {judgement['lang']} {judgement['q']!r:32} relevant {n_relevant:2} "
                f"found {n_found:2} recall {rec:.2f} nDCG {nd:.2f}"
            )
    empty = [row[0]["q"] for row in rows if not row[1]]
    if empty:
        log(f"  no relevant items on the demo data (not counted): {', '.join(empty)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--keep", action="store_true", help="reuse the database of a last run")
    parser.add_argument("--postgres-db", default="leercommunity_relevance")
    args = parser.parse_args()
    import search_benchmark

    search_benchmark.SQLITE_PATH = ROOT / "var" / "relevance.sqlite3"
    if args.keep:
        url = (
            f"sqlite:///{search_benchmark.SQLITE_PATH}"
            if args.database == "sqlite"
            else search_benchmark.postgres_url(args.postgres_db)
        )
    else:
        url = fresh_database(args.database, args.postgres_db)
    setup_django(url)
    from django.core.management import call_command

    if not args.keep:
        log("Demo site (migrate, load_demo) ...")
        call_command("migrate", verbosity=0)
        call_command("load_demo", verbosity=0)
    report(measure(), args.database)


if __name__ == "__main__":
    main()
