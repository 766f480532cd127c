"""Agreements with partners: the coordinator records and changes them, the school reads them."""

from datetime import date

import pytest
from django.urls import reverse

from offers.tests import conftest as offers_fixtures
from offers.tests.factories import OfferPageFactory, booking_request
from schools.tests.factories import SchoolFactory

from ..models import Agreement

catalogue = offers_fixtures.catalogue


@pytest.fixture
def offer(catalogue):
    return OfferPageFactory(parent=catalogue["provider"], title="Leesbevordering in de klas")


def _post(client, route, data, agreement=None):
    if agreement is None:
        url = reverse("routes:agreement_add", args=[route.pk])
    else:
        url = reverse("routes:agreement_edit", args=[route.pk, agreement.pk])
    return client.post(url, data)


def test_coordinator_records_an_agreement_linked_to_the_schools_request(
    client, route, coordinator, school_member, offer
):
    request = booking_request(route.school, offer)
    client.force_login(coordinator)
    assert client.get(reverse("routes:agreement_add", args=[route.pk])).status_code == 200
    response = _post(
        client,
        route,
        {
            "partner": "Bibliotheek Zuid",
            "task": "Leesconsulent twee dagdelen per week in groep 3 en 4",
            "until": "2027-06-30",
            "request": request.pk,
            "offer": offer.pk,
        },
    )
    assert response.status_code == 302
    agreement = Agreement.objects.get()
    assert (agreement.route, agreement.request, agreement.until) == (
        route,
        request,
        date(2027, 6, 30),
    )
    assert agreement.created_by == coordinator
    # The school's people see it on the route, without the buttons to change it.
    client.force_login(school_member)
    body = client.get(reverse("routes:detail", args=[route.pk])).content.decode()
    assert "Bibliotheek Zuid" in body and "Leesconsulent twee dagdelen" in body
    assert "Leesbevordering in de klas" in body
    assert reverse("routes:agreement_edit", args=[route.pk, agreement.pk]) not in body


def test_coordinator_changes_and_removes_it(client, route, coordinator):
    agreement = Agreement.objects.create(
        route=route, partner="GGD", task="Voorlichting ouders", until=date(2027, 1, 31)
    )
    client.force_login(coordinator)
    response = _post(
        client,
        route,
        {"partner": "GGD Regio", "task": "Voorlichting ouders", "until": "2027-03-31"},
        agreement,
    )
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert (agreement.partner, agreement.until) == ("GGD Regio", date(2027, 3, 31))
    client.post(reverse("routes:agreement_delete", args=[route.pk, agreement.pk]))
    assert not Agreement.objects.exists()


def test_bad_input_gives_a_message_not_an_error(client, route, coordinator, offer):
    other_schools_request = booking_request(SchoolFactory(), offer)
    client.force_login(coordinator)
    response = _post(
        client,
        route,
        {"partner": "", "task": "x", "until": "31-31-2027", "request": other_schools_request.pk},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Dit veld is vereist" in body
    assert "Voer een geldige datum in" in body
    assert "Selecteer een geldige keuze" in body
    assert not Agreement.objects.exists()


def test_agreement_of_another_route_is_404(client, route, coordinator, programme):
    from ..services import start_route

    other = start_route(programme, SchoolFactory(), date(2026, 9, 1), coordinator)
    agreement = Agreement.objects.create(route=other, partner="X", task="Y", until=date(2027, 1, 1))
    client.force_login(coordinator)
    url = reverse("routes:agreement_edit", args=[route.pk, agreement.pk])
    assert client.get(url).status_code == 404
