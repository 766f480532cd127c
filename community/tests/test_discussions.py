"""Discussions: listing, replies (comments-xtd), follow-up mail, edit window, rate limit."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation
from django_comments import get_form
from django_comments_xtd.models import XtdComment

from community.models import Discussion

from .factories import DiscussionFactory, member, theme
from .test_profiles import add_comment

pytestmark = pytest.mark.django_db


def reply_data(target, text, reply_to=0, followup=False):
    """What the reply form posts: the security fields of django-comments plus our fields."""
    form = get_form()(target)
    data = {
        key: form.initial[key]
        for key in ("content_type", "object_pk", "timestamp", "security_hash")
    }
    data.update({"comment": text, "reply_to": str(reply_to), "honeypot": ""})
    if followup:
        data["followup"] = "on"
    return data


def test_index_lists_newest_activity_first_with_reply_counts(client, home_pages):
    now = timezone.now()
    old = DiscussionFactory(title="Oude vraag", created=now - timedelta(days=9))
    new = DiscussionFactory(title="Nieuwe vraag", created=now - timedelta(days=1))
    add_comment(old, member(), "Een late reactie maakt deze weer actueel.")
    add_comment(old, member(), "En nog een.")
    old.refresh_from_db()
    assert old.reply_count == 2

    html = client.get("/discussies/").content.decode()
    assert html.index("Oude vraag") < html.index("Nieuwe vraag")
    assert "2 reacties" in html
    assert "0 reacties" in html
    assert new.get_absolute_url() in html


def test_theme_index_and_search(client, home_pages):
    DiscussionFactory(title="Invallers zoeken", theme=theme("lerarentekort"))
    DiscussionFactory(title="Schooltuin aanleggen", theme=theme("duurzaamheid"))
    html = client.get("/discussies/duurzaamheid/").content.decode()
    assert "Schooltuin aanleggen" in html and "Invallers zoeken" not in html

    html = client.get("/discussies/", {"q": "invallers"}).content.decode()
    assert "Invallers zoeken" in html and "Schooltuin aanleggen" not in html

    assert client.get("/discussies/bestaat-niet/").status_code == 404
    assert client.get("/discussies/", {"pagina": "x", "q": "a" * 1000}).status_code == 200


def test_discussions_filter_with_the_listing_vocabulary(client, home_pages):
    DiscussionFactory(title="Invallers zoeken", theme=theme("lerarentekort"))
    DiscussionFactory(title="Schooltuin aanleggen", theme=theme("duurzaamheid"))
    html = client.get("/discussies/", {"thema": "duurzaamheid"}).text
    assert "Schooltuin aanleggen" in html and "Invallers zoeken" not in html
    unknown = client.get("/discussies/", {"thema": "bestaat-niet"}).text
    assert "thema=bestaat-niet" in unknown
    assert "Schooltuin aanleggen" in unknown and "Invallers zoeken" in unknown


def test_english_pages(client, home_pages):
    discussion = DiscussionFactory(title="Invallers")
    with translation.override("en"):
        index_url = reverse("community:discussion_list")
        detail_url = discussion.get_absolute_url()
    assert index_url.startswith("/en/")
    response = client.get(index_url)
    assert '<html lang="en">' in response.content.decode()
    assert "Invallers" in client.get(detail_url).content.decode()


def test_member_starts_a_discussion(client, home_pages):
    user = member()
    client.force_login(user)
    response = client.post(
        "/discussies/nieuw/",
        {
            "title": "Hoe betrekken jullie ouders?",
            "theme": theme("ouderbetrokkenheid").pk,
            "body": "Graag tips.",
        },
    )
    discussion = Discussion.objects.get(title="Hoe betrekken jullie ouders?")
    assert response["Location"] == discussion.get_absolute_url()
    assert discussion.author == user


def test_reply_is_saved_and_followers_get_mail(client, home_pages):
    discussion = DiscussionFactory()
    follower = member(display_name="Volger")
    add_comment(discussion, follower, "Ik volg dit.", followup=True)
    author = member(display_name="Schrijver")
    client.force_login(author)

    response = client.post(
        "/reacties/plaatsen/", reply_data(discussion, "Bij ons werkt dit goed.", followup=True)
    )

    comment = XtdComment.objects.get(comment="Bij ons werkt dit goed.")
    assert response.status_code == 302
    assert response["Location"] == f"{discussion.get_absolute_url()}#c{comment.pk}"
    assert comment.user == author and comment.user_name == "Schrijver"
    discussion.refresh_from_db()
    assert discussion.reply_count == 2
    assert [m.to for m in mail.outbox] == [[follower.email]]
    assert "Bij ons werkt dit goed." in mail.outbox[0].body


def test_nested_reply(client, home_pages):
    discussion = DiscussionFactory()
    first = add_comment(discussion, member(), "Eerste")
    client.force_login(member())
    client.post("/reacties/plaatsen/", reply_data(discussion, "Antwoord", reply_to=first.pk))
    reply = XtdComment.objects.get(comment="Antwoord")
    assert reply.parent_id == first.pk and reply.level == 1
    html = client.get(discussion.get_absolute_url()).content.decode()
    assert html.index("Eerste") < html.index("Antwoord")


def test_reply_without_reply_to_is_still_saved(client, home_pages):
    discussion = DiscussionFactory()
    client.force_login(member())
    data = reply_data(discussion, "Zonder reply_to")
    del data["reply_to"]
    client.post("/reacties/plaatsen/", data)
    assert XtdComment.objects.filter(comment="Zonder reply_to").exists()


def test_anonymous_reply_goes_to_login(client, home_pages):
    discussion = DiscussionFactory()
    response = client.post("/reacties/plaatsen/", reply_data(discussion, "Anoniem"))
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
    # The library's own URL refuses it too.
    data = reply_data(discussion, "Anoniem")
    data.update({"name": "Bot", "email": "bot@example.org"})
    response = client.post("/comments/post/", data)
    assert response.status_code == 400
    assert not XtdComment.objects.exists()


def test_html_in_a_post_is_shown_as_text(client, home_pages):
    user = member()
    discussion = DiscussionFactory(author=user, body="<b>vet</b> zie https://example.org/les")
    add_comment(discussion, user, '<script>alert("x")</script> <a href="javascript:x">klik</a>')
    html = client.get(discussion.get_absolute_url()).content.decode()
    assert "<script>alert" not in html
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in html
    assert '<a href="javascript' not in html
    assert "&lt;b&gt;vet&lt;/b&gt;" in html
    assert '<a href="https://example.org/les" rel="nofollow noopener">' in html


def test_edit_and_delete_own_reply_within_window(client, home_pages):
    user = member()
    discussion = DiscussionFactory()
    comment = add_comment(discussion, user, "Tikfout")
    client.force_login(user)
    response = client.post(f"/reacties/{comment.pk}/bewerken/", {"comment": "Verbeterd"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.comment == "Verbeterd"

    client.post(f"/reacties/{comment.pk}/verwijderen/")
    comment.refresh_from_db()
    assert comment.is_removed
    discussion.refresh_from_db()
    assert discussion.reply_count == 0
    assert (
        "Deze reactie is verwijderd." in client.get(discussion.get_absolute_url()).content.decode()
    )


def test_edit_window_is_enforced(client, home_pages, settings):
    settings.COMMUNITY_EDIT_WINDOW_MINUTES = 30
    user = member()
    discussion = DiscussionFactory(author=user, created=timezone.now() - timedelta(minutes=31))
    comment = add_comment(discussion, user, "Oud bericht")
    XtdComment.objects.filter(pk=comment.pk).update(
        submit_date=timezone.now() - timedelta(minutes=31)
    )
    client.force_login(user)
    response = client.post(f"/reacties/{comment.pk}/bewerken/", {"comment": "Te laat"})
    assert response.status_code == 403
    assert "Wijzigen kan niet meer" in response.content.decode()
    assert client.post(f"/discussies/{discussion.pk}/bewerken/", {}).status_code == 403
    comment.refresh_from_db()
    assert comment.comment == "Oud bericht"


def test_cannot_edit_or_delete_someone_elses_post(client, home_pages):
    discussion = DiscussionFactory()
    comment = add_comment(discussion, member(), "Van een ander")
    client.force_login(member())
    assert client.post(f"/reacties/{comment.pk}/bewerken/", {"comment": "x"}).status_code == 403
    assert client.post(f"/reacties/{comment.pk}/verwijderen/").status_code == 403
    assert client.post(f"/discussies/{discussion.pk}/verwijderen/").status_code == 403


def test_posting_is_rate_limited(client, home_pages, settings):
    settings.COMMUNITY_POST_RATE_LIMIT = 3
    discussion = DiscussionFactory()
    client.force_login(member())
    for number in range(3):
        client.post("/reacties/plaatsen/", reply_data(discussion, f"Bericht {number}"))
    response = client.post("/reacties/plaatsen/", reply_data(discussion, "Eén te veel"))
    assert response.status_code == 429
    assert "Even rustig aan" in response.content.decode()
    assert XtdComment.objects.count() == 3
    assert client.get("/discussies/nieuw/").status_code == 429


def test_editor_hiding_a_reply_updates_the_thread(client, home_pages):
    discussion = DiscussionFactory()
    comment = add_comment(discussion, member(), "Ongepast")
    comment.is_public = False
    comment.save()
    discussion.refresh_from_db()
    assert discussion.reply_count == 0
    html = client.get(discussion.get_absolute_url()).content.decode()
    assert "Ongepast" not in html
    assert "verborgen door de redactie" in html


def test_lessons_learned_tag_renders_thread_under_a_page(client, home_pages):
    page = home_pages[0]
    user = member()
    add_comment(page, user, "Dit werkte bij ons in groep 7.")
    request = RequestFactory().get("/")
    request.user = user
    html = Template("{% load community_tags %}{% lessons_learned page %}").render(
        Context({"request": request, "page": page})
    )
    assert "Geleerde lessen" in html
    assert "Dit werkte bij ons in groep 7." in html
    assert 'name="reply_to" value="0"' in html
    ct = ContentType.objects.get_for_model(page)
    assert f'value="{ct.app_label}.{ct.model}"' in html

    client.force_login(user)
    response = client.post("/reacties/plaatsen/", reply_data(page, "Nog een les"))
    assert response["Location"].endswith(f"#c{XtdComment.objects.get(comment='Nog een les').pk}")
