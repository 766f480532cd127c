"""Every listing page (core.models.IndexPage) behaves alike for editors and the site search."""

import pytest

from core.models import IndexPage, StandardPage

pytestmark = pytest.mark.django_db


def index_page_types():
    return sorted(IndexPage.__subclasses__(), key=lambda model: model.__name__)


def test_the_four_listings_share_the_index_page():
    names = [model.__name__ for model in index_page_types()]
    assert names == [
        "BestPracticeIndexPage",
        "FundingIndexPage",
        "OntwikkelplekIndexPage",
        "ProviderIndexPage",
    ]


@pytest.mark.parametrize("model", index_page_types(), ids=lambda model: model.__name__)
def test_an_editor_adds_one_listing_under_the_home_page_only(home_pages, model):
    home, _home_en = home_pages
    assert model.can_create_at(home)
    page = home.add_child(instance=model(title="Overzicht", slug=model.__name__.lower()))
    assert not model.can_create_at(home)  # one per language
    other = home.add_child(instance=StandardPage(title="Over ons", slug="over-ons"))
    assert not model.can_create_at(other)
    # Its introduction is searched by the admin and sent for translation; the site search
    # lists the listing's children, never the listing itself.
    assert "intro" in {field.field_name for field in model.search_fields}
    assert "intro" in {field.field_name for field in model.translatable_fields}
    assert model.site_search is False
    assert page.intro == ""
