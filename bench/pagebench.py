"""Side by side: each typical page's speed uncached and cached, as a ratio to a bare Django
view (the floor, bench/floor) measured in the same round, with its SQL queries and bytes.

    .venv/bin/python bench/pagebench.py [--database-url URL] [--seconds 3] [--rounds 3]
        [--compare "NAME=http://127.0.0.1:PORT/path" ...]

Three gunicorn servers run at once, all with the site's gunicorn settings and the same number of
workers: the floor project, the site with the page cache off, and the site with it on
(production settings, SQLite demo database in var/ by default, Redis). Each round times, for
every page, the floor's "ok" view, then the page uncached, then the page cached, with
`wrk -t2 -c<concurrency>` for `--seconds` each; a page's ratio in a round is to the floor
timed just before it; after each page the server is drained (what wrk left queued is answered
before the next timing starts). Reported: medians over the rounds. Writes
bench/results-pages.md.

`--compare NAME=URL` (repeatable) adds a page of another site that is already running on this
machine (e.g. Wagtail's bakerydemo): in each round, after our pages, it is timed the same way
right after its own floor timing, and gets a second table ("Other sites, same run").
"""

import argparse
import contextlib
import datetime
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "site"), str(ROOT)]

import redis  # noqa: E402
from loadgen import request  # noqa: E402
from server import floor_environment, gunicorn, manage, production_environment  # noqa: E402

DEFAULT_DATABASE = f"sqlite:///{ROOT / 'var' / 'db.sqlite3'}"
REQUESTS = re.compile(r"Requests/sec:\s+([\d.]+)")
NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
ERRORS = re.compile(r"Socket errors: .*")
# A --compare server is not ours to drain (we know neither its workers nor a cheap URL of it):
# a pause after its timing lets it finish most of what wrk left queued before the next floor.
COMPARE_SETTLE = 1.5
# Only servers on this machine: a ratio to the local floor means nothing for a server elsewhere
# (the network would be timed too), and a benchmark sends load to loopback only.
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def setup_django(database_url, redis_url):
    os.environ["DATABASE_URL"] = database_url
    os.environ["REDIS_URL"] = redis_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()


