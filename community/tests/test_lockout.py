"""Login lockout: one account from one address, a short cool-off that grows, reset unlocks,
the client address through trusted proxies only, the Wagtail admin login included."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import RequestFactory
from django.utils import timezone
from freezegun import freeze_time

from core.client_ip import client_ip

from .factories import member

pytestmark = pytest.mark.django_db

User = get_user_model()
GOOD = "een-goed-wachtwoord-42"


@pytest.fixture(autouse=True)
def _axes_only(settings):
    # allauth has its own limit on failed logins; switch it off to see axes at work.
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": None}


def login(client, email, password, ip="198.51.100.7", **extra):
    return client.post(
        "/account/login/", {"login": email, "password": password}, REMOTE_ADDR=ip, **extra
    )


def fail_until_locked(client, email, ip="198.51.100.7", **extra):
    for _attempt in range(5):
        login(client, email, "fout", ip=ip, **extra)


def test_locked_account_still_logs_in_from_another_address(client, home_pages):
    user = member()
    fail_until_locked(client, user.email, ip="203.0.113.66")
    assert login(client, user.email, GOOD, ip="203.0.113.66").status_code == 429

    response = login(client, user.email, GOOD, ip="198.51.100.7")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_one_address_trying_many_accounts_locks_only_those_combinations(client, home_pages):
    tried, other = member(), member()
    fail_until_locked(client, tried.email, ip="192.0.2.10")
    assert login(client, tried.email, GOOD, ip="192.0.2.10").status_code == 429
    # A colleague behind the same school router signs in as usual.
    assert login(client, other.email, GOOD, ip="192.0.2.10").status_code == 302


def test_cool_off_is_short_and_grows_with_each_lockout(client, home_pages, settings):
    settings.LOCKOUT_BASE_SECONDS = 180
    user = member()
    start = timezone.now()
    with freeze_time(start) as clock:
        fail_until_locked(client, user.email)
        page = login(client, user.email, GOOD)
        assert page.status_code == 429
        assert "3 minuten" in page.content.decode()

        clock.tick(timedelta(minutes=3, seconds=5))
        assert login(client, user.email, GOOD).status_code == 302
        client.post("/account/logout/")

        fail_until_locked(client, user.email)
        page = login(client, user.email, GOOD)
        assert "6 minuten" in page.content.decode()
        clock.tick(timedelta(minutes=4))
        assert login(client, user.email, GOOD).status_code == 429
        clock.tick(timedelta(minutes=2, seconds=30))
        assert login(client, user.email, GOOD).status_code == 302


def test_password_reset_lifts_the_lockout(client, home_pages):
    user = member()
    fail_until_locked(client, user.email)
    assert login(client, user.email, GOOD).status_code == 429

    client.post("/account/password/reset/", {"email": user.email})
    link = re.search(r"https?://[^/]+(/account/password/reset/key/\S+)", mail.outbox[-1].body)
    form_url = client.get(link.group(1)).url  # allauth moves the key into the session
    new_password = "herfst-trein-paraplu-71"
    response = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302

    assert login(client, user.email, new_password).status_code == 302


def test_admin_login_locks_only_the_attacking_address(client, home_pages):
    User.objects.create_superuser("redactie", "redactie@example.org", "geheim-en-lang-123")
    for _attempt in range(5):
        client.post(
            "/admin/login/", {"username": "redactie", "password": "x"}, REMOTE_ADDR="203.0.113.9"
        )
    refused = client.post(
        "/admin/login/",
        {"username": "redactie", "password": "geheim-en-lang-123"},
        REMOTE_ADDR="203.0.113.9",
    )
    assert refused.status_code == 429
    response = client.post(
        "/admin/login/",
        {"username": "redactie", "password": "geheim-en-lang-123"},
        REMOTE_ADDR="198.51.100.20",
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_forged_forwarded_for_does_not_escape_the_lockout(client, home_pages, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    user = member()
    # Behind one proxy: REMOTE_ADDR is the proxy, the last header entry is the client.
    for n in range(5):
        login(
            client,
            user.email,
            "fout",
            ip="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 203.0.113.66",
        )
    refused = login(
        client, user.email, GOOD, ip="10.0.0.2", HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.66"
    )
    assert refused.status_code == 429
    elsewhere = login(client, user.email, GOOD, ip="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.3")
    assert elsewhere.status_code == 302


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "192.0.2.1", "10.0.0.2"),  # no proxy trusted: the header is the client's own words
        (1, "192.0.2.1", "192.0.2.1"),
        (1, "6.6.6.6, 192.0.2.1", "192.0.2.1"),
        (2, "6.6.6.6, 192.0.2.1, 10.0.0.1", "192.0.2.1"),
        (2, "192.0.2.1", "10.0.0.2"),  # fewer entries than proxies: not through our proxies
        (1, "not-an-address", "10.0.0.2"),
    ],
)
def test_client_address_through_trusted_proxies_only(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_failed_attempts_are_forgotten_after_thirty_days_and_logins_leave_no_log(
    client, home_pages
):
    from axes.models import AccessAttempt, AccessLog
    from django.core.management import call_command

    signed_in = member()
    assert login(client, signed_in.email, GOOD).status_code == 302
    assert not AccessLog.objects.exists()
    # Records as axes writes them; on a quiet site no later login attempt clears them.
    for username, days in (("oud@example.org", 31), ("recent@example.org", 29)):
        attempt = AccessAttempt.objects.create(
            username=username,
            ip_address="192.0.2.1",
            user_agent="",
            get_data="",
            post_data="",
            failures_since_start=1,
        )
        AccessAttempt.objects.filter(pk=attempt.pk).update(
            attempt_time=timezone.now() - timedelta(days=days)
        )

    call_command("forget_login_attempts", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["recent@example.org"]
