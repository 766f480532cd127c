"""Query budget of the home page: at most 12 SQL queries, the same however much it shows.
The page is built as the demo's is: the catalogue and the funding index (two top tasks), the
next sessions of offers, the newest discussions, "featured pages" sections with pages of
several types and a call to join. Measured on the second view, as a running server is: the
header's menu, the footer and the index URLs come from the shared cache until something is
published."""

from datetime import timedelta

import pytest
from django.utils import timezone

from community.tests.factories import DiscussionFactory
from core.tests.factories import StandardPageFactory
from core.tests.queries import queries_for
from offers.tests.factories import (
    FundingIndexPageFactory,
    FundingSchemePageFactory,
    OfferPageFactory,
    ProviderIndexPageFactory,
    ProviderPageFactory,
    add_session,
)

pytestmark = pytest.mark.django_db

HOME_BUDGET = 12


def add_content(home, provider, funding, count):
    """`count` standard pages, offers with a session to come, schemes and discussions; the
    home page features all of them (two sections) and calls to join with the first page."""
    pages = [
        StandardPageFactory(parent=home, show_in_menus=True, intro="Een kaart.")
        for _ in range(count)
    ]
    for n in range(count):
        offer = OfferPageFactory(parent=provider)
        add_session(offer, timezone.now() + timedelta(days=3 + n))
        pages.append(offer)
        pages.append(FundingSchemePageFactory(parent=funding))
        DiscussionFactory()
    home.sections = [
        ("featured_pages", {"title": "Uitgelicht", "intro": "", "pages": pages[::2]}),
        ("featured_pages", {"title": "Meer", "intro": "", "pages": pages[1::2]}),
    ]
    home.join_title = "Doe mee"
    home.join_link_text = "Lees meer"
    home.join_link_page = pages[0]
    home.save_revision().publish()
    return pages


def test_home_page_stays_within_its_budget_whatever_it_shows(client, home_pages, taxonomy):
    home, _home_en = home_pages
    provider = ProviderPageFactory(parent=ProviderIndexPageFactory(parent=home))
    funding = FundingIndexPageFactory(parent=home)
    add_content(home, provider, funding, 2)
    small = queries_for(client, "/")
    pages = add_content(home, provider, funding, 8)
    large = queries_for(client, "/")
    content = client.get("/").content.decode()
    assert all(page.title in content for page in pages)
    assert "Binnenkort" in content and "Zoek aanbod voor uw school" in content
    assert "Vind financiering" in content and "Nieuwste discussies" in content
    assert large == small
    assert large <= HOME_BUDGET
