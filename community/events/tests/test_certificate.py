"""The certificate of participation: a PDF naming the person and the event, for the attendee."""

import re
import zlib

import pytest
from django.urls import reverse

from ..machine import ORGANISER
from ..models import Registration
from ..signup import make_move, register_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def attended(session, anna, organiser):
    registration, _created = register_member(session.pk, anna, "nl")
    make_move(registration, "check-in", organiser, role=ORGANISER)
    return registration


def pdf_title(data):
    """The document title of a WeasyPrint PDF (its info sits in a compressed object stream)."""
    unpacked = b""
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            unpacked += zlib.decompress(match.group(1))
        except zlib.error:
            continue
    found = re.search(rb"/Title\s*<([0-9A-Fa-f]+)>", unpacked)
    return bytes.fromhex(found.group(1).decode()).decode("utf-16") if found else ""


def test_attendee_downloads_a_pdf_with_name_and_event(client, attended, anna):
    client.force_login(anna)
    assert "Bewijs van deelname (pdf)" in client.get(reverse("events:mine")).content.decode()
    response = client.get(reverse("events:certificate", args=[attended.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert pdf_title(response.content) == (
        "Bewijs van deelname – Anna de Vries – Netwerkbijeenkomst Eemsdelta"
    )


def test_nobody_else_gets_it(client, attended, bram, organiser):
    for other in (bram, organiser):
        client.force_login(other)
        assert client.get(reverse("events:certificate", args=[attended.pk])).status_code == 403


def test_visitor_is_sent_to_log_in(client, attended):
    response = client.get(reverse("events:certificate", args=[attended.pk]))
    assert response.status_code == 302


def test_only_after_check_in(client, session, bram):
    registration, _created = register_member(session.pk, bram, "nl")
    client.force_login(bram)
    response = client.get(reverse("events:certificate", args=[registration.pk]), follow=True)
    assert "Een bewijs van deelname is er voor wie aanwezig was." in response.content.decode()
    assert Registration.objects.get(pk=registration.pk).status == "registered"


def test_unknown_registration_is_404(client, bram):
    client.force_login(bram)
    assert client.get(reverse("events:certificate", args=[999999])).status_code == 404
