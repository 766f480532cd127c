"""Relevance benchmark (issue 12): judged queries on the demo data, per engine and database.

    .venv/bin/python bench/relevance.py --database sqlite|postgres [--engine elasticsearch] [--keep]

Builds the demo site in its own database (var/relevance.sqlite3, or leercommunity_relevance
on PostgreSQL at 127.0.0.1:5432; never the development database), then runs every query of
bench/relevance_judgements.json through the search service and prints the zero-result rate
(queries with relevant items that found nothing), mean recall@20 and mean nDCG@10 (binary: an
item is relevant or not), and the queries below target. The scoring is search.relevance, which
the live suite also uses.

The database engine by default; `--engine elasticsearch` indexes the demo data in the cluster
at ELASTICSEARCH_URL (indexes prefixed leercommunity-relevance, never the site's) and measures
that engine. Without ELASTICSEARCH_URL it says so and stops.
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench")]

from search_benchmark import fresh_database, log, setup_django  # noqa: E402

INDEX_PREFIX = "leercommunity-relevance"


def report(summary, engine, database):
    from search.relevance import TARGET_NDCG, TARGET_RECALL

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    log(f"\nRelevance, {engine} engine on {database}, commit {commit}")
    log(f"  queries: {summary.queries} ({summary.judged} with relevant items on the demo data)")
    log(f"  zero-result rate: {summary.zero_rate:.3f} ({summary.zero} queries)")
    log(f"  mean recall@20:   {summary.recall:.3f}   (target >= {TARGET_RECALL})")
    log(f"  mean nDCG@10:     {summary.ndcg:.3f}   (target >= {TARGET_NDCG})")
    if summary.weak:
        log("  below target:")
        for row in summary.weak:
            log(
                f"    {row.judgement['lang']} {row.judgement['q']!r:32} relevant {row.relevant:2} "
                f"found {row.found:2} recall {row.recall:.2f} nDCG {row.ndcg:.2f}"
            )
    if summary.unjudged:
        log(f"  no relevant items on the demo data (not counted): {', '.join(summary.unjudged)}")


def elasticsearch_engine(url):
    """The cluster's engine over a fresh index of the demo data."""
    from django.conf import settings

    from search import elastic_index
    from search.engines.elastic import ElasticsearchEngine

    settings.ELASTICSEARCH_URL = url
    settings.ELASTICSEARCH_INDEX_PREFIX = INDEX_PREFIX
    log(f"Indexing the demo data in {url} ({INDEX_PREFIX}-*) ...")
    counts = elastic_index.rebuild()
    log("  " + ", ".join(f"{language}: {n}" for language, n in counts.items()))
    return ElasticsearchEngine()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--engine", choices=["database", "elasticsearch"], default="database")
    parser.add_argument("--keep", action="store_true", help="reuse the database of a last run")
    parser.add_argument("--postgres-db", default="leercommunity_relevance")
    args = parser.parse_args()
    cluster = os.environ.get("ELASTICSEARCH_URL", "")
    if args.engine == "elasticsearch" and not cluster:
        log(
            "No Elasticsearch cluster: set ELASTICSEARCH_URL (e.g. http://127.0.0.1:9200) to "
            "measure the Elasticsearch engine. Without it only the database engine is measured "
            "(make bench-relevance)."
        )
        raise SystemExit(2)
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
    setup_django(url)  # the demo is loaded without the cluster; it is indexed in one go below
    from django.core.management import call_command

    from search.engines.database import DatabaseEngine
    from search.relevance import measure, summarise

    if not args.keep:
        log("Demo site (migrate, load_demo) ...")
        call_command("migrate", verbosity=0)
        call_command("load_demo", verbosity=0)
    engine = elasticsearch_engine(cluster) if args.engine == "elasticsearch" else DatabaseEngine()
    report(summarise(measure(engine)), args.engine, args.database)


if __name__ == "__main__":
    main()
