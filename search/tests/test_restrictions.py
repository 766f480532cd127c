"""A view restriction added to a published page takes it (and what is below it) out of the
search at once, and lifting it brings them back (issue 21, finding 6)."""

import pytest
from wagtail.models import PageViewRestriction

from offers.tests.factories import OfferPageFactory
from search.models import SearchEntry

pytestmark = pytest.mark.django_db


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def indexed(page):
    return SearchEntry.objects.filter(key=f"page:{page.pk}").exists()


@pytest.mark.parametrize("kind", ["login", "password"])
def test_a_restriction_change_reindexes_the_page_and_its_children(client, catalogue, kind):
    provider = catalogue["provider"]
    offer = published(OfferPageFactory(parent=provider, title="Besloten werkplaats"))
    assert indexed(offer)

    restriction = PageViewRestriction.objects.create(
        page=provider, restriction_type=kind, password="geheim-genoeg"
    )
    assert not indexed(offer)
    assert "Besloten werkplaats" not in client.get("/zoeken/?q=werkplaats").content.decode()
    assert "Besloten" not in client.get("/api/v1/search/?q=werkplaats").content.decode()

    restriction.delete()
    assert indexed(offer)
