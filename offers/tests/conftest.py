from datetime import timedelta

import pytest
from django.utils import timezone, translation

from core.models import TargetGroup, Theme
from offers.models import NeedProfile
from offers.tests.factories import (
    FundingIndexPageFactory,
    OfferPageFactory,
    ProviderIndexPageFactory,
    ProviderPageFactory,
    add_session,
    dutch,
    region,
)
from schools.tests.factories import SchoolFactory, member
from search.indexing import index_instance


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


@pytest.fixture
def need(school, taxonomy):
    need = NeedProfile.objects.create(school=school, title="Cultuur in groep 5-6")
    need.themes.set([dutch(Theme, "verrijkte-schooldag")])
    need.target_groups.set([dutch(TargetGroup, "groep-5-6")])
    return need


@pytest.fixture
def offers(catalogue, need):
    provider = catalogue["provider"]
    theatre = OfferPageFactory(
        parent=provider,
        title="Theater op school",
        reach="local",
        regions=[region("eemsdelta-gm1979")],
    )
    add_session(theatre, (timezone.now() + timedelta(days=40)).replace(second=0, microsecond=0))
    index_instance(theatre)
    far = OfferPageFactory(
        parent=provider,
        title="Haven Rotterdam",
        reach="local",
        regions=[region("rotterdam-gm0599")],
    )
    index_instance(far)
    return {"theatre": theatre, "far": far}
