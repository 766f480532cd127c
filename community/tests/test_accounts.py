"""Sign-up (consent, sum question, honeypot), confirmation, lockout, posting rights."""

import re

import pytest
from allauth.account.models import EmailAddress
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail

from community.forms import new_sum_token, read_sum_token
from schools.models import Profile

from .factories import DiscussionFactory, member

pytestmark = pytest.mark.django_db

User = get_user_model()


def signup_data(**overrides):
    token = new_sum_token()
    data = {
        "display_name": "Anna de Leerkracht",
        "email": "anna@example.org",
        "password1": "zomer-fiets-lantaarn-93",
        "password2": "zomer-fiets-lantaarn-93",
        "sum_token": token,
        "sum_answer": str(sum(read_sum_token(token))),
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_signup_records_consent_and_sends_confirmation(client, home_pages, settings):
    settings.PRIVACY_TEXT_VERSION = "2025-test"
    page = client.get("/account/signup/")
    assert page.status_code == 200
    assert "Hoeveel is" in page.content.decode()

    response = client.post("/account/signup/", signup_data())

    assert response.status_code == 302
    user = User.objects.get(email="anna@example.org")
    profile = user.profile
    assert profile.display_name == "Anna de Leerkracht"
    assert profile.consent_at is not None
    assert profile.privacy_version == "2025-test"
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert "anna@example.org" in mail.outbox[0].to


def test_signup_without_consent_gives_dutch_error(client, home_pages):
    data = signup_data()
    del data["consent"]
    response = client.post("/account/signup/", data)
    assert response.status_code == 200
    assert "Zonder uw toestemming kunnen wij geen account" in response.content.decode()
    assert not User.objects.filter(email="anna@example.org").exists()


def test_signup_with_wrong_sum_is_refused(client, home_pages):
    data = signup_data()
    data["sum_answer"] = str(int(data["sum_answer"]) + 1)
    response = client.post("/account/signup/", data)
    assert "Dat is niet de goede uitkomst" in response.content.decode()
    assert not User.objects.filter(email="anna@example.org").exists()


def test_signup_with_forged_sum_token_is_refused(client, home_pages):
    response = client.post("/account/signup/", signup_data(sum_token="1:2", sum_answer="3"))
    assert "Dat is niet de goede uitkomst" in response.content.decode()
    assert not User.objects.exists()


def test_honeypot_filled_creates_no_account(client, home_pages):
    response = client.post("/account/signup/", signup_data(website="http://spam.example"))
    # The bot is told "check your e-mail", but nothing was created or sent.
    assert response.status_code == 302
    assert not User.objects.filter(email="anna@example.org").exists()
    assert mail.outbox == []


def test_confirming_the_address_lets_the_member_post(client, home_pages):
    client.post("/account/signup/", signup_data())
    link = re.search(r"https?://[^/\s]+(/account/confirm-email/[^\s]+/)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    response = client.post(link.group(1))
    assert response.status_code == 302
    user = User.objects.get(email="anna@example.org")
    assert EmailAddress.objects.get(user=user).verified
    # Logged in after confirming; the start form is open.
    assert client.get("/discussies/nieuw/").status_code == 200


def test_unverified_member_cannot_start_or_reply(client, home_pages):
    user = member(verified=False)
    client.force_login(user)
    response = client.get("/discussies/nieuw/")
    assert response.status_code == 403
    assert "Bevestig eerst uw e-mailadres" in response.content.decode()

    discussion = DiscussionFactory()
    page = client.get(discussion.get_absolute_url())
    assert 'name="comment"' not in page.content.decode()
    response = client.post("/reacties/plaatsen/", {"comment": "Hallo", "reply_to": "0"})
    assert response.status_code == 403


def test_anonymous_visitor_is_sent_to_login(client, home_pages):
    response = client.get("/discussies/nieuw/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


def test_login_with_email_and_logout(client, home_pages):
    user = member()
    response = client.post(
        "/account/login/", {"login": user.email, "password": "een-goed-wachtwoord-42"}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    client.post("/account/logout/")
    assert "_auth_user_id" not in client.session


def test_login_is_locked_after_repeated_failures(client, home_pages, settings):
    # allauth has its own limit on failed logins; switch it off to see axes at work.
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": None}
    user = member()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post("/account/login/", {"login": user.email, "password": "fout"})
    attempt = AccessAttempt.objects.get(username=user.email)
    assert attempt.failures_since_start == settings.AXES_FAILURE_LIMIT

    response = client.post(
        "/account/login/", {"login": user.email, "password": "een-goed-wachtwoord-42"}
    )
    assert response.status_code == 429
    assert "Tijdelijk geblokkeerd" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_wagtail_admin_login_still_works(client, home_pages):
    User.objects.create_superuser("redactie", "redactie@example.org", "geheim-en-lang-123")
    response = client.post(
        "/admin/login/", {"username": "redactie", "password": "geheim-en-lang-123"}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_password_reset_sends_mail(client, home_pages):
    user = member()
    response = client.post("/account/password/reset/", {"email": user.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/account/password/reset/key/" in mail.outbox[0].body


def test_english_signup_page(client, home_pages):
    response = client.get("/en/account/signup/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


def test_profile_created_on_first_use(client, home_pages):
    user = User.objects.create_user("zonderprofiel", "z@example.org", "x-y-z-123456")
    client.force_login(user)
    assert client.get("/mijn-profiel/").status_code == 200
    assert Profile.objects.filter(user=user).exists()
