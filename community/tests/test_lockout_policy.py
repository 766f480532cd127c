"""One lockout policy, per account and address, with the site's real rate limits: guessing at a
member's password from one address does not keep the member out from another."""

import pytest
from django.test import Client

from .factories import member

pytestmark = pytest.mark.django_db

GOOD = "een-goed-wachtwoord-42"


def login(client, email, password, ip):
    return client.post("/account/login/", {"login": email, "password": password}, REMOTE_ADDR=ip)


def test_attacker_is_refused_while_the_member_logs_in_from_elsewhere(home_pages):
    user = member()
    attacker, colleague = Client(), Client()
    for _attempt in range(12):  # more than every limit, as a patient attacker would
        login(attacker, user.email, "fout", "203.0.113.66")
    refused = login(attacker, user.email, GOOD, "203.0.113.66")
    assert refused.status_code in {200, 429}
    assert "_auth_user_id" not in attacker.session

    response = login(colleague, user.email, GOOD, "198.51.100.7")
    assert response.status_code == 302
    assert colleague.session["_auth_user_id"] == str(user.pk)
