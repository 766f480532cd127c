"""The migrated test database is built once and copied; the demo is built once and restored.

Running the 270-odd migrations (most of them Wagtail's and the libraries') took ~50 s in every
test process, and building the demo over a minute in every module that used it. Both results
only change when their inputs do, so they are kept under `var/test-databases/`:

- **Migrated database**, keyed by a hash of every migration file of every installed app (ours
  and the packages'), the installed packages' versions and the database vendor: a new migration
  anywhere gives a new key and so a fresh build. On SQLite the file is copied into the test
  database with SQLite's backup API (in-memory or file, whichever the test database is); on
  PostgreSQL a template database is migrated once and each test database (one per xdist worker)
  is `CREATE DATABASE ... TEMPLATE` of it.
- **Demo** (SQLite only), keyed by the migrated key, every source and data file of the project
  (tests excepted) and today's date: restored into the test database for the tests that use it,
  and the clean state restored after them (see `DemoStore`).

A file lock lets one xdist worker build while the others wait for the result. `--create-db`
builds both again, once per run: the workers of one `make test` share a run id (TEST_RUN_ID, or
xdist's own), so the second worker and the next invocation reuse what the first one built.
"""

import fcntl
import hashlib
import json
import os
import shutil
import sqlite3
import sys
import uuid
from contextlib import contextmanager
from datetime import date
from functools import cached_property, partial
from importlib import metadata
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connections
from django.db.migrations.loader import MigrationLoader

RUN_ID = (
    os.environ.get("TEST_RUN_ID") or os.environ.get("PYTEST_XDIST_TESTRUNUID") or uuid.uuid4().hex
)
# Left out of the demo's key: folders that hold no input of the demo or change while tests run,
# and hidden ones (.git, .venv, the examples .hypothesis writes during the tests).
SKIPPED_DIRS = {"var", "__pycache__", "tests", "node_modules", "test-results", "static"}
DEMO_MEMBER_PASSWORD = "zee-duin-fiets-2031"


def cache_dir():
    path = Path(settings.VAR_DIR) / "test-databases"
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextmanager
def locked(name):
    """One process at a time (xdist workers, or two invocations) builds or reads `name`."""
    with open(cache_dir() / f"{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _digest(parts):
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part if isinstance(part, bytes) else str(part).encode())
        hasher.update(b"\0")
    return hasher.hexdigest()[:16]


def migrations_key(connection):
    """Changes with any migration file on disk, any installed package's version, the vendor."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    parts = [sys.version, connection.vendor, sqlite3.sqlite_version, *settings.INSTALLED_APPS]
    parts += sorted(f"{dist.metadata['Name']}=={dist.version}" for dist in metadata.distributions())
    for app_label, name in sorted(loader.disk_migrations):
        module = sys.modules[loader.disk_migrations[app_label, name].__module__]
        parts += [f"{app_label}.{name}", Path(module.__file__).read_bytes()]
    return _digest(parts)


def source_key():
    """Changes with any file under the project root that is not a test (code, data, templates)."""
    parts = []
    for root, dirs, files in os.walk(settings.BASE_DIR):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
        for name in sorted(files):
            if not name.endswith((".pyc", ".lock")):
                path = Path(root, name)
                parts += [path.relative_to(settings.BASE_DIR), path.read_bytes()]
    return _digest(parts)


def _built_for_this_run(stamp, force):
    """Whether the cached result at `stamp` may be used: it exists, and `--create-db` (force)
    did not ask for a new one, or this very run built it already."""
    if not stamp.exists():
        return False
    return not force or stamp.read_text() == RUN_ID


def _remove_older(prefix):
    """Remove earlier results (other keys) before a build, so they do not pile up."""
    for old in cache_dir().glob(f"{prefix}*"):
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)


def _migrate(connection, verbosity):
    call_command(
        "migrate",
        verbosity=max(verbosity - 1, 0),
        interactive=False,
        database=connection.alias,
        run_syncdb=True,
    )


def save_sqlite(connection, path):
    """Copy the test database (in-memory or file) to `path`, atomically for readers."""
    connection.ensure_connection()
    partial_path = path.with_suffix(f".{os.getpid()}.partial")
    target = sqlite3.connect(partial_path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()
    os.replace(partial_path, path)


def load_sqlite(connection, source):
    """Replace the whole test database with `source` (a path or an open sqlite3 connection)."""
    connection.ensure_connection()
    if isinstance(source, sqlite3.Connection):
        source.backup(connection.connection)
        return
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        reader.backup(connection.connection)
    finally:
        reader.close()


def snapshot_sqlite(connection):
    """An in-memory copy of the test database as it is now, for `load_sqlite`."""
    connection.ensure_connection()
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(copy)
    return copy


def _set_name(connection, name):
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = name
    connection.settings_dict["NAME"] = name


def _create_sqlite(creation, verbosity, autoclobber, keepdb, force):
    connection = creation.connection
    name = creation._get_test_db_name()
    creation._create_test_db(verbosity, autoclobber, keepdb)
    _set_name(connection, name)
    prefix = f"migrated-{connection.alias}-sqlite-"
    path = cache_dir() / f"{prefix}{migrations_key(connection)}.sqlite3"
    stamp = path.with_suffix(".built")
    with locked(f"migrated-{connection.alias}-sqlite"):
        if _built_for_this_run(stamp, force):
            load_sqlite(connection, path)
        else:
            _remove_older(prefix)
            _migrate(connection, verbosity)
            save_sqlite(connection, path)
            stamp.write_text(RUN_ID)  # last: a build that failed half-way is not trusted
    return name


def _create_postgresql(creation, verbosity, autoclobber, keepdb, force):
    connection = creation.connection
    test_settings = connection.settings_dict["TEST"]
    # PostgreSQL names stop at 63 characters.
    prefix = f"{connection.settings_dict['NAME'][:30]}_migrated_"
    template = f"{prefix}{migrations_key(connection)}"
    stamp = cache_dir() / f"{template}.built"
    original = test_settings.get("NAME"), test_settings.get("TEMPLATE")
    with locked(f"{prefix}postgresql"):
        if not (_built_for_this_run(stamp, force) and _pg_exists(creation, template)):
            _drop_pg(creation, prefix)
            test_settings["NAME"], test_settings["TEMPLATE"] = template, None
            try:
                creation._create_test_db(verbosity, autoclobber=True, keepdb=False)
                name = connection.settings_dict["NAME"]
                _set_name(connection, template)
                _migrate(connection, verbosity)
                _set_name(connection, name)
            finally:
                test_settings["NAME"], test_settings["TEMPLATE"] = original
            stamp.write_text(RUN_ID)
        test_settings["TEMPLATE"] = template
        try:
            name = creation._get_test_db_name()
            creation._create_test_db(verbosity, autoclobber, keepdb)
        finally:
            test_settings["TEMPLATE"] = original[1]
    _set_name(connection, name)
    return name


def _pg_exists(creation, name):
    with creation._nodb_cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return cursor.fetchone() is not None


def _drop_pg(creation, prefix):
    """Drop this project's older templates (other keys), so they do not pile up."""
    with creation._nodb_cursor() as cursor:
        cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [prefix + "%"])
        for (name,) in cursor.fetchall():
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')


