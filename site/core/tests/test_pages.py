import pytest
from wagtail.models import Locale

from core.models import StandardPage
from core.tests.factories import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db


def test_dutch_home_page_is_served_at_the_root(client, home_pages):
    response = client.get("/")
    assert response.status_code == 200
    assert '<html lang="nl">' in response.text
    assert "Samen werken aan goed onderwijs" in response.text


def test_english_home_page_is_served_under_en(client, home_pages):
    response = client.get("/en/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert "Working together on good education" in response.text
    # Interface strings follow the language too.
    assert "Skip to content" in response.text


def test_dutch_prefix_redirects_to_the_unprefixed_path(client, home_pages):
    response = client.get("/nl/over/?a=1")
    assert response.status_code == 301
    assert response["Location"] == "/over/?a=1"


def test_dutch_prefix_redirect_cannot_leave_the_site(client, home_pages):
    response = client.get("/nl//evil.example/")
    assert response["Location"] == "/evil.example/"


def test_standard_page_renders_its_stream_blocks(client, home_pages):
    home_nl, _ = home_pages
    StandardPageFactory(
        parent=home_nl,
        title="Over ons",
        slug="over-ons",
        body=[
            ("heading", {"text": "Wie we zijn", "level": "h2"}),
            ("quote", {"quote": "Samen sterker", "attribution": "Een schoolleider"}),
        ],
    )
    response = client.get("/over-ons/")
    assert response.status_code == 200
    assert "<h2>Wie we zijn</h2>" in response.text
    assert "Samen sterker" in response.text
    # The breadcrumbs lead back to the home page.
    assert 'aria-label="Kruimelpad"' in response.text


def test_language_switcher_links_to_the_translation(client, home_pages):
    home_nl, _ = home_pages
    page = StandardPageFactory(parent=home_nl, title="Over ons", slug="over-ons")
    translate_page(page, Locale.objects.get(language_code="en"), title="About us", slug="about-us")

    dutch = client.get("/over-ons/")
    assert 'href="/en/about-us/" hreflang="en"' in dutch.text
    english = client.get("/en/about-us/")
    assert english.status_code == 200
    assert 'href="/over-ons/" hreflang="nl"' in english.text


def test_language_switcher_without_translation_goes_to_the_other_home_page(client, home_pages):
    home_nl, _ = home_pages
    StandardPageFactory(parent=home_nl, title="Alleen Nederlands", slug="alleen-nl")
    response = client.get("/alleen-nl/")
    assert 'href="/en/" hreflang="en"' in response.text


def test_menu_lists_live_pages_marked_for_menus(client, home_pages):
    home_nl, _ = home_pages
    StandardPageFactory(parent=home_nl, title="In het menu", slug="menu", show_in_menus=True)
    StandardPageFactory(parent=home_nl, title="Verborgen", slug="verborgen", show_in_menus=False)
    response = client.get("/")
    nav = response.text.split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]
    assert "In het menu" in nav
    assert "Verborgen" not in nav


def test_unknown_path_shows_the_styled_404_page(client, home_pages):
    response = client.get("/bestaat-echt-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet (meer)" in response.text
    assert 'class="skip-link"' in response.text


def test_server_error_page_renders_without_a_request_context(rf):
    from core.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


def test_page_types_only_go_where_they_belong(home_pages):
    from core.models import HomePage

    home_nl, _ = home_pages
    page = StandardPageFactory(parent=home_nl)
    assert StandardPage.can_create_at(home_nl)
    assert StandardPage.can_create_at(page)
    assert not HomePage.can_create_at(home_nl)
    assert not HomePage.can_create_at(page)
