"""The demo content of this app: complete, bilingual where promised, and idempotent."""

import pytest
from wagtail.models import Page, Revision

from bestpractices.demo import build as register_demo_content
from bestpractices.models import BestPracticePage, OntwikkelplekPage, StoryUpdatePage
from core.demo import DEMO_STEPS, DemoContext

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_context(home_pages, taxonomy, locales):
    home_nl, home_en = home_pages
    return DemoContext(home_nl, home_en, *locales, log=lambda line: None)


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "slug", "live")),
        "revisions": Revision.objects.count(),
        "themes": sorted(
            BestPracticePage.themes.through.objects.values_list("bestpracticepage_id", "theme_id")
        ),
    }


def test_demo_step_is_registered():
    assert "bestpractices.demo.build" in DEMO_STEPS


def test_demo_adds_the_seed_content_in_both_languages(client, demo_context):
    register_demo_content(demo_context)
    dutch = BestPracticePage.objects.filter(locale=demo_context.locale_nl)
    assert sorted(dutch.values_list("organisation_name", flat=True)) == [
        "Iedereen een Meester",
        "Jeugdeducatiefonds",
        "Meester Rembrandt",
        "Platform Andersom",
        "SBB Den Haag",
    ]
    places = OntwikkelplekPage.objects.filter(locale=demo_context.locale_nl)
    assert sorted(places.values_list("municipality__name", flat=True)) == [
        "Amsterdam",
        "Groningen",
        "Rotterdam",
        "Sittard-Geleen",
    ]
    for page in [*dutch, *places]:
        assert page.live and page.themes.exists(), page
        assert len(page.body if isinstance(page, BestPracticePage) else page.story) > 0
    assert all(page.regions.exists() or page.is_national for page in dutch)
    assert BestPracticePage.objects.filter(locale=demo_context.locale_en).count() >= 2
    assert OntwikkelplekPage.objects.filter(locale=demo_context.locale_en).count() >= 1
    assert StoryUpdatePage.objects.live().count() >= 3

    assert "Platform Andersom" in client.get("/goede-voorbeelden/").text
    english = client.get("/en/best-practices/jeugdeducatiefonds-what-a-child-needs/")
    assert english.status_code == 200
    assert "what a child needs" in english.text
    places_en = client.get("/en/living-labs/")
    assert "Tijd voor Toekomst" in places_en.text
    assert places_en.text.count('class="bp-map-marker"') == 4  # every place in English
    assert client.get("/ontwikkelplekken/").text.count('class="bp-map-marker"') == 4


def test_demo_twice_changes_nothing(demo_context):
    register_demo_content(demo_context)
    before = snapshot()
    register_demo_content(demo_context)
    assert snapshot() == before
