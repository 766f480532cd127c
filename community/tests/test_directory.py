"""Who sees a member's profile, the member directory, and profile URLs that do not count."""

import re

import pytest
from django.contrib.auth import get_user_model

from core.models import Region
from schools.models import Profile

from .factories import DiscussionFactory, member, theme
from .test_profiles import add_comment

pytestmark = pytest.mark.django_db


def listed(visibility="public", **fields):
    user = member(visibility=visibility, **fields)
    return user.profile


def test_a_profile_is_private_until_the_member_chooses(client, home_pages):
    profile = member(display_name="Noor Bakker").profile
    assert profile.visibility == Profile.Visibility.PRIVATE
    url = profile.get_absolute_url()

    assert client.get(url).status_code == 404
    client.force_login(member())
    assert client.get(url).status_code == 404
    client.force_login(profile.user)
    assert client.get(url).status_code == 200
    editor = get_user_model().objects.create_user("redacteur", is_staff=True)
    client.force_login(editor)
    assert client.get(url).status_code == 200


def test_members_only_and_public_profiles(client, home_pages):
    for_members = listed("members").get_absolute_url()
    for_all = listed("public").get_absolute_url()
    assert client.get(for_members).status_code == 404
    assert client.get(for_all).status_code == 200
    client.force_login(member())
    assert client.get(for_members).status_code == 200


def test_profile_urls_are_random_and_old_numbered_urls_are_gone(client, home_pages):
    first, second = listed(), listed()
    assert first.public_id != second.public_id
    for profile in (first, second):
        assert re.fullmatch(r"[a-z2-9]{10}", profile.public_id)
        assert profile.get_absolute_url() == f"/leden/{profile.public_id}/"
        assert client.get(f"/leden/{profile.pk}/").status_code == 404


def test_a_name_links_to_the_profile_only_when_the_viewer_may_see_it(client, home_pages):
    hidden = member(display_name="Verborgen Lid")
    shown = member(display_name="Zichtbaar Lid", visibility="public")
    discussion = DiscussionFactory(author=hidden)
    add_comment(discussion, shown, "Mooi idee")
    html = client.get(discussion.get_absolute_url()).content.decode()
    assert "Verborgen Lid" in html and hidden.profile.get_absolute_url() not in html
    assert f'<a href="{shown.profile.get_absolute_url()}">Zichtbaar Lid</a>' in html


def test_directory_lists_only_who_chose_to_be_listed(client, home_pages):
    listed("public", display_name="Openbaar Lid")
    listed("members", display_name="Leden Lid")
    member(display_name="Prive Lid")
    html = client.get("/leden/").content.decode()
    assert "Openbaar Lid" in html
    assert "Leden Lid" not in html and "Prive Lid" not in html
    assert "1 lid" in html

    client.force_login(member())
    html = client.get("/leden/").content.decode()
    assert "Openbaar Lid" in html and "Leden Lid" in html and "Prive Lid" not in html


def test_directory_filters_by_role_theme_and_region(client, home_pages):
    groningen = Region.objects.get(code="GM0014")
    amsterdam = Region.objects.get(code="GM0363")
    teacher = listed(display_name="Juf Groningen", role="teacher", region=groningen)
    teacher.themes.add(theme("duurzaamheid"))
    listed(display_name="Aanbieder Amsterdam", role="provider", region=amsterdam)

    def names(**params):
        html = client.get("/leden/", params).content.decode()
        return {n for n in ("Juf Groningen", "Aanbieder Amsterdam") if n in html}

    assert names(rol="teacher") == {"Juf Groningen"}
    assert names(thema="duurzaamheid") == {"Juf Groningen"}
    assert names(regio="GM0363") == {"Aanbieder Amsterdam"}
    # The province holds the municipality: the same reach rule as every listing.
    assert names(regio=groningen.province.code) == {"Juf Groningen"}
    assert names(rol="provider", regio="GM0014") == set()


@pytest.mark.parametrize(
    "params, note",
    [
        ({"rol": "koning"}, "Onbekende rol: “koning”."),
        ({"thema": "bestaat-niet"}, "Onbekend thema: “bestaat-niet”."),
        ({"regio": "GM9999"}, "Onbekende regio: “GM9999”."),
        ({"thema": "x" * 10_000}, "Onbekend thema"),
    ],
)
def test_directory_names_an_unknown_value(client, home_pages, params, note):
    listed(display_name="Altijd Zichtbaar")
    response = client.get("/leden/", params)
    html = response.content.decode()
    assert response.status_code == 200
    assert note in html
    assert "Altijd Zichtbaar" in html  # the unknown filter is not applied


def test_directory_refuses_control_characters_without_a_server_error(client, home_pages):
    response = client.get("/leden/", {"regio": "GM\x000014"})
    assert response.status_code == 400


def test_directory_pages(client, home_pages):
    for number in range(26):
        listed(display_name=f"Lid {number:02d}", role="teacher")
    first = client.get("/leden/", {"rol": "teacher"}).content.decode()
    assert "Lid 00" in first and "Lid 24" not in first
    assert "?rol=teacher&amp;pagina=2" in first
    second = client.get("/leden/", {"rol": "teacher", "pagina": "2"}).content.decode()
    assert "Lid 24" in second and "Lid 25" in second and "Lid 00" not in second
    assert client.get("/leden/", {"pagina": "x"}).status_code == 200


def test_directory_in_english(client, home_pages):
    listed(display_name="Open Member")
    response = client.get("/en/members/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Member directory" in html and "Open Member" in html


def test_member_chooses_visibility_and_mail_language(client, home_pages):
    user = member(display_name="Kiezer")
    client.force_login(user)
    response = client.post(
        "/mijn-profiel/",
        {"display_name": "Kiezer", "role": "teacher", "visibility": "public", "language": "en"},
    )
    assert response.status_code == 302
    user.profile.refresh_from_db()
    assert (user.profile.visibility, user.profile.language) == ("public", "en")
    client.logout()
    assert "Kiezer" in client.get("/leden/").content.decode()


def test_a_member_leaving_the_list_vanishes_at_once(client, home_pages, settings):
    settings.PAGE_CACHE_ENABLED = True
    profile = listed(display_name="Eerst Openbaar")
    assert "Eerst Openbaar" in client.get("/leden/").content.decode()
    assert client.get(profile.get_absolute_url()).status_code == 200

    profile.visibility = Profile.Visibility.PRIVATE
    profile.save()

    assert "Eerst Openbaar" not in client.get("/leden/").content.decode()
    assert client.get(profile.get_absolute_url()).status_code == 404
