"""Pages found by their path are kept in the cache (BasePage.route): a visitor still gets what
is published now, after a publish, a new slug, a move (the old path redirects) or an
unpublish, and never a draft."""

import pytest

from core.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(home_pages, client):
    home_nl, _home_en = home_pages
    page = StandardPageFactory(parent=home_nl, title="Over ons", slug="over-ons")
    assert b"Over ons" in client.get("/over-ons/").content  # now kept
    return page


def test_a_publish_shows_at_once_and_a_draft_never(client, about):
    about.title = "Concepttitel"
    about.save_revision()  # a draft: visitors keep the published page
    assert b"Concepttitel" not in client.get("/over-ons/").content

    about.title = "Over de alliantie"
    about.save_revision().publish()
    assert b"Over de alliantie" in client.get("/over-ons/").content


def test_a_new_slug_moves_the_page_and_the_old_path_is_gone(client, about):
    about.slug = "wie-wij-zijn"
    about.save_revision().publish()
    assert client.get("/over-ons/").status_code == 404
    assert client.get("/wie-wij-zijn/").status_code == 200


def test_an_unpublished_page_is_gone_at_once(client, about):
    about.unpublish()
    assert client.get("/over-ons/").status_code == 404


def test_a_moved_page_answers_at_its_new_path(client, about, home_pages):
    home_nl, _home_en = home_pages
    section = StandardPageFactory(parent=home_nl, title="Organisatie", slug="organisatie")
    about.move(section, pos="last-child")
    old = client.get("/over-ons/")  # Wagtail's redirects send visitors on
    assert (old.status_code, old["Location"]) == (301, "/organisatie/over-ons/")
    assert b"Over ons" in client.get("/organisatie/over-ons/").content


def test_a_path_that_leads_nowhere_is_not_found(client, about):
    assert client.get("/over-ons/bestaat-niet/").status_code == 404
    assert client.get("/bestaat-niet/").status_code == 404


def test_an_english_page_follows_its_publishes_and_is_gone_when_unpublished(client, about):
    from wagtail.models import Locale

    from core.tests.factories import translate_page

    english = translate_page(about, Locale.objects.get(language_code="en"), title="About us")
    english.slug = "about-us"
    english.save_revision().publish()
    assert b"About us" in client.get("/en/about-us/").content  # now kept

    english.title = "About the alliance"
    english.save_revision().publish()
    assert b"About the alliance" in client.get("/en/about-us/").content

    english.unpublish()
    assert client.get("/en/about-us/").status_code == 404
