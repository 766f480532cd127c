"""Fixtures shared by every app's tests."""

import os

import pytest

# Playwright runs an event loop in the test thread; Django refuses ORM calls from a thread
# with a running loop unless told that this is intended.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"


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


@pytest.fixture
def locales(db):
    from wagtail.models import Locale

    return Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")


@pytest.fixture
def home_pages(locales):
    """A Dutch home page as the default site's root, and its English translation."""
    from core.tests.factories import build_home_pages

    return build_home_pages()


@pytest.fixture
def taxonomy(db):
    from core.taxonomy_loader import load_taxonomy

    return load_taxonomy()
