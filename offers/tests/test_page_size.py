"""The catalogue and the school-year calendar of the demo offers stay under 60,000 bytes of
HTML (issue 16): municipalities and kerndoelen sit behind disclosures, facet values without
hits are left out, and each calendar session is one short line. An anonymous view of either
sets no cookie, so the page cache may keep it."""

import pytest
from django.urls import reverse
from django.utils import translation

from core.demo import DemoContext
from offers.demo import build_offers_demo
from offers.models import ProviderIndexPage

pytestmark = pytest.mark.django_db

MAX_BYTES = 60_000


@pytest.fixture
def demo(home_pages, locales, taxonomy):
    build_offers_demo(DemoContext(*home_pages, *locales, log=lambda line: None))
    with translation.override("nl"):
        yield


def test_catalogue_and_calendar_stay_small_and_set_no_cookie(client, demo):
    catalogue = ProviderIndexPage.objects.get(locale__language_code="nl").url
    calendar = client.get(reverse("offers:calendar"))
    listing = client.get(catalogue)

    # A school year of the demo: enough sessions that their markup is what weighs.
    assert len(calendar.context["sessions"]) >= 50
    assert 'name="regio"' in listing.text and 'name="kerndoel"' in listing.text
    for response in (calendar, listing):
        assert response.status_code == 200
        assert len(response.content) < MAX_BYTES
        assert not response.cookies
