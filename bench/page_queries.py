"""Queries and bytes per page, in-process (Django's test client), page cache off.

    DATABASE_URL=postgres://... .venv/bin/python bench/page_queries.py [URL ...]

Without URLs it measures the site's typical pages (`bench.pages.typical_urls`).
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")


def measure(urls):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    rows = []
    for url in urls:
        client.get(url)  # warm the per-process caches, as a running server has
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        rows.append((url, response.status_code, len(queries), len(response.content)))
    return rows


def main():
    import django

    django.setup()
    from django.conf import settings

    settings.PAGE_CACHE_ENABLED = False
    settings.ALLOWED_HOSTS = ["*"]
    from bench.pages import typical_urls

    urls = sys.argv[1:] or list(typical_urls().values())
    print(f"{'URL':60} status queries bytes")
    for url, status, count, size in measure(urls):
        print(f"{url:60} {status:6} {count:7} {size:6}")


if __name__ == "__main__":
    main()