def wrk(url, seconds, concurrency):
    """req/s of `url` with wrk for `seconds`; warns of answers other than 2xx/3xx."""
    out = subprocess.run(
        ["wrk", "-t2", f"-c{concurrency}", f"-d{seconds:g}s", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    bad = NON_2XX.search(out)
    if bad:
        print(f"  ! {url}: {bad.group(1)} answers other than 2xx/3xx", file=sys.stderr)
    errors = ERRORS.search(out)
    if errors:
        print(f"  ! {url}: {errors.group(0)}", file=sys.stderr)
    return float(REQUESTS.search(out).group(1))


def warm(base, paths, times=3):
    for _ in range(times):
        for path in paths:
            request("127.0.0.1", int(base.rsplit(":", 1)[1]), "GET", path)


def drain(base, workers):
    """Wait until `base` has answered what wrk left queued: a slow page is still being served
    after wrk stops, and would eat into the next measurement. One cheap request per worker at
    once returns only when each worker has got to it."""
    port = int(base.rsplit(":", 1)[1])
    threads = [
        threading.Thread(target=request, args=("127.0.0.1", port, "GET", "/gezond/"))
        for _ in range(workers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def compare_target(value):
    """`--compare NAME=URL` as (name, url); the URL may hold "=" itself (a query string)."""
    name, _sep, url = value.partition("=")
    parts = urlsplit(url)
    if not name.strip() or parts.scheme != "http" or parts.hostname not in LOOPBACK:
        raise argparse.ArgumentTypeError(
            f"expected NAME=http://127.0.0.1:PORT/path (a server on this machine), got {value!r}"
        )
    return name.strip(), url


def get(url):
    """(status, body) of one GET of a full URL, for the --compare servers."""
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    status, _headers, content = request(parts.hostname, parts.port or 80, "GET", path)
    return status, content


def compare_sizes(parser, compare):
    """{name: bytes} of one GET of each --compare URL, before anything else starts: a server that
    is not running should stop the run now, not after minutes of measuring our own pages."""
    sizes = {}
    for name, url in compare.items():
        try:
            status, content = get(url)
        except OSError as error:
            parser.error(f"--compare {name}: {url} does not answer ({error})")
        if status != 200:
            print(f"  ! {name}: {url} answered {status}, not 200", file=sys.stderr)
        sizes[name] = len(content)
    return sizes


def cache_state(base, path):
    status, headers, _content = request("127.0.0.1", int(base.rsplit(":", 1)[1]), "GET", path)
    return status, headers.get("X-Page-Cache", "-")


def sizes_and_queries(urls, page_cache):
    """{url: (queries, bytes)} in-process (Django's test client), page cache on or off."""
    from django.conf import settings
    from page_queries import measure

    settings.PAGE_CACHE_ENABLED = page_cache
    return {url: (count, size) for url, _status, count, size in measure(urls)}


def page_times(environment):
    """{name: {"warm", "publish", "member"}} from bench/page_times.py, run in its own process
    with the site's production environment (after the servers stopped: it purges)."""
    out = subprocess.run(
        [sys.executable, str(HERE / "page_times.py")],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    sys.stderr.write(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def load():
    return os.getloadavg()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE)
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/5")
    parser.add_argument("--port", type=int, default=8105, help="first of three ports")
    parser.add_argument("--seconds", type=float, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--compare",
        action="append",
        default=[],
        type=compare_target,
        metavar="NAME=URL",
        help="a page of another site already running on this machine, timed in the same rounds "
        "(repeatable)",
    )
    args = parser.parse_args()
    compare = dict(args.compare)
    if len(compare) < len(args.compare):
        parser.error("--compare: each NAME only once")
    compare_bytes = compare_sizes(parser, compare)

    setup_django(args.database_url, args.redis_url)
    from django.conf import settings
    from pages import typical_urls

    settings.ALLOWED_HOSTS = ["*"]
    urls = {**typical_urls(), "health": "/gezond/"}
    redis.Redis.from_url(args.redis_url).flushdb()
    uncached_sizes = sizes_and_queries(list(urls.values()), page_cache=False)
    cached_sizes = sizes_and_queries(list(urls.values()), page_cache=True)

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    redis.Redis.from_url(args.redis_url).flushdb()
    site = production_environment(args.database_url, args.redis_url)
    manage(site, "collectstatic", "--no-input", "--verbosity", "0")
    load_before = load()
    floor_port, uncached_port, cached_port = args.port, args.port + 1, args.port + 2
    floor_rps, template_rps = [], []
    rounds = {name: {"uncached": [], "cached": []} for name in urls}
    compared = {name: [] for name in compare}
    with contextlib.ExitStack() as stack:
        floor = stack.enter_context(
            gunicorn(floor_environment(), floor_port, args.workers, "floor.wsgi", "/")
        )
        uncached = stack.enter_context(
            gunicorn({**site, "PAGE_CACHE_ENABLED": "false"}, uncached_port, args.workers)
        )
        cached = stack.enter_context(
            gunicorn({**site, "PAGE_CACHE_ENABLED": "true"}, cached_port, args.workers)
        )
        warm(floor, ["/", "/template/"])
        warm(uncached, urls.values())
        warm(cached, urls.values())
        for _ in range(3):
            for url in compare.values():
                get(url)
        states = {name: cache_state(cached, url) for name, url in urls.items()}
        for number in range(1, args.rounds + 1):
            print(f"round {number} of {args.rounds} (load {load()[0]:.2f})")
            for name, url in urls.items():
                base_rps = wrk(f"{floor}/", args.seconds, args.concurrency)
                floor_rps.append(base_rps)
                for label, server in (("uncached", uncached), ("cached", cached)):
                    rps = wrk(f"{server}{url}", args.seconds, args.concurrency)
                    drain(server, args.workers)
                    rounds[name][label].append((rps, rps / base_rps))
                row = rounds[name]
                print(
                    f"  {name:22} floor {base_rps:7.0f}  uncached {row['uncached'][-1][0]:7.1f}"
                    f"  cached {row['cached'][-1][0]:7.1f} req/s"
                )
            for name, url in compare.items():
                base_rps = wrk(f"{floor}/", args.seconds, args.concurrency)
                floor_rps.append(base_rps)
                rps = wrk(url, args.seconds, args.concurrency)
                time.sleep(COMPARE_SETTLE)
                compared[name].append((rps, rps / base_rps))
                print(
                    f"  {name:22} floor {base_rps:7.0f}  other    {rps:7.1f} req/s"
                    f" ({rps / base_rps:.3f}× floor)"
                )
            template_rps.append(wrk(f"{floor}/template/", args.seconds, args.concurrency))
    load_after = load()
    print("in-process times (warm, after a publish, a member)")
    times = page_times({**site, "PAGE_CACHE_ENABLED": "false"})

    def median(values, index):
        return statistics.median(value[index] for value in values)

    floor_median = statistics.median(floor_rps)
    template_ratio = statistics.median(template_rps) / floor_median
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    database = "SQLite" if args.database_url.startswith("sqlite") else "PostgreSQL"
    lines = [
        f"# Pages against the floor (commit {commit}, {now})",
        "",
        f"Three gunicorn servers with the site's gunicorn settings ({args.workers} sync workers "
        f'each): the floor (bench/floor, a bare Django view answering "ok"), the site with the '
        f"page cache off and the site with it on (production settings, {database}, Redis). "
        f"`wrk -t2 -c{args.concurrency}` for {args.seconds:g} s per URL on loopback, "
        f"{args.rounds} rounds; in each round every page is timed right after the floor and its "
        "ratio is to that floor. Medians over the rounds. Queries and bytes in-process "
        "(Django's test client, anonymous, warm).",
        "",
        f"Floor: median **{floor_median:,.0f} req/s** (min {min(floor_rps):,.0f}, "
        f"max {max(floor_rps):,.0f}); the floor's small template view: "
        f"{statistics.median(template_rps):,.0f} req/s ({template_ratio:.2f}×).",
        f"Load average (1/5/15 min) before: {load_before[0]:.2f} / {load_before[1]:.2f} / "
        f"{load_before[2]:.2f}, after: {load_after[0]:.2f} / {load_after[1]:.2f} / "
        f"{load_after[2]:.2f} (2 cores, shared with other work).",
        "",
        "| page | URL | uncached × floor | cached × floor | uncached req/s | cached req/s "
        "| queries uncached / cached | bytes | cache |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, url in urls.items():
        row = rounds[name]
        count, size = uncached_sizes[url]
        cached_count = cached_sizes[url][0]
        lines.append(
            f"| {name} | `{url}` | {median(row['uncached'], 1):.3f} "
            f"| {median(row['cached'], 1):.3f} | {median(row['uncached'], 0):.1f} "
            f"| {median(row['cached'], 0):.1f} | {count} / {cached_count} | {size:,} "
            f"| {states[name][1]} |"
        )
    if compare:
        lines += [
            "",
            "## Other sites, same run",
            "",
            "Servers that were running already on this machine (not started, configured or "
            "drained by this benchmark), each URL timed with the same wrk settings in every "
            f"round right after a floor timing, then a {COMPARE_SETTLE:g} s pause; ratio to "
            "that floor, medians over the rounds. Bytes: the body of one GET over HTTP.",
            "",
            "| site | URL | × floor | req/s | bytes |",
            "|---|---|---|---|---|",
        ]
        for name, url in compare.items():
            lines.append(
                f"| {name} | `{url}` | {median(compared[name], 1):.3f} "
                f"| {median(compared[name], 0):.1f} | {compare_bytes[name]:,} |"
            )
    lines += [
        "",
        "## One process, per request (`bench/page_times.py`)",
        "",
        "CPU milliseconds per request in one process (a WSGI call, no HTTP server), production "
        "settings, page cache off; medians. *Warm*: the shared pieces of pages "
        "(`core.fragments`) and the header kept, as on a busy site. *After a publish*: the "
        '"site" tag purged before every request, so the header, the site lookup and every '
        "piece are built anew. *Member*: signed in as school@leercommunity.example (never "
        "in the page cache; their own parts rendered for them).",
        "",
        "| page | warm ms | after a publish ms | member ms |",
        "|---|---|---|---|",
    ]
    for name in urls:
        row = times.get(name)
        if row:
            member = f"{row['member']:.1f}" if row["member"] is not None else "-"
            lines.append(f"| {name} | {row['warm']:.1f} | {row['publish']:.1f} | {member} |")
    text = "\n".join(lines) + "\n"
    print(text)
    (HERE / "results-pages.md").write_text(text)


if __name__ == "__main__":
    main()
