"""SQLite with concurrent writers: nothing is dropped with the site's SQLite options.

Each writer does what Wagtail's reference index and our index updates do: read, then write,
in one transaction. In SQLite's default (deferred) mode two such transactions deadlock on the
upgrade from read to write lock, and one fails at once with "database is locked" whatever the
busy timeout; with IMMEDIATE transactions they queue.
"""

import threading
import time
import uuid

import pytest
from django.conf import settings
from django.db import OperationalError, connections, transaction

WRITERS = 4
WRITES_EACH = 40


@pytest.fixture
def sqlite_file(tmp_path, django_db_blocker):
    """A database alias of its own: a SQLite file with the site's options (or none). The
    tests use no test database, so nothing wraps them in a transaction."""
    created = []
    django_db_blocker.unblock()

    def make(options):
        alias = f"concurrency_{uuid.uuid4().hex[:12]}"
        connections.settings[alias] = connections.configure_settings(
            {
                "default": dict(settings.DATABASES["default"]),
                alias: {
                    "ENGINE": "django.db.backends.sqlite3",
                    "NAME": str(tmp_path / f"{alias}.sqlite3"),
                    "OPTIONS": options,
                },
            }
        )[alias]
        created.append(alias)
        with connections[alias].cursor() as cursor:
            cursor.execute("CREATE TABLE entry (id INTEGER PRIMARY KEY, writer INT, n INT)")
        return alias

    yield make
    for alias in created:
        connections[alias].close()
        del connections[alias]
        del connections.settings[alias]
    django_db_blocker.restore()


def run_writers(alias):
    errors = []
    start = threading.Barrier(WRITERS, timeout=30)

    def write(writer):
        try:
            start.wait()
            for n in range(WRITES_EACH):
                try:
                    with transaction.atomic(using=alias):
                        cursor = connections[alias].cursor()
                        cursor.execute("SELECT count(*) FROM entry WHERE writer = %s", [writer])
                        time.sleep(0.002)  # widen the gap between the read and the write
                        cursor.execute("INSERT INTO entry (writer, n) VALUES (%s, %s)", [writer, n])
                except OperationalError as error:
                    errors.append(str(error))
        finally:
            connections[alias].close()

    threads = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT count(*) FROM entry")
        stored = cursor.fetchone()[0]
    return stored, errors


def test_concurrent_read_then_write_transactions_all_land(sqlite_file):
    alias = sqlite_file(settings.SQLITE_OPTIONS)
    stored, errors = run_writers(alias)
    assert errors == []
    assert stored == WRITERS * WRITES_EACH
    with connections[alias].cursor() as cursor:
        assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_without_those_options_writes_are_lost(sqlite_file):
    """The failure the options prevent, shown on the same workload (so the test above can
    fail): default transactions with no busy timeout drop writes."""
    alias = sqlite_file({"timeout": 0})
    stored, errors = run_writers(alias)
    assert errors and "locked" in errors[0]
    assert stored < WRITERS * WRITES_EACH
