"""With the mail server down, sign-up and password reset give the visitor the normal answer
and the failure is logged (issue 21, finding 12). The SMTP port here has nothing listening."""

import logging
import socket

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from .factories import member
from .test_accounts import signup_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def mail_server_down(settings):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 2
    return Client(raise_request_exception=False)


def test_sign_up_answers_as_usual_and_logs_the_failed_mail(home_pages, mail_server_down, caplog):
    with caplog.at_level(logging.ERROR, logger="community.adapter"):
        response = mail_server_down.post("/account/signup/", signup_data())
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="anna@example.org").exists()
    assert "could not be sent" in caplog.text


def test_password_reset_answers_as_usual(home_pages, mail_server_down):
    user = member()
    response = mail_server_down.post("/account/password/reset/", {"email": user.email})
    assert response.status_code == 302
