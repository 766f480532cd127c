"""Security headers on the public site and in the admin."""

import pytest

pytestmark = pytest.mark.django_db


def test_public_pages_have_a_strict_content_security_policy(client, home_pages):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy


def test_every_response_has_a_permissions_policy(client, home_pages):
    for path in ("/", "/en/", "/zoeken/", "/bestaat-niet/"):
        policy = client.get(path)["Permissions-Policy"]
        assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy


def test_admin_keeps_a_policy_relaxed_only_for_inline_script_and_style(client, home_pages):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "object-src 'none'" in policy


def test_public_pages_for_visitors_may_be_cached(client, home_pages):
    assert "no-store" not in client.get("/").get("Cache-Control", "")


def test_account_pages_are_never_stored_by_a_cache(client, home_pages):
    for path in ("/account/login/", "/account/signup/", "/account/password/reset/"):
        cache_control = client.get(path)["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, path
