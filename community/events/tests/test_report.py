"""After the event: the organiser's short report on the event page, with a discussion to talk on."""

import pytest
from django.urls import reverse

from community.models import Discussion

from ..models import EventReport
from .conftest import make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def past_event(index, event, organiser):
    page = make_event(index, "Werkgroep die geweest is", days=-2)
    page.organisers.add(organiser)
    page.save()
    return page


def report_url(page):
    return reverse("events:report", args=[page.pk])


def test_organiser_writes_the_report_and_a_discussion_opens(client, past_event, organiser):
    client.force_login(organiser)
    assert "Verslag schrijven" in client.get(past_event.url).content.decode()
    response = client.post(
        report_url(past_event), {"text": "Twaalf scholen deelden hun aanpak."}, follow=True
    )
    assert "Het verslag staat op de pagina" in response.content.decode()
    page = response.content.decode()
    assert "Twaalf scholen deelden hun aanpak." in page
    discussion = Discussion.objects.get(page=past_event)
    assert discussion.title == "Nabespreking: Werkgroep die geweest is"
    assert discussion.get_absolute_url() in page
    # Editing keeps the one discussion.
    client.post(report_url(past_event), {"text": "Bijgewerkt verslag."})
    assert EventReport.objects.get(page=past_event).text == "Bijgewerkt verslag."
    assert Discussion.objects.filter(page=past_event).count() == 1
    # Visitors read it too.
    client.logout()
    assert "Bijgewerkt verslag." in client.get(past_event.url).content.decode()


def test_empty_report_gets_a_message(client, past_event, organiser):
    client.force_login(organiser)
    response = client.post(report_url(past_event), {"text": "   "})
    assert response.status_code == 400
    assert "Schrijf een kort verslag." in response.content.decode()
    too_long = client.post(report_url(past_event), {"text": "x" * 5001})
    assert too_long.status_code == 400
    assert not EventReport.objects.exists()


def test_not_before_the_event(client, event, organiser):
    client.force_login(organiser)
    response = client.post(report_url(event), {"text": "Te vroeg."}, follow=True)
    assert "Een verslag kan na het begin van de bijeenkomst." in response.content.decode()
    assert not EventReport.objects.exists()


def test_others_get_403_and_visitors_log_in(client, past_event, anna):
    client.force_login(anna)
    assert client.get(report_url(past_event)).status_code == 403
    assert client.post(report_url(past_event), {"text": "Nee."}).status_code == 403
    client.logout()
    assert client.get(report_url(past_event)).status_code == 302
    assert not EventReport.objects.exists()
