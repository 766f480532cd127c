"""Side by side: each typical page's speed uncached and cached, as a ratio to the health view
measured in the same run (the floor), with its SQL queries and bytes.

    .venv/bin/python bench/pagebench.py [--database-url URL] [--seconds 5] [--concurrency 8]

gunicorn with production settings on 127.0.0.1 (PostgreSQL and Redis database 5 by default),
first with the page cache off, then on. The database needs the demo content (`make demo` with
the same DATABASE_URL). Writes bench/results-pages.md.
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "site"), str(ROOT)]

import redis  # noqa: E402
from loadgen import run_readers, summary  # noqa: E402
from server import gunicorn, manage, production_environment  # noqa: E402

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/lc_production"
FLOOR = ("floor", "/gezond/")


def setup_django(database_url):
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()


def measure_speed(base, urls, seconds, concurrency):
    """{name: (rps, floor rps)}: each URL right after the floor, both for `seconds`."""
    speeds = {}
    for name, url in urls.items():
        floor = summary(run_readers(base, [FLOOR], concurrency, seconds), seconds)["floor"]
        page = summary(run_readers(base, [(name, url)], concurrency, seconds), seconds)[name]
        if page["errors"]:
            print(f"  ! {name}: {page['errors']} non-200 answers", file=sys.stderr)
        speeds[name] = (page["rps"], floor["rps"])
        print(f"  {name:24} {page['rps']:8.1f} req/s   floor {floor['rps']:8.1f} req/s")
    return speeds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE)
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/5")
    parser.add_argument("--port", type=int, default=8105)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    setup_django(args.database_url)
    from django.conf import settings
    from page_queries import measure
    from pages import typical_urls

    settings.PAGE_CACHE_ENABLED = False
    urls = typical_urls()
    sizes = {url: (count, size) for url, _status, count, size in measure(urls.values())}

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    results = {}
    for label, enabled in (("uncached", "false"), ("cached", "true")):
        redis.Redis.from_url(args.redis_url).flushdb()
        environment = production_environment(
            args.database_url, args.redis_url, PAGE_CACHE_ENABLED=enabled
        )
        manage(environment, "collectstatic", "--no-input", "--verbosity", "0")
        print(f"{label} (gunicorn, {args.workers} workers, {args.concurrency} clients):")
        with gunicorn(environment, args.port, args.workers) as base:
            run_readers(base, list(urls.items()), 2, 1)  # warm (and fill the cache)
            results[label] = measure_speed(base, urls, args.seconds, args.concurrency)

    lines = [
        f"# Pages side by side (commit {commit})",
        "",
        f"gunicorn with production settings, {args.workers} sync workers, PostgreSQL, Redis; "
        f"{args.concurrency} concurrent clients on loopback, {args.seconds:g} s per URL, each "
        "right after the floor (`/gezond/`: database, cache and search checked) in the same run.",
        "",
        "| page | URL | uncached × floor | cached × floor | uncached req/s | cached req/s "
        "| queries | bytes |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, url in urls.items():
        uncached, floor_u = results["uncached"][name]
        cached, floor_c = results["cached"][name]
        count, size = sizes[url]
        lines.append(
            f"| {name} | `{url}` | {uncached / floor_u:.3f} | {cached / floor_c:.2f} "
            f"| {uncached:.1f} | {cached:.1f} | {count} | {size:,} |"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    (HERE / "results-pages.md").write_text(text)


if __name__ == "__main__":
    main()
