"""Data quality: the messages an editor sees when an offer or scheme is incomplete."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from offers.models import OfferPage
from offers.tests.factories import FundingSchemePageFactory, OfferPageFactory, form_data, region

pytestmark = pytest.mark.django_db


def errors_of(page):
    with pytest.raises(ValidationError) as caught:
        page.full_clean()
    return {field: " ".join(messages) for field, messages in caught.value.message_dict.items()}


@pytest.fixture
def offer(catalogue):
    return OfferPageFactory(parent=catalogue["provider"], title="Robotles")


def test_local_offer_needs_a_municipality(offer):
    offer.reach = "local"
    offer.regions = []
    assert "ten minste één gemeente" in errors_of(offer)["regions"]

    offer.regions = [region("provincie-groningen")]
    assert "alleen gemeenten" in errors_of(offer)["regions"]

    offer.regions = [region("eemsdelta-gm1979")]
    offer.full_clean()


def test_regional_offer_needs_a_province_or_named_region(offer):
    offer.reach = "regional"
    offer.regions = []
    assert "provincie of regio" in errors_of(offer)["regions"]

    offer.regions = [region("rotterdam-gm0599")]
    assert "geen gemeenten" in errors_of(offer)["regions"]

    offer.regions = [region("noord-groningen"), region("provincie-groningen")]
    offer.full_clean()


def test_national_offer_names_no_regions(offer):
    offer.reach = "national"
    offer.regions = [region("provincie-limburg")]
    assert "geen regio's" in errors_of(offer)["regions"]


def test_price_is_required_unless_free_and_never_negative(offer):
    offer.is_free = False
    offer.price = None
    assert "Vul een prijs in" in errors_of(offer)["price"]

    offer.price = Decimal("-1")
    offer.price_unit = "pupil"
    assert "niet negatief" in errors_of(offer)["price"]

    offer.price = Decimal("4.50")
    offer.price_unit = ""
    assert "waarvoor de prijs geldt" in errors_of(offer)["price_unit"]


def test_theme_and_target_group_are_required(offer):
    offer.themes = []
    offer.target_groups = []
    errors = errors_of(offer)
    assert "ten minste één thema" in errors["themes"]
    assert "ten minste één doelgroep" in errors["target_groups"]


def test_session_must_end_after_it_starts(offer):
    from offers.tests.factories import aware

    session = offer.sessions.model(page=offer, start=aware(2026, 3, 2), end=aware(2026, 3, 2, 9))
    with pytest.raises(ValidationError) as caught:
        session.full_clean()
    assert "einde ligt na het begin" in str(caught.value)


def test_funding_scheme_follows_the_same_reach_rule(catalogue):
    scheme = FundingSchemePageFactory(parent=catalogue["funding"])
    scheme.reach = "local"
    scheme.regions = []
    assert "ten minste één gemeente" in errors_of(scheme)["regions"]
    scheme.regions = [region("sittard-geleen-gm1883")]
    scheme.amount_min, scheme.amount_max = Decimal(5000), Decimal(1000)
    assert "niet lager" in errors_of(scheme)["amount_max"]


def test_reach_is_checked_in_the_admin_form(catalogue, admin_client):
    """The admin form puts the chosen regions on the page before validating (not the old ones)."""
    offer = OfferPageFactory(parent=catalogue["provider"], title="Robotles")
    offer.save_revision().publish()
    edit_url = f"/admin/pages/{offer.pk}/edit/"
    form = admin_client.get(edit_url).context["form"]
    data = form_data(form)
    data.update({"reach": "local", "regions": []})
    response = admin_client.post(edit_url, data)
    assert response.status_code == 200
    assert "ten minste één gemeente" in str(response.context["form"].errors["regions"])

    data["regions"] = [str(region("amsterdam-gm0363").pk)]
    response = admin_client.post(edit_url, data)
    assert response.status_code == 302
    assert OfferPage.objects.get(pk=offer.pk).get_latest_revision_as_object().reach == "local"
