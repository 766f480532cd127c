"""Profiles, the school picker, verification, data export and account deletion."""

import json
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django_comments_xtd.models import XtdComment

from community.models import AccountDeletion, Discussion
from community.schools_loader import load_schools
from core.models import Region
from schools.models import SchoolEmailDomain

from .factories import DiscussionFactory, SchoolFactory, member
from .test_accounts import signup_data

pytestmark = pytest.mark.django_db

User = get_user_model()


def add_comment(target, user, text, parent=0, followup=False):
    return XtdComment.objects.create(
        content_type=ContentType.objects.get_for_model(target),
        object_pk=str(target.pk),
        site_id=1,
        user=user,
        user_name=user.profile.display_name,
        user_email=user.email,
        comment=text,
        parent_id=parent,
        followup=followup,
    )


def test_public_profile_shows_name_role_contributions_not_email(client, home_pages):
    user = member(display_name="Bram Verhoeven", organisation="OBS De Vlieger", visibility="public")
    discussion = DiscussionFactory(author=user, title="Lesroosters anders indelen")
    response = client.get(user.profile.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bram Verhoeven" in html
    assert "Leerkracht" in html
    assert "OBS De Vlieger" in html
    assert discussion.title in html
    assert user.email not in html


def test_school_picker_lists_matches_and_sets_region(client, home_pages):
    groningen = Region.objects.get(code="GM0014")
    school = SchoolFactory(name="De Wilgenhoek", place="GRONINGEN", municipality=groningen)
    SchoolFactory(name="Het Anker", place="ZWOLLE")
    user = member()
    client.force_login(user)

    response = client.get("/mijn-profiel/school/", {"q": "wilgen groningen"})
    html = response.content.decode()
    assert f'type="radio" name="school" id="school-{school.pk}"' in html
    assert "Het Anker" not in html

    response = client.post("/mijn-profiel/school/", {"school": school.pk})
    assert response.status_code == 302
    user.profile.refresh_from_db()
    assert user.profile.school == school
    assert user.profile.region == groningen


def test_school_picker_survives_odd_input(client, home_pages):
    chosen = SchoolFactory(name="De Wilgenhoek", place="GRONINGEN")
    SchoolFactory(name="100% Montessori", place="ZWOLLE")
    user = member()
    user.profile.school = chosen
    user.profile.save()
    client.force_login(user)
    response = client.get("/mijn-profiel/school/", {"q": "%" * 500})
    assert response.status_code == 200
    # "%" is looked for as a character, not as a wildcard that lists every school.
    assert response.context["results"] == []
    assert client.get("/mijn-profiel/school/", {"q": "100%"}).context["results"][0].name == (
        "100% Montessori"
    )
    response = client.post("/mijn-profiel/school/", {"school": "abc"})
    assert response.status_code == 200
    assert "geldige keuze" in response.content.decode()  # the form says what is wrong
    user.profile.refresh_from_db()
    assert user.profile.school == chosen  # and nothing was saved


def test_domain_rule_verifies_member_after_confirmation(client, home_pages):
    school = SchoolFactory(name="De Regenboog")
    SchoolEmailDomain.objects.create(domain="@DeRegenboog.nl", school=school)
    client.post("/account/signup/", signup_data(email="juf@deregenboog.nl"))
    link = re.search(r"(/account/confirm-email/[^\s]+/)", mail.outbox[0].body).group(1)
    client.post(link)
    profile = User.objects.get(email="juf@deregenboog.nl").profile
    assert profile.verified_school == school
    assert profile.school == school
    assert profile.verified_at is not None


def test_other_domains_are_not_verified(client, home_pages):
    SchoolEmailDomain.objects.create(domain="deregenboog.nl", school=SchoolFactory())
    client.post("/account/signup/", signup_data(email="iemand@gmail.com"))
    link = re.search(r"(/account/confirm-email/[^\s]+/)", mail.outbox[0].body).group(1)
    client.post(link)
    assert User.objects.get(email="iemand@gmail.com").profile.verified_school is None


def test_export_contains_profile_and_posts(client, home_pages):
    user = member(display_name="Els Kramer", bio="Leerkracht groep 5.")
    discussion = DiscussionFactory(author=user, title="Onze moestuin")
    add_comment(discussion, user, "Wij beginnen in maart met zaaien.")
    client.force_login(user)
    response = client.get("/mijn-profiel/mijn-gegevens.json")
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["account"]["email"] == user.email
    assert data["profile"]["display_name"] == "Els Kramer"
    assert data["profile"]["bio"] == "Leerkracht groep 5."
    assert [d["title"] for d in data["discussions"]] == ["Onze moestuin"]
    assert [c["comment"] for c in data["comments"]] == ["Wij beginnen in maart met zaaien."]


def test_deleting_account_keeps_posts_anonymised(client, home_pages):
    user = member(display_name="Kees Smit")
    other = member()
    discussion = DiscussionFactory(author=user, title="Wie doet mee?")
    reply = add_comment(discussion, user, "Mijn eigen aanvulling.")
    add_comment(discussion, other, "Goed idee!")
    client.force_login(user)

    assert client.post("/mijn-profiel/verwijderen/", {}).status_code == 200  # not confirmed
    response = client.post("/mijn-profiel/verwijderen/", {"confirm": "on"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert not EmailAddress.objects.filter(email=user.email).exists()
    reply.refresh_from_db()
    assert reply.user is None and reply.user_email == "" and reply.user_name == ""
    assert Discussion.objects.get(pk=discussion.pk).author is None
    assert AccountDeletion.objects.get(user_id_deleted=user.pk).posts_anonymised == 2

    html = client.get(discussion.get_absolute_url()).content.decode()
    assert "Mijn eigen aanvulling." in html
    assert "verwijderd lid" in html
    assert "Kees Smit" not in html


def test_linking_a_provider_page_grants_provider_access(home_pages, taxonomy):
    from offers.tests.factories import ProviderPageFactory

    provider = ProviderPageFactory()  # under the provider index under the home page
    user = member(role="provider")
    profile = user.profile
    profile.provider_page = provider
    profile.full_clean()
    profile.save()
    assert user.groups.filter(name__startswith="Aanbieder: ").exists()
    assert user.groups.filter(name="Aanbieders").exists()


def test_only_a_provider_page_can_be_linked(home_pages):
    from django.core.exceptions import ValidationError

    profile = member().profile
    profile.provider_page = home_pages[0]
    with pytest.raises(ValidationError):
        profile.full_clean()
    profile.save()  # saved anyway (e.g. by a script): no access is granted
    assert not profile.user.groups.exists()


def test_load_schools_is_idempotent(tmp_path):
    csv_file = tmp_path / "scholen.csv"
    csv_file.write_text(
        "brin,vestiging,name,place,municipality_code,municipality,province,postcode,street,"
        "house_number,denomination\n"
        "00AP,00AP00,WereldWijs,ZOETERMEER,GM0637,Zoetermeer,Zuid-Holland,2716 PH,Kerkenbos,"
        "28,Gereformeerd vrijgemaakt\n"
        "00AZ,00AZ00,De Stapsteen,BLESKENSGRAAF CA,GM1978,Molenlanden,Zuid-Holland,2971 AR,"
        "Lindenstraat,3,Openbaar\n",
        encoding="utf-8",
    )
    lines = []
    assert load_schools(csv_file, log=lines.append) == (2, 0, 0)
    assert load_schools(csv_file, log=lines.append) == (0, 0, 2)
    from schools.models import School

    school = School.objects.get(vestiging="00AP00")
    assert school.municipality.code == "GM0637"
    assert lines[-1].startswith("Scholen:")


def test_personal_pages_and_the_data_export_are_never_stored_by_a_cache(client, home_pages):
    client.force_login(member())
    for path in (
        "/mijn-profiel/",
        "/mijn-profiel/mijn-gegevens.json",
        "/en/my-profile/",
        "/discussies/",  # any page for a signed-in member carries their name
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        cache_control = response["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, path


def test_removing_the_school_address_ends_the_verification_it_gave(client, home_pages):
    school = SchoolFactory(name="De Regenboog")
    SchoolEmailDomain.objects.create(domain="deregenboog.nl", school=school)
    user = member(user__email="thuis@example.org")
    school_address = EmailAddress.objects.create(
        user=user, email="juf@deregenboog.nl", verified=True, primary=False
    )
    from allauth.account.signals import email_confirmed

    email_confirmed.send(sender=EmailAddress, request=None, email_address=school_address)
    user.profile.refresh_from_db()
    assert user.profile.verified_school == school

    client.force_login(user)
    response = client.post("/account/email/", {"action_remove": "", "email": "juf@deregenboog.nl"})
    assert response.status_code == 302
    assert not EmailAddress.objects.filter(email="juf@deregenboog.nl").exists()
    user.profile.refresh_from_db()
    assert user.profile.verified_school is None
    assert user.profile.verified_at is None


def test_choosing_another_school_ends_the_verification(client, home_pages):
    verified_for, other = SchoolFactory(name="De Linde"), SchoolFactory(name="De Eik")
    user = member()
    user.profile.verify_for(verified_for)
    client.force_login(user)
    client.post("/mijn-profiel/school/", {"school": other.pk})
    user.profile.refresh_from_db()
    assert user.profile.school == other
    assert user.profile.verified_school is None

    user.profile.verify_for(other)  # an editor verifies the member for the new school
    user.profile.refresh_from_db()
    assert user.profile.verified_school == other
