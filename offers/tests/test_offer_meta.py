"""An offer's facts (type, reach, price, rating, accreditation) read the same on every list."""

import re
from decimal import Decimal

import pytest
from django.utils import translation

from bestpractices.tests.factories import StoryUpdatePageFactory
from offers.models import OfferPage
from offers.tests.factories import OfferPageFactory, ProviderPageFactory

pytestmark = pytest.mark.usefixtures("read_in_dutch")


def meta_line(html, title):
    """The text of the meta line in the card or hit that links to `title`."""
    card = re.search(rf">{re.escape(title)}</a></h3>\s*<p class=\"meta\">([^<]+)</p>", html)
    assert card, f"no card for {title}"
    return " ".join(card.group(1).split())


@pytest.fixture
def offers(home_pages, taxonomy):
    """Three offers of one provider; the factories build the tree above it."""
    provider = ProviderPageFactory(title="Techniekpunt")
    made = {
        "paid": OfferPageFactory(
            parent=provider,
            title="Robotles",
            is_free=False,
            price=Decimal("12.50"),
            price_unit="pupil",
            accreditation_level="proven",
        ),
        "free": OfferPageFactory(parent=provider, title="Wadlopen", is_free=True),
    }
    for offer in made.values():
        offer.save_revision().publish()
    OfferPage.objects.filter(pk=made["paid"].pk).update(
        rating_average=Decimal("4.5"), rating_count=2
    )
    return made


@pytest.mark.django_db
def test_factories_build_the_tree_an_offer_lives_in(client, home_pages, taxonomy):
    offer = OfferPageFactory()
    story = StoryUpdatePageFactory()
    assert offer.get_parent().specific_class.__name__ == "ProviderPage"
    assert offer.get_parent().get_parent().specific_class.__name__ == "ProviderIndexPage"
    assert offer.get_parent().get_parent().get_parent().pk == home_pages[0].pk
    # A second provider shares the one provider index; each is served on the site.
    assert ProviderPageFactory().get_parent().pk == offer.get_parent().get_parent().pk
    for page in (offer, story):
        page.save_revision().publish()
        assert client.get(page.url).status_code == 200


@pytest.mark.django_db
def test_price_label_says_free_price_with_unit_or_on_request(offers):
    assert offers["free"].price_label == "Gratis"
    assert offers["paid"].price_label == "€ 12,50 per leerling"
    # Editors must give a price now; older offers without one read "on request".
    assert OfferPage(is_free=False, price=None).price_label == "Op aanvraag"
    with translation.override("en"):
        assert str(offers["paid"].price_label) == "€ 12.50 per pupil"
        assert str(offers["free"].price_label) == "Free"


@pytest.mark.django_db
def test_provider_page_and_catalogue_show_the_same_facts(client, offers):
    provider = offers["paid"].get_parent()
    provider_html = client.get(provider.url).text
    catalogue_html = client.get(provider.get_parent().url).text
    for html in (provider_html, catalogue_html):
        assert meta_line(html, "Robotles") == "Gastles · Landelijk · € 12,50 per leerling"
        assert meta_line(html, "Wadlopen") == "Gastles · Landelijk · Gratis"
        assert "Waardering 4,5 van 5 (2 beoordelingen)" in html
        assert html.count("Erkenning: Bewezen effectief") == 1


@pytest.mark.django_db
def test_cards_and_search_results_say_where_an_offer_takes_place_and_its_price(client, offers):
    OfferPage.objects.filter(pk=offers["paid"].pk).update(at_school=True)
    OfferPage.objects.filter(pk=offers["free"].pk).update(location="Online")
    catalogue_html = client.get(offers["paid"].get_parent().get_parent().url).text
    search_html = client.get("/zoeken/", {"soort": "offer"}).text
    for html in (catalogue_html, search_html):
        paid = meta_line(html, "Robotles")
        assert paid == "Gastles · Landelijk · Op school · € 12,50 per leerling"
        assert meta_line(html, "Wadlopen") == "Gastles · Landelijk · Online · Gratis"