BUILDERS = {"sqlite": _create_sqlite, "postgresql": _create_postgresql}


def create_test_db(
    creation, original, force, verbosity=1, autoclobber=False, serialize=True, keepdb=False
):
    """Django's `create_test_db` with the migrations replaced by a copy of a cached result."""
    connection = creation.connection
    builder = BUILDERS.get(connection.vendor)
    if builder is None or keepdb or connection.settings_dict["TEST"].get("MIGRATE") is False:
        return original(
            verbosity=verbosity, autoclobber=autoclobber, serialize=serialize, keepdb=keepdb
        )
    if verbosity >= 1:
        creation.log(f"Creating test database for alias '{connection.alias}' from the cache...")
    name = builder(creation, verbosity, autoclobber, keepdb, force)
    if serialize:
        connection._test_serialized_contents = creation.serialize_db_to_string()
    call_command("createcachetable", database=connection.alias)
    connection.ensure_connection()
    return name


def use_cached_migrations(force):
    """Make every connection's test database a copy of the cached migrated one."""
    for connection in connections.all():
        creation = connection.creation
        creation.create_test_db = partial(create_test_db, creation, creation.create_test_db, force)


class DemoStore:
    """The demo in a SQLite file: `load()` puts it in the test database, `reset()` puts back the
    state every other test starts from (migrated, taxonomy loaded). Tests that run inside the
    demo each roll back as usual; `reset()` after the module undoes the demo itself."""

    def __init__(self, connection, force):
        self.connection = connection
        self.force = force
        self.clean = snapshot_sqlite(connection)
        self.prefix = f"demo-{connection.alias}-"

    @cached_property
    def path(self):
        key = [migrations_key(self.connection), source_key(), date.today(), DEMO_MEMBER_PASSWORD]
        return cache_dir() / f"{self.prefix}{_digest(key)}.sqlite3"

    @property
    def media(self):
        return self.path.with_suffix(".media")

    @property
    def facts(self):
        return self.path.with_suffix(".json")

    @property
    def stamp(self):
        return self.path.with_suffix(".built")

    def load(self):
        """The demo in the test database (built first when the cache has none); its context."""
        from core.demo.pages import DemoContext
        from core.models import HomePage

        with locked(f"demo-{self.connection.alias}"):
            if _built_for_this_run(self.stamp, self.force):
                load_sqlite(self.connection, self.path)
                shutil.copytree(self.media, settings.MEDIA_ROOT, dirs_exist_ok=True)
                facts = json.loads(self.facts.read_text())
            else:
                facts = self._build()
        home_nl = HomePage.objects.get(pk=facts["home_nl"])
        home_en = HomePage.objects.get(pk=facts["home_en"])
        return DemoContext(home_nl, home_en, home_nl.locale, home_en.locale, lambda line: None)

    def reset(self):
        load_sqlite(self.connection, self.clean)

    def _build(self):
        from django.db import transaction

        from core.demo import build_demo

        self.reset()
        previous = os.environ.get("DEMO_MEMBER_PASSWORD")
        os.environ["DEMO_MEMBER_PASSWORD"] = DEMO_MEMBER_PASSWORD
        try:
            with transaction.atomic(using=self.connection.alias):
                context = build_demo(log=lambda line: None)
        finally:
            if previous is None:
                os.environ.pop("DEMO_MEMBER_PASSWORD")
            else:
                os.environ["DEMO_MEMBER_PASSWORD"] = previous
        facts = {"home_nl": context.home_nl.pk, "home_en": context.home_en.pk}
        _remove_older(self.prefix)
        save_sqlite(self.connection, self.path)
        shutil.copytree(settings.MEDIA_ROOT, self.media, dirs_exist_ok=True)
        self.facts.write_text(json.dumps(facts))
        self.stamp.write_text(RUN_ID)  # last: a build that failed half-way is not trusted
        return facts
