"""Load test: 50 readers and 5 members posting replies for 60 s against gunicorn with
production settings on PostgreSQL and Redis, on loopback; the health view is the floor.

    .venv/bin/python bench/loadtest.py [--database-url URL] [--seconds 60] [--readers 50]

The readers go round the home page, the catalogue with facets, a search, an offer page, a
discussion and `/gezond/`. Each poster logs in and replies to the discussion every
`--post-interval` seconds (the server runs with a raised posting limit). Reports req/s,
p50 and p99 per URL, errors, and posts accepted
(the site's redirect after a reply) and stored (rows in the database afterwards). Writes
bench/results-loadtest.md. The database needs the demo content (`make demo`).

`--restart-redis` runs the site on a throwaway redis-server of its own (a free port, never
the shared one), stops it a third into the run and starts it again, empty, at two thirds:
the errors and posts then show what a Redis outage costs.
"""

import argparse
import http.cookies
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "site"), str(ROOT)]

import redis  # noqa: E402
from loadgen import percentile, request, run_readers, summary  # noqa: E402
from pagebench import DEFAULT_DATABASE, setup_django  # noqa: E402
from server import gunicorn, manage, production_environment  # noqa: E402

POSTERS = 5
PASSWORD = "bench-" + "poster-password-2026"
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')


