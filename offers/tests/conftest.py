import pytest
from django.utils import translation

from community.tests.factories import SchoolFactory, member
from offers.tests.factories import (
    FundingIndexPageFactory,
    ProviderIndexPageFactory,
    ProviderPageFactory,
    region,
)


@pytest.fixture
def read_in_dutch():
    """Other tests may leave English active in this thread; these pages are read in Dutch."""
    with translation.override("nl"):
        yield


@pytest.fixture
def school(db):
    return SchoolFactory(
        name="OBS De Wierde", place="APPINGEDAM", municipality=region("eemsdelta-gm1979")
    )


@pytest.fixture
def teacher(school):
    """A member verified for the school."""
    user = member(user__email="juf@wierde.example")
    user.profile.verify_for(school)
    return user


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
