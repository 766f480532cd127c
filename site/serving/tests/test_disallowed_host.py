"""A Host header outside ALLOWED_HOSTS: a 400, not a 500, and no error mailed to ADMINS
(issue 21, finding 11)."""

import logging

import pytest
from django.core import mail
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/zoeken/?q=x", "/account/login/", "/gezond/"])
def test_unknown_host_gets_400_and_nobody_is_mailed(home_pages, settings, caplog, path):
    settings.ALLOWED_HOSTS = ["leercommunity.example"]
    settings.ADMINS = [("Beheer", "beheer@leercommunity.example")]
    settings.PAGE_CACHE_ENABLED = True
    client = Client(raise_request_exception=False)
    with caplog.at_level(logging.INFO):
        response = client.get(path, HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert not mail.outbox
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
