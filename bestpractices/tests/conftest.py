import pytest
from wagtail.models import Locale

from core.tests.factories import translate_page

from .factories import BestPracticeIndexPageFactory, OntwikkelplekIndexPageFactory


@pytest.fixture
def english(locales):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def bp_index(home_pages, taxonomy, english):
    """The Dutch best-practice index and its English translation."""
    home_nl, _home_en = home_pages
    index_nl = BestPracticeIndexPageFactory(parent=home_nl)
    index_en = translate_page(index_nl, english, title="Best practices", slug="best-practices")
    return index_nl, index_en


@pytest.fixture
def places_index(home_pages, taxonomy, english):
    home_nl, _home_en = home_pages
    index_nl = OntwikkelplekIndexPageFactory(parent=home_nl)
    index_en = translate_page(index_nl, english, title="Living labs", slug="living-labs")
    return index_nl, index_en
