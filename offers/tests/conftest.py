import pytest

from offers.tests.factories import (
    FundingIndexPageFactory,
    ProviderIndexPageFactory,
    ProviderPageFactory,
)


@pytest.fixture
def catalogue(home_pages, taxonomy):
    """A provider index and a funding index under the Dutch home page, and one provider."""
    home_nl, home_en = home_pages
    index = ProviderIndexPageFactory(parent=home_nl)
    funding = FundingIndexPageFactory(parent=home_nl)
    provider = ProviderPageFactory(parent=index, title="Techniekpunt")
    return {
        "home": home_nl,
        "home_en": home_en,
        "index": index,
        "funding": funding,
        "provider": provider,
    }
