"""Texts around a request that read wrong in issue 20: the e-mail without the dates asked for,
"Beste ," to a contact without a name, empty labels and a dangling "of" on the offer page."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_the_new_request_mail_names_the_dates_asked_for_and_greets_a_nameless_contact(
    ask, catalogue, django_capture_on_commit_callbacks
):
    provider = catalogue["provider"]
    provider.contact_name = ""
    provider.contact_email = "info@techniekpunt.example"
    provider.save()
    day = timezone.localdate() + timedelta(days=20)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        ask(date_option_1=day)
    (message,) = mail.outbox
    assert message.to == ["info@techniekpunt.example"]
    assert "Beste ," not in message.body
    assert message.body.startswith("Goedendag,")
    assert "Gevraagde data:" in message.body
    assert day.strftime("%Y") in message.body and str(day.day) in message.body


def test_a_named_contact_is_still_greeted_by_name(
    ask, session, provider_member, django_capture_on_commit_callbacks
):
    provider_member.profile.display_name = "Piet Planning"
    provider_member.profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        ask(session=session)
    assert mail.outbox[-1].body.startswith("Beste Piet Planning,")


def test_one_school_shows_no_empty_school_label(client, teacher, offer, session):
    client.force_login(teacher)
    form = client.get(reverse("bookings:create", args=[offer.pk])).content.decode()
    assert "Voor school" not in form
    assert 'type="hidden" name="school"' in form
    need_form = client.get(reverse("offers:need_create")).content.decode()
    assert ">School<" not in need_form and ">School:<" not in need_form


def test_the_offer_page_has_no_dangling_or_before_the_mail_address(client, offer):
    offer.booking_email = "aanmelden@techniekpunt.example"
    offer.save_revision().publish()
    html = client.get(offer.url).content.decode()
    assert "terecht:" in html
    between = html.split("terecht:")[1].split("aanmelden@techniekpunt.example")[0]
    assert "of mail naar" not in between
    assert "mail naar" in between
    offer.booking_url = "https://techniekpunt.example/aanmelden"
    offer.save_revision().publish()
    html = client.get(offer.url).content.decode()
    assert "of mail naar" in html
