"""Rendering and routing of every page type, in Dutch and English."""

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from core.tests.factories import translate_page

from .factories import BestPracticePageFactory, OntwikkelplekPageFactory, StoryUpdatePageFactory

pytestmark = pytest.mark.django_db


def test_best_practice_page_renders_its_fields_in_dutch(client, bp_index):
    index_nl, _ = bp_index
    BestPracticePageFactory(
        parent=index_nl,
        title="Jeugdeducatiefonds",
        slug="jeugdeducatiefonds",
        organisation_name="Jeugdeducatiefonds",
        organisation_kind="fund",
        goal="Kansen voor kinderen die in armoede opgroeien.",
        delivers_services=True,
        success_conditions="<p>De school houdt de regie.</p>",
        body=[
            {
                "type": "key_figures",
                "value": {
                    "title": "Cijfers",
                    "figures": [{"figure": "5", "label": "soorten steun"}],
                },
            }
        ],
        theme_slugs=["kansengelijkheid-en-armoede"],
    )
    response = client.get("/goede-voorbeelden/jeugdeducatiefonds/")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Jeugdeducatiefonds</h1>" in html
    assert "Kansen voor kinderen die in armoede opgroeien." in html
    assert "Fonds" in html  # the organisation kind
    assert "Levert diensten of producten" in html
    assert "Kansengelijkheid en armoede" in html
    assert "De school houdt de regie." in html
    assert "soorten steun" in html


def test_translated_best_practice_is_served_under_en_with_english_theme_names(
    client, bp_index, english
):
    index_nl, _ = bp_index
    page = BestPracticePageFactory(
        parent=index_nl,
        slug="platform-andersom",
        goal="Het personeelstekort bestrijden.",
        theme_slugs=["lerarentekort"],
    )
    translate_page(
        page,
        english,
        title="Platform Andersom",
        slug="platform-andersom",
        goal="Fighting the staff shortage.",
    )
    response = client.get("/en/best-practices/platform-andersom/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert "Fighting the staff shortage." in response.text
    # The taxonomy is shared with the Dutch page but shown in the visitor's language.
    assert "Teacher shortage" in response.text
    assert "Lerarentekort" not in response.text
    # No "not yet translated" notice on a real translation.
    assert "translation-notice" not in response.text


def test_english_alias_of_an_untranslated_page_says_so_and_links_to_dutch(
    client, bp_index, english
):
    index_nl, _ = bp_index
    page = BestPracticePageFactory(parent=index_nl, slug="sbb-den-haag", title="SBB Den Haag")
    # What wagtail-localize's tree synchronisation makes for a page not yet translated.
    page.copy_for_translation(english, alias=True)
    response = client.get("/en/best-practices/sbb-den-haag/")
    assert response.status_code == 200
    assert "translation-notice" in response.text
    assert 'href="/goede-voorbeelden/sbb-den-haag/"' in response.text


def test_social_image_becomes_og_image(client, bp_index):
    index_nl, _ = bp_index
    image = Image.objects.create(title="Klas", file=get_test_image_file())
    BestPracticePageFactory(parent=index_nl, slug="met-beeld", social_image=image)
    html = client.get("/goede-voorbeelden/met-beeld/").text
    assert '<meta property="og:image" content="http' in html
    assert 'property="og:title"' in html


def test_ontwikkelplek_and_story_update_render_in_both_languages(client, places_index, english):
    index_nl, _ = places_index
    place = OntwikkelplekPageFactory(
        parent=index_nl,
        title="Ontwikkelplek Groningen",
        slug="groningen",
        initiator="Hanzehogeschool Groningen",
        partners="Partner A\nPartner B",
        phase="running",
        healthy_basis=True,
        story=[
            {
                "type": "timeline",
                "value": {
                    "title": "Mijlpalen",
                    "milestones": [{"when": "Voorjaar 2024", "title": "Eerste dag", "text": ""}],
                },
            },
            {"type": "quote", "value": {"quote": "Samen sterker", "attribution": ""}},
        ],
    )
    StoryUpdatePageFactory(parent=place, title="Een nieuwe stap", slug="nieuwe-stap")
    response = client.get("/ontwikkelplekken/groningen/")
    assert response.status_code == 200
    html = response.text
    assert "Hanzehogeschool Groningen" in html
    assert "Partner A, Partner B" in html
    assert "In uitvoering" in html and "Gezonde basis" in html
    assert "Voorjaar 2024" in html and "Samen sterker" in html
    assert "Een nieuwe stap" in html  # the update is listed on its place

    update = client.get("/ontwikkelplekken/groningen/nieuwe-stap/")
    assert update.status_code == 200
    assert '<time datetime="2024-05-01">' in update.text

    place.refresh_from_db()
    translate_page(place, english, title="Living lab Groningen", slug="groningen")
    english_page = client.get("/en/living-labs/groningen/")
    assert english_page.status_code == 200
    assert "Living lab Groningen" in english_page.text


def test_index_pages_render_in_both_languages(client, bp_index, places_index):
    for url in (
        "/goede-voorbeelden/",
        "/en/best-practices/",
        "/ontwikkelplekken/",
        "/en/living-labs/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
    assert '<html lang="en">' in client.get("/en/living-labs/").text


def test_index_pages_may_only_sit_under_the_home_page():
    from bestpractices.models import BestPracticeIndexPage, BestPracticePage, StoryUpdatePage
    from core.models import HomePage

    assert BestPracticeIndexPage in HomePage.allowed_subpage_models()
    assert BestPracticePage not in HomePage.allowed_subpage_models()
    assert StoryUpdatePage.allowed_subpage_models() == []