def bench_members():
    """Five verified members with a known password (created once)."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    from schools.models import Profile

    users = []
    for n in range(1, POSTERS + 1):
        email = f"loadtest{n}@leercommunity.example"
        user, _created = get_user_model().objects.get_or_create(
            username=f"loadtest{n}", defaults={"email": email}
        )
        user.set_password(PASSWORD)
        user.save()
        Profile.objects.get_or_create(user=user, defaults={"display_name": f"Testlid {n}"})
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        users.append(email)
    return users


class Member:
    """A browser for one member: cookies, CSRF token, login, replies."""

    def __init__(self, port, email):
        self.port, self.email, self.cookies = port, email, {}

    def call(self, method, path, form=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode(form)
            headers.update(
                {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Referer": f"http://127.0.0.1:{self.port}{path}",
                    "X-CSRFToken": self.cookies.get("csrftoken", ""),
                }
            )
        status, response_headers, content = request(
            "127.0.0.1", self.port, method, path, body, headers
        )
        for line in response_headers.get_all("Set-Cookie") or []:
            cookie = http.cookies.SimpleCookie(line)
            for key, morsel in cookie.items():
                self.cookies[key] = morsel.value
        return status, response_headers, content.decode("utf-8", "replace")

    def login(self):
        self.call("GET", "/account/login/")
        status, headers, _ = self.call(
            "POST",
            "/account/login/",
            {
                "login": self.email,
                "password": PASSWORD,
                "csrfmiddlewaretoken": self.cookies["csrftoken"],
            },
        )
        if status != 302:
            raise RuntimeError(f"login of {self.email} answered {status}")

    def reply(self, discussion_url, text):
        status, _, page = self.call("GET", discussion_url)
        form = page[page.index('class="comment-form"') :]
        fields = dict(HIDDEN.findall(form[: form.index("</form>")]))
        fields.update({"comment": text, "honeypot": "", "reply_to": "0"})
        status, headers, _ = self.call("POST", "/reacties/plaatsen/", fields)
        return status == 302 and "/inloggen" not in headers.get("Location", "")


def poster(port, email, discussion_url, deadline, interval, marker, log):
    member = Member(port, email)
    member.login()
    n = 0
    while time.monotonic() < deadline:
        started = time.perf_counter()
        n += 1
        accepted = member.reply(discussion_url, f"Reactie {n} van {email} in meetrun {marker}.")
        log.append((accepted, time.perf_counter() - started))
        time.sleep(max(0.0, interval - (time.perf_counter() - started)))


class ThrowawayRedis:
    """A redis-server of the run's own on a free port: stopped and started mid-run."""

    def __init__(self):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [shutil.which("redis-server"), "--port", str(self.port), "--save", ""],
            stdout=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port)
        for _ in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)

    def stop(self):
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None

    def restart_during(self, seconds, events):
        time.sleep(seconds / 3)
        self.stop()
        events.append(("stopped", time.monotonic()))
        time.sleep(seconds / 3)
        self.start()
        events.append(("started", time.monotonic()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/5")
    parser.add_argument("--port", type=int, default=8105)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--post-interval", type=float, default=2.0, help="seconds per poster")
    parser.add_argument(
        "--restart-redis", action="store_true", help="own Redis, stopped mid-run and restarted"
    )
    args = parser.parse_args()
    own_redis = None
    if args.restart_redis:
        own_redis = ThrowawayRedis()
        own_redis.start()
        args.redis_url = own_redis.url

    setup_django(args.database_url)
    from django_comments_xtd.models import XtdComment
    from pages import typical_urls

    urls = typical_urls()
    members = bench_members()
    targets = [
        (name, urls[name])
        for name in ("home", "catalogue with facets", "search", "offer", "discussion")
    ]
    targets.append(("floor", "/gezond/"))
    # The site's limit (6 posts per member in 10 minutes) would allow one post each in a
    # minute; the server under test gets a higher one so that posting is measured.
    interval = args.post_interval
    marker = uuid.uuid4().hex[:8]

    redis.Redis.from_url(args.redis_url).flushdb()
    environment = production_environment(
        args.database_url, args.redis_url, COMMUNITY_POST_RATE_LIMIT="100000"
    )
    manage(environment, "collectstatic", "--no-input", "--verbosity", "0")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    with gunicorn(environment, args.port, args.workers) as base:
        run_readers(base, targets, 2, 1)  # warm
        deadline = time.monotonic() + args.seconds
        posts = []
        threads = [
            threading.Thread(
                target=poster,
                args=(args.port, email, urls["discussion"], deadline, interval, marker, posts),
            )
            for email in members
        ]
        redis_events = []
        if own_redis is not None:
            threads.append(
                threading.Thread(target=own_redis.restart_during, args=(args.seconds, redis_events))
            )
        for thread in threads:
            thread.start()
        results = run_readers(base, targets, args.readers, args.seconds)
        for thread in threads:
            thread.join()
    if own_redis is not None:
        own_redis.stop()
    stored = XtdComment.objects.filter(comment__contains=f"meetrun {marker}").count()
    table = summary(results, args.seconds)
    accepted = sum(1 for ok, _ in posts if ok)
    total = sum(row["requests"] for row in table.values())
    errors = sum(row["errors"] for row in table.values())
    floor = table["floor"]["rps"]

    lines = [
        f"# Load test (commit {commit})",
        "",
        f"gunicorn with production settings, {args.workers} sync workers, PostgreSQL and Redis, "
        f"page cache on; {args.readers} concurrent readers for {args.seconds:g} s on loopback, "
        f"plus {POSTERS} members replying to the discussion every {interval:g} s "
        "(posting limit raised for the run).",
        *(
            [
                "",
                f"Redis (its own, port {own_redis.port}) stopped after {args.seconds / 3:.0f} s "
                f"and started again, empty, after {2 * args.seconds / 3:.0f} s.",
            ]
            if own_redis is not None
            else []
        ),
        "",
        "| URL | requests | req/s | × floor | p50 ms | p99 ms | p99/p50 | errors |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, url in targets:
        row = table[name]
        lines.append(
            f"| {name} `{url}` | {row['requests']} | {row['rps']:.1f} | {row['rps'] / floor:.2f} "
            f"| {row['p50_ms']:.0f} | {row['p99_ms']:.0f} | {row['p99_ms'] / row['p50_ms']:.1f} "
            f"| {row['errors']} |"
        )
    post_times = [1000 * seconds for _, seconds in posts]
    lines += [
        "",
        f"All reads: {total} requests, {total / args.seconds:.1f} req/s, {errors} errors.",
        f"Posts: {len(posts)} sent, {accepted} accepted, {stored} stored "
        f"(p50 {percentile(post_times, 0.5):.0f} ms, p99 {percentile(post_times, 0.99):.0f} ms "
        "for page and reply).",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    (HERE / "results-loadtest.md").write_text(text)


if __name__ == "__main__":
    main()
