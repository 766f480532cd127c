"""A double-clicked "add to shortlist" or "e-mail me" makes one row and no 500 (issue 21,
finding 9). The parallel tests run on PostgreSQL (SQLite takes one writer at a time)."""

import threading

import pytest
from django.db import IntegrityError, connection, connections, transaction
from django.test import Client
from django.urls import reverse

from offers.models import NeedAlert, ShortlistItem

pytestmark = pytest.mark.usefixtures("read_in_dutch")
PARALLEL = 8
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="parallel writers are tested on PostgreSQL"
)


@pytest.mark.django_db
def test_an_offer_is_on_the_list_once_per_need_and_once_without(need, offers):
    theatre = offers["theatre"]
    ShortlistItem.objects.create(school=need.school, need=need, offer=theatre)
    ShortlistItem.objects.create(school=need.school, offer=theatre)
    for duplicate in ({"need": need}, {"need": None}):
        with pytest.raises(IntegrityError), transaction.atomic():
            ShortlistItem.objects.create(school=need.school, offer=theatre, **duplicate)


@pytest.mark.django_db
def test_deleting_a_need_keeps_its_offers_once(client, need, teacher, offers):
    theatre = offers["theatre"]
    ShortlistItem.objects.create(school=need.school, need=need, offer=theatre)
    ShortlistItem.objects.create(school=need.school, offer=theatre)
    client.force_login(teacher)
    response = client.post(reverse("offers:need_delete", args=[need.pk]))
    assert response.status_code == 302
    assert list(ShortlistItem.objects.values_list("need", "offer")) == [(None, theatre.pk)]


def _in_parallel(user, url, data):
    start = threading.Barrier(PARALLEL)
    codes = []

    def post():
        browser = Client()
        browser.force_login(user)
        start.wait()
        try:
            codes.append(browser.post(url, data).status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post) for _ in range(PARALLEL)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return codes


@on_postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_adds_make_one_row_and_no_error(taxonomy, need, teacher, offers):
    theatre = offers["theatre"]
    data = {"offer": theatre.pk, "target": f"need:{need.pk}"}
    codes = _in_parallel(teacher, reverse("offers:shortlist_add"), data)
    assert codes == [302] * PARALLEL
    assert ShortlistItem.objects.filter(offer=theatre).count() == 1
    browser = Client()
    browser.force_login(teacher)
    assert browser.post(reverse("offers:shortlist_add"), data).status_code == 302


@on_postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_alert_switch_ons_make_one_alert_and_no_error(taxonomy, need, teacher):
    codes = _in_parallel(teacher, reverse("offers:need_alert", args=[need.pk]), {"active": "1"})
    assert codes == [302] * PARALLEL
    assert NeedAlert.objects.filter(need=need, active=True).count() == 1
