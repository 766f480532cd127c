"""Following discussions and themes: who follows what, and the e-mails followers get."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.db import connection
from django.test import Client
from django.utils import translation
from django_comments_xtd.models import XtdComment

from community.models import Discussion, Follow
from community.notifications import stop_token

from .factories import DiscussionFactory, member, theme
from .test_discussions import reply_data
from .test_profiles import add_comment

pytestmark = pytest.mark.django_db


def test_following_twice_is_one_follow_and_stop_ends_it():
    user = member()
    discussion = DiscussionFactory()
    Follow.start(user, discussion)
    Follow.start(user, discussion)
    assert Follow.objects.of(discussion).filter(member=user).count() == 1
    assert Follow.stop(user, discussion) == 1
    assert not Follow.follows(user, discussion)


def test_a_theme_is_followed_in_every_language():
    from core.models import Theme

    user = member()
    english = Theme.objects.get(slug="lerarentekort", locale__language_code="en")
    Follow.start(user, english)
    follow = Follow.objects.get(member=user)
    assert follow.item == theme("lerarentekort")
    assert Follow.follows(user, theme("lerarentekort"))


def test_library_followup_flag_becomes_a_follow_and_is_cleared():
    """The library mails every reply flagged `followup` at the address stored on it; the flag
    must never stay set, or anyone could have mail sent to any address."""
    discussion = DiscussionFactory()
    user = member()
    comment = add_comment(discussion, user, "Ik volg dit.", followup=True)
    assert Follow.follows(user, discussion)
    assert not XtdComment.objects.get(pk=comment.pk).followup
    assert Follow.objects.get(member=user).content_type == ContentType.objects.get_for_model(
        discussion
    )


# Following through the site, and the mails followers get


def stop_path(message, site_url):
    """The path of the one-click stop link in a notification (links use SITE_URL)."""
    found = re.search(r"^(\S+/(?:volgen/stoppen|en/follow/stop)/\S+/)$", message.body, re.M)
    assert found and found.group(1).startswith(site_url), message.body
    return found.group(1).removeprefix(site_url)


def test_follow_and_stop_following_a_theme(client, home_pages):
    user = member()
    client.force_login(user)
    response = client.post("/volgen/thema/duurzaamheid/", {"next": "/discussies/duurzaamheid/"})
    assert response.status_code == 302 and response["Location"] == "/discussies/duurzaamheid/"
    assert Follow.follows(user, theme("duurzaamheid"))
    html = client.get("/discussies/duurzaamheid/").content.decode()
    assert "U volgt dit thema." in html and "Niet meer volgen" in html

    client.post("/volgen/thema/duurzaamheid/", {"action": "stop"})
    assert not Follow.follows(user, theme("duurzaamheid"))


def test_who_may_follow(client, home_pages):
    discussion = DiscussionFactory()
    url = f"/volgen/discussie/{discussion.pk}/"
    response = client.post(url)
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert "Volg deze discussie" not in client.get(discussion.get_absolute_url()).content.decode()

    unconfirmed = member(verified=False)
    client.force_login(unconfirmed)
    assert client.post(url).status_code == 403
    assert not Follow.objects.filter(member=unconfirmed).exists()

    client.force_login(member())
    assert client.get(url).status_code == 405
    assert client.post("/volgen/discussie/999999/").status_code == 404
    assert client.post("/volgen/iets/1/").status_code == 404
    assert client.post("/volgen/thema/bestaat-niet/").status_code == 404
    assert not Follow.objects.exists()


def test_starter_follows_the_discussion_they_start(client, home_pages):
    user = member()
    client.force_login(user)
    client.post(
        "/discussies/nieuw/",
        {"title": "Vervanging bij ziekte", "theme": theme().pk, "body": "Hoe regelt u dat?"},
    )
    discussion = Discussion.objects.get(title="Vervanging bij ziekte")
    assert Follow.follows(user, discussion)
    html = client.get(discussion.get_absolute_url()).content.decode()
    assert "U volgt deze discussie." in html


def test_new_discussion_mails_theme_followers_in_their_language(client, home_pages, settings):
    dutch = member(display_name="Anouk")
    english = member(display_name="Peter", language="en")
    unconfirmed = member(verified=False)
    for user in (dutch, english, unconfirmed):
        Follow.start(user, theme("lerarentekort"))
    starter = member()
    Follow.start(starter, theme("lerarentekort"))
    client.force_login(starter)

    client.post(
        "/discussies/nieuw/",
        {"title": "Zij-instromers begeleiden", "theme": theme().pk, "body": "Wie heeft tips?"},
    )

    by_address = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_address) == sorted([dutch.email, english.email])
    nl, en = by_address[dutch.email], by_address[english.email]
    assert nl.subject.startswith("[Leercommunity & Ontwikkelplaats] Nieuwe discussie over")
    assert "Beste Anouk," in nl.body and "een thema dat u volgt" in nl.body
    assert " je " not in nl.body and " jij " not in nl.body
    assert en.subject.startswith("[Leercommunity & Ontwikkelplaats] New discussion about")
    assert "Dear Peter," in en.body
    discussion = Discussion.objects.get(title="Zij-instromers begeleiden")
    with translation.override("en"):
        english_url = settings.SITE_URL + discussion.get_absolute_url()
    assert english_url in en.body and "/en/" in english_url
    for message in (nl, en):
        assert settings.SITE_URL in message.body
        assert "127.0.0.1" not in message.body and "localhost" not in message.from_email
        assert message.from_email == settings.DEFAULT_FROM_EMAIL
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_reply_mail_subject_is_dutch_for_dutch_members(client, home_pages):
    discussion = DiscussionFactory(title="Lesroosters")
    follower = member()
    Follow.start(follower, discussion)
    client.force_login(member(display_name="Karim"))
    client.post("/reacties/plaatsen/", reply_data(discussion, "Bij ons in blokken."))

    [message] = [m for m in mail.outbox if m.to == [follower.email]]
    assert message.subject == "[Leercommunity & Ontwikkelplaats] Nieuwe reactie op “Lesroosters”"
    assert "Karim heeft gereageerd op “Lesroosters”, een gesprek dat u volgt" in message.body
    assert "Bij ons in blokken." in message.body
    assert "new comment posted" not in message.subject


def test_one_click_stop_link(client, home_pages, settings):
    discussion = DiscussionFactory(title="Ouderavond")
    follower = member()
    Follow.start(follower, discussion)
    client.force_login(member())
    client.post("/reacties/plaatsen/", reply_data(discussion, "Nieuws"))
    client.logout()
    [message] = [m for m in mail.outbox if m.to == [follower.email]]
    path = stop_path(message, settings.SITE_URL)

    tampered = path.replace(":", ":x", 1)
    assert client.get(tampered).status_code == 400
    assert Follow.follows(follower, discussion)

    # Opening the link (a link scanner, a mail preview) only asks.
    response = client.get(path)
    assert response.status_code == 200
    assert "Wilt u geen e-mails meer krijgen over “Ouderavond”?" in response.content.decode()
    assert '<form method="post">' in response.content.decode()
    assert Follow.follows(follower, discussion)

    response = client.post(path)  # signed out, the button
    assert response.status_code == 200
    assert "U krijgt geen e-mails meer over “Ouderavond”." in response.content.decode()
    assert not Follow.follows(follower, discussion)

    mail.outbox.clear()
    client.force_login(member())
    client.post("/reacties/plaatsen/", reply_data(discussion, "Nog meer nieuws"))
    assert follower.email not in [address for m in mail.outbox for address in m.to]


def test_mail_programs_stop_with_a_post_without_csrf(home_pages):
    discussion = DiscussionFactory()
    follower = member()
    follow = Follow.start(follower, discussion)
    response = Client(enforce_csrf_checks=True).post(
        f"/volgen/stoppen/{stop_token(follow)}/", {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert not Follow.follows(follower, discussion)


def test_own_profile_lists_follows_with_a_stop_button(client, home_pages):
    user = member()
    discussion = DiscussionFactory(title="Natuurlessen buiten")
    Follow.start(user, discussion)
    Follow.start(user, theme("duurzaamheid"))
    client.force_login(user)
    html = client.get("/mijn-profiel/").content.decode()
    assert "Natuurlessen buiten" in html and "Duurzaamheid" in html
    assert html.count("Niet meer volgen") == 2


def test_export_lists_follows_and_deleting_the_account_ends_them(client, home_pages):
    user = member()
    discussion = DiscussionFactory(title="Schoolplein groen maken")
    Follow.start(user, discussion)
    client.force_login(user)
    data = client.get("/mijn-profiel/mijn-gegevens.json").json()
    assert [row["item"] for row in data["follows"]] == ["Schoolplein groen maken"]
    assert data["profile"]["visibility"] == "private"

    client.post("/mijn-profiel/verwijderen/", {"confirm": "on"})
    assert not Follow.objects.exists()


def test_follow_the_replies_under_a_page(client, home_pages):
    page = home_pages[0]
    follower, author = member(), member(display_name="Yara")
    client.force_login(follower)
    client.post(f"/volgen/pagina/{page.pk}/")
    assert Follow.follows(follower, page)

    client.force_login(author)
    client.post("/reacties/plaatsen/", reply_data(page, "Dit werkte bij ons."))

    [message] = mail.outbox
    assert message.to == [follower.email]
    assert page.title in message.subject and "Dit werkte bij ons." in message.body


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite's in-memory test database locks whole tables between threads; "
    "this race runs on PostgreSQL (DATABASE_URL=postgres://..., as in CI)",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_following_at_the_same_moment_stores_one_follow(taxonomy):
    """Two tabs (or a double click) follow at once: the constraint keeps one row, neither
    request fails."""
    import threading

    from django.db import connection

    user, discussion = member(), DiscussionFactory()
    barrier, errors = threading.Barrier(4), []

    def follow():
        try:
            barrier.wait()
            Follow.start(user, discussion)
        except Exception as error:  # collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=follow) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Follow.objects.filter(member=user).count() == 1
