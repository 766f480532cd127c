"""The 500 page: works without the static manifest, and says "notified" only when true."""

import pytest
from django.core import mail
from django.test import Client

pytestmark = pytest.mark.django_db

MANIFEST_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"


@pytest.fixture
def failing_site(settings, tmp_path):
    """Production's static storage with collectstatic never run, and a view that fails."""
    settings.ROOT_URLCONF = "serving.tests.broken_urls"
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST_STORAGE}}
    return Client(raise_request_exception=False)


def test_error_page_renders_without_the_static_manifest(failing_site, settings):
    settings.ADMINS = []
    settings.SENTRY_DSN = ""
    response = failing_site.get("/kapot/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Er ging iets mis" in page
    assert "Something went wrong" in page
    assert "stylesheet" not in page  # no manifest entry: no link, rather than a second crash
    assert "op de hoogte gebracht" not in page  # nobody is told, so the page does not say so


def test_with_admins_the_error_is_mailed_and_the_page_says_so(failing_site, settings):
    settings.ADMINS = [("Beheer", "beheer@leercommunity.example")]
    response = failing_site.get("/kapot/")
    assert response.status_code == 500
    assert "Wij zijn op de hoogte gebracht" in response.content.decode()
    assert "We have been notified" in response.content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["beheer@leercommunity.example"]
    assert "kapot" in mail.outbox[0].body


def test_with_sentry_the_page_says_notified(failing_site, settings):
    settings.ADMINS = []
    settings.SENTRY_DSN = "https://key@sentry.example/1"
    assert "Wij zijn op de hoogte gebracht" in failing_site.get("/kapot/").content.decode()


def test_error_page_links_its_stylesheet_when_the_manifest_exists(settings):
    from core.views import _stylesheet_url

    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    assert _stylesheet_url() == "/static/css/site.css"
