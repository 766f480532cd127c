"""Members are named by their display name, never their username; logging in and out use one
word and sit in the header (issue 20: "U bent ingelogd als demo-school", "Gemeld door:
demo-school", "Uitloggen" only at the bottom of the profile, a login page headed "Aanmelden")."""

import pytest
from allauth.account.utils import user_display
from django.contrib.messages import get_messages
from django.urls import reverse

from community.flag_admin import FlagViewSet
from community.models import Flag
from community.names import member_name

from .factories import member

pytestmark = pytest.mark.django_db


def test_allauth_and_the_flag_list_name_the_member_not_the_username(home_pages):
    user = member(display_name="Juf Anna", user__username="demo-school")
    assert user_display(user) == "Juf Anna"
    column = next(c for c in FlagViewSet.list_display if getattr(c, "name", "") == "member")
    assert column.get_value(Flag(member=user)) == "Juf Anna"
    nameless = member(display_name="", user__username="demo-aanbieder")
    assert member_name(nameless) == f"Lid {nameless.pk}"


def test_the_login_message_shows_the_display_name(client, home_pages):
    user = member(display_name="Juf Anna", user__username="demo-school")
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": "een-goed-wachtwoord-42"}
    )
    texts = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("Juf Anna" in text for text in texts), texts
    assert not any("demo-school" in text for text in texts)


def test_the_header_has_a_logout_form_with_csrf(client, home_pages):
    client.force_login(member())
    html = client.get("/").text
    form = html.split('class="logout-form"')[1].split("</form>")[0]
    assert 'name="csrfmiddlewaretoken"' in form
    assert "Uitloggen" in form


def test_the_login_page_uses_the_menu_word_and_says_why(client, home_pages):
    html = client.get(reverse("account_login") + "?next=/aanvragen/nieuw/1/").text
    assert "<h1>Inloggen</h1>" in html
    assert "<h1>Aanmelden" not in html and "<title>Aanmelden" not in html
    assert "Log in om aanbod voor uw school aan te vragen" in html
    assert 'name="next"' in html
