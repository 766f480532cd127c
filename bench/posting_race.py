"""Posting race: members fire many replies at once at several gunicorn workers; the posting
limit holds across processes (counters in Redis) and every accepted reply is stored.

    .venv/bin/python bench/posting_race.py [--database-url URL] [--workers 4] [--posts 20]

Each of five members logs in, then all of them send `--posts` replies to one discussion at the
same moment (a thread per reply, released together). With the site's limit (6 replies per
member in 10 minutes) the expected result is 6 accepted and stored per member, the rest refused
with the limit page. Writes bench/results-posting-race.md. Needs the demo content in the
database (`make demo`, as for the load test).
"""

import argparse
import subprocess
import sys
import threading
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "site"), str(ROOT)]

import redis  # noqa: E402
from loadtest import HIDDEN, Member, bench_members  # noqa: E402
from pagebench import DEFAULT_DATABASE, setup_django  # noqa: E402
from server import gunicorn, manage, production_environment  # noqa: E402

LIMIT = 6


def reply_form(member, discussion_url):
    """The reply form's hidden fields, read once (the race sends them all at once)."""
    _status, _headers, page = member.call("GET", discussion_url)
    form = page[page.index('class="comment-form"') :]
    return dict(HIDDEN.findall(form[: form.index("</form>")]))


def send(member, fields, text, start, outcomes):
    start.wait()
    status, headers, _page = member.call(
        "POST", "/reacties/plaatsen/", {**fields, "comment": text, "honeypot": "", "reply_to": "0"}
    )
    accepted = status == 302 and "/inloggen" not in headers.get("Location", "")
    outcomes.append("accepted" if accepted else f"refused {status}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/5")
    parser.add_argument("--port", type=int, default=8106)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--posts", type=int, default=20, help="replies per member, all at once")
    args = parser.parse_args()

    setup_django(args.database_url)
    from django_comments_xtd.models import XtdComment
    from pages import typical_urls

    discussion_url = typical_urls()["discussion"]
    emails = bench_members()
    marker = uuid.uuid4().hex[:8]
    redis.Redis.from_url(args.redis_url).flushdb()
    environment = production_environment(
        args.database_url, args.redis_url, COMMUNITY_POST_RATE_LIMIT=str(LIMIT)
    )
    manage(environment, "collectstatic", "--no-input", "--verbosity", "0")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()

    outcomes = []
    with gunicorn(environment, args.port, args.workers):
        start = threading.Barrier(len(emails) * args.posts)
        threads = []
        for email in emails:
            member = Member(args.port, email)
            member.login()
            fields = reply_form(member, discussion_url)
            for n in range(args.posts):
                text = f"Reactie {n} van {email} in race {marker}."
                threads.append(
                    threading.Thread(target=send, args=(member, fields, text, start, outcomes))
                )
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    stored = XtdComment.objects.filter(comment__contains=f"race {marker}").count()
    accepted = outcomes.count("accepted")
    refused = len(outcomes) - accepted
    statuses = sorted({outcome for outcome in outcomes if outcome != "accepted"})
    text = "\n".join(
        [
            f"# Posting race (commit {commit})",
            "",
            f"gunicorn with production settings, {args.workers} sync workers, PostgreSQL and "
            f"Redis; {len(emails)} members each send {args.posts} replies to one discussion at "
            f"the same moment; posting limit {LIMIT} replies per member in 10 minutes.",
            "",
            "| sent | accepted | stored | refused | expected accepted |",
            "|---|---|---|---|---|",
            f"| {len(outcomes)} | {accepted} | {stored} | {refused} | {LIMIT * len(emails)} |",
            "",
            f"Refusals answered: {', '.join(statuses) or 'none'}.",
            "",
        ]
    )
    print(text)
    (HERE / "results-posting-race.md").write_text(text)


if __name__ == "__main__":
    main()
