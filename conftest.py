"""Fixtures shared by every app's tests."""

import os

import pytest

# Playwright runs an event loop in the test thread; Django refuses ORM calls from a thread
# with a running loop unless told that this is intended.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"


def pytest_collection_modifyitems(items):
    """Mark tests that commit for real: they empty the database when they end, so `make test`
    runs them in one process after the parallel run of the others."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        committing = marker is not None and (
            marker.kwargs.get("transaction") or (marker.args and marker.args[0])
        )
        if committing or {"transactional_db", "live_server"} & set(item.fixturenames):
            item.add_marker(pytest.mark.transactional)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Drive Debian's Chromium: Playwright's own browser download does not work here."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
        ],
    }


@pytest.fixture(autouse=True)
def dutch_by_default():
    """Each test starts in the site's first language: a test that activates English must not
    decide the language of the next one in the same process."""
    from django.utils import translation

    translation.activate("nl")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches (rate limits, search labels), as its database does."""
    from django.conf import settings
    from django.core.cache import caches

    from core import localcache

    for alias in settings.CACHES:
        caches[alias].clear()
    localcache.clear()


@pytest.fixture
def locales(db):
    from wagtail.models import Locale

    return Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")


@pytest.fixture
def home_pages(locales):
    """A Dutch home page as the default site's root, and its English translation."""
    from core.tests.factories import build_home_pages

    return build_home_pages()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings, django_db_createdb):
    """Test databases are copies of a migrated one kept under var/test-databases/ (built again
    when a migration changes, or with --create-db): see core/tests/database_cache.py."""
    from core.tests.database_cache import use_cached_migrations

    use_cached_migrations(force=django_db_createdb)


# Browser tests run against a live server in transactional tests, which empty the database
# afterwards; they use `serialized_rollback=True` so that what the migrations created (root
# page, locales, groups, workflow) is restored for the next one.
@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker, django_db_createdb):
    """Load the taxonomy once into the test database; each test rolls back to this state.
    On SQLite this clean state is kept too, to put back after the demo (see `demo_store`)."""
    from django.db import connection

    from core.taxonomy_loader import load_taxonomy
    from core.tests.database_cache import DemoStore

    with django_db_blocker.unblock():
        load_taxonomy()
        sqlite = connection.vendor == "sqlite"
        request.config.stash[DEMO_STORE] = (
            DemoStore(connection, django_db_createdb) if sqlite else None
        )


DEMO_STORE = pytest.StashKey()


@pytest.fixture(scope="session")
def demo_store(request, django_db_setup):
    """On SQLite, the demo built once (and cached across runs) and restored where a test needs
    it; None on other databases, where each user of the demo builds it."""
    return request.config.stash[DEMO_STORE]


@pytest.fixture
def taxonomy(db):
    """The loaded taxonomy. Transactional tests (run last) empty the tables, so reload then."""
    from core.models import CurriculumGoal
    from core.taxonomy_loader import load_taxonomy

    if not CurriculumGoal.objects.exists():
        load_taxonomy()


@pytest.fixture(scope="module")
def module_demo(demo_store, django_db_blocker):
    """The whole demo site for a test module, undone after it; each test runs in a transaction
    (or savepoint) inside it, so what a test changes is undone for the next."""
    with django_db_blocker.unblock():
        if demo_store is not None:
            try:
                yield demo_store.load()
            finally:
                demo_store.reset()
            return
        yield from _built_demo()


def _built_demo():
    from django.db import transaction

    from core.demo import build_demo
    from core.models import CurriculumGoal
    from core.taxonomy_loader import load_taxonomy

    atomic = transaction.atomic()
    atomic.__enter__()
    try:
        if not CurriculumGoal.objects.exists():
            load_taxonomy()
        yield build_demo(log=lambda line: None)
    finally:
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture
def demo_site(live_server, monkeypatch, demo_store):
    """The demo site on a live server; demo members log in with $DEMO_MEMBER_PASSWORD.
    Browser tests commit for real, so the demo is put back whole for each of them (on SQLite a
    copy of the cached demo, elsewhere built again)."""
    from wagtail.models import Site

    from core.demo import build_demo
    from core.tests.database_cache import DEMO_MEMBER_PASSWORD

    monkeypatch.setenv("DEMO_MEMBER_PASSWORD", DEMO_MEMBER_PASSWORD)
    if demo_store is not None:
        demo_store.load()
    else:
        build_demo(log=lambda line: None)
    # The live server listens on a random port; let the default site answer there.
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    return live_server.url


DEMO_SCHOOL_MEMBER = "school@leercommunity.example"


@pytest.fixture
def school_member_page(page, demo_site):
    """The browser page, logged in as the demo member verified for a school."""
    page.goto(demo_site + "/account/login/?next=/mijn-profiel/")
    page.locator("#id_login").fill(DEMO_SCHOOL_MEMBER)
    page.locator("#id_password").fill(os.environ["DEMO_MEMBER_PASSWORD"])
    page.locator("form").filter(has=page.locator("#id_password")).locator(
        "button[type=submit]"
    ).click()
    page.wait_for_url("**/mijn-profiel/")
    return page


@pytest.fixture
def serious_violations():
    """A check that runs axe-core on a page and lists its serious and critical violations."""
    from axe_playwright_python.sync_playwright import Axe

    def check(page):
        results = Axe().run(page)
        return [
            f"{v['id']}: {v['help']} {[n['html'][:200] for n in v['nodes']]}"
            for v in results.response["violations"]
            if v.get("impact") in {"serious", "critical"}
        ]

    return check
