import pytest
from django.core.cache import cache

from offers.tests.factories import OfferPageFactory, ProviderIndexPageFactory, ProviderPageFactory

from .factories import SchoolFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters live in the cache; start every test without them."""
    cache.clear()
    yield
    cache.clear()


# Reviews of offers (test_reviews.py, test_review_display.py)


@pytest.fixture
def catalogue(home_pages, taxonomy):
    home_nl, _home_en = home_pages
    index = ProviderIndexPageFactory(parent=home_nl)
    provider = ProviderPageFactory(parent=index, title="Techniekpunt")
    offer = OfferPageFactory(parent=provider, title="Robotles")
    return {"index": index, "provider": provider, "offer": offer}


@pytest.fixture
def offer(catalogue):
    return catalogue["offer"]


@pytest.fixture
def school():
    return SchoolFactory(name="Basisschool De Regenboog")
