"""Milliseconds per page in one process (a WSGI call per request, no HTTP server), production
settings, page cache off, in three states:

- warm: the shared pieces of pages (core.fragments) and the header kept, as on a busy site;
- after a publish: the "site" tag purged before every request, so the header, the site lookup
  and every piece are rendered anew (what the first visitor after an editor's publish pays);
- member: a signed-in demo member (school@leercommunity.example), whose pages are never in the
  page cache and whose own parts are rendered for them.

    .venv/bin/python bench/page_times.py [--requests 30]   (environment as bench/server.py sets)

Prints JSON: {name: {"warm": ms, "publish": ms, "member": ms}}, medians of CPU time per request
(less disturbed by other work on the machine than wall time).
"""

import argparse
import io
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "site"), str(ROOT)]

MEMBER = "school@leercommunity.example"


def environ(path, cookie=""):
    path, _sep, query = path.partition("?")
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_COOKIE": cookie,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "SERVER_PROTOCOL": "HTTP/1.1",
    }


def timed(app, path, requests, cookie="", before=None):
    """Median CPU milliseconds of `requests` calls (after three unmeasured ones)."""
    statuses = set()

    def start_response(status, headers, exc_info=None):
        statuses.add(status.split()[0])

    samples = []
    for number in range(requests + 3):
        if before is not None:
            before()
        started = time.process_time()
        b"".join(app(environ(path, cookie), start_response))
        if number >= 3:
            samples.append((time.process_time() - started) * 1000)
    if statuses != {"200"}:
        print(f"  ! {path}: answered {sorted(statuses)}", file=sys.stderr)
    return statistics.median(samples)


def member_cookie():
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    user = get_user_model().objects.filter(email=MEMBER).first()
    if user is None:
        return ""
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()

    from django.core.wsgi import get_wsgi_application

    app = get_wsgi_application()
    from pages import typical_urls

    from core import pagecache

    cookie = member_cookie()
    results = {}
    for name, path in typical_urls().items():
        results[name] = {
            "warm": timed(app, path, args.requests),
            "publish": timed(
                app, path, args.requests, before=lambda: pagecache.purge(pagecache.SITE)
            ),
            "member": timed(app, path, args.requests, cookie=cookie) if cookie else None,
        }
        print(f"  in-process {name:22} {results[name]}", file=sys.stderr)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
