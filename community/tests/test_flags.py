"""Flag, hide, restore: members flag replies and reviews; editors hide and restore them."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from community.models import Flag, Review
from offers.models import OfferPage
from offers.tests.factories import OfferPageFactory, ProviderIndexPageFactory, ProviderPageFactory

from .factories import DiscussionFactory, SchoolFactory, member
from .reviewing import add_review
from .test_profiles import add_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("redactie", "r@example.org", "x-y-z-12345")


@pytest.fixture
def offer(home_pages, taxonomy):
    index = ProviderIndexPageFactory(parent=home_pages[0])
    provider = ProviderPageFactory(parent=index, title="Techniekpunt")
    return OfferPageFactory(parent=provider, title="Robotles")


@pytest.fixture
def flagged_reply(home_pages):
    discussion = DiscussionFactory(title="Wie heeft tips voor de gymzaal?")
    comment = add_comment(discussion, member(), "Koop nu goedkope horloges op example.com")
    return discussion, comment


def flag_url(kind, pk):
    return reverse("community:flag", args=[kind, pk])


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_member_flags_a_reply_once(client, flagged_reply):
    discussion, comment = flagged_reply
    reporter = member()
    client.force_login(reporter)
    html = page_html(client, discussion.get_absolute_url())
    assert f'action="{flag_url("reactie", comment.pk)}"' in html
    assert "Spam of reclame" in html

    response = client.post(
        flag_url("reactie", comment.pk), {"reason": "spam", "next": discussion.get_absolute_url()}
    )
    assert response.status_code == 302
    assert response.url == f"{discussion.get_absolute_url()}#c{comment.pk}"
    flag = Flag.objects.get()
    assert (flag.item, flag.member, flag.reason) == (comment, reporter, "spam")
    assert "Bedankt voor uw melding" in page_html(client, discussion.get_absolute_url())

    response = client.post(flag_url("reactie", comment.pk), {"reason": "offensive"}, follow=True)
    assert "U heeft dit al gemeld" in response.content.decode()
    assert Flag.objects.count() == 1
    assert Flag.objects.get().reason == "spam"


def test_a_flag_needs_a_known_reason(client, flagged_reply):
    discussion, comment = flagged_reply
    client.force_login(member())
    response = client.post(flag_url("reactie", comment.pk), {"reason": "<b>boos</b>"}, follow=True)
    assert "Kies een reden om dit te melden." in response.content.decode()
    assert not Flag.objects.exists()
    assert client.post(flag_url("onzin", comment.pk), {"reason": "spam"}).status_code == 404


def test_anonymous_visitors_are_sent_to_login(client, flagged_reply):
    discussion, comment = flagged_reply
    assert flag_url("reactie", comment.pk) not in page_html(client, discussion.get_absolute_url())
    response = client.post(
        flag_url("reactie", comment.pk), {"reason": "spam", "next": discussion.get_absolute_url()}
    )
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert not Flag.objects.exists()


def test_members_cannot_flag_their_own_reply(client, flagged_reply):
    discussion, comment = flagged_reply
    client.force_login(comment.user)
    assert flag_url("reactie", comment.pk) not in page_html(client, discussion.get_absolute_url())
    response = client.post(flag_url("reactie", comment.pk), {"reason": "spam"})
    assert response.status_code == 403
    assert not Flag.objects.exists()


def test_unconfirmed_members_cannot_flag(client, flagged_reply):
    _discussion, comment = flagged_reply
    client.force_login(member(verified=False))
    response = client.post(flag_url("reactie", comment.pk), {"reason": "spam"})
    assert response.status_code == 403
    assert not Flag.objects.exists()


def test_editor_sees_the_flag_and_hides_and_restores_the_reply(client, flagged_reply, editor):
    discussion, comment = flagged_reply
    reporter = member(display_name="Ineke Smit")
    client.force_login(reporter)
    client.post(flag_url("reactie", comment.pk), {"reason": "spam"})
    flag = Flag.objects.get()

    client.force_login(editor)
    listing = page_html(client, reverse("community_flag:index"))
    assert "Koop nu goedkope horloges" in listing
    assert "Spam of reclame" in listing
    assert reverse("community_flag:hide", args=[flag.pk]) in listing

    confirm = page_html(client, reverse("community_flag:hide", args=[flag.pk]))
    assert "Ja, verbergen" in confirm
    response = client.post(reverse("community_flag:hide", args=[flag.pk]))
    assert response.status_code == 302
    flag.refresh_from_db()
    assert flag.handled_at is not None
    public = page_html(client, discussion.get_absolute_url())
    assert "Koop nu goedkope horloges" not in public
    assert "Deze reactie is verborgen door de redactie." in public
    assert "0 reacties" in public
    assert reverse("community_flag:restore", args=[flag.pk]) in page_html(
        client, reverse("community_flag:index")
    )

    client.post(reverse("community_flag:restore", args=[flag.pk]))
    public = page_html(client, discussion.get_absolute_url())
    assert "Koop nu goedkope horloges" in public
    assert "1 reactie" in public


def test_a_member_flags_a_review_and_an_editor_hides_and_restores_it(client, offer, editor):
    add_review(offer, 5, text="Prachtig, aanrader voor elke school.")
    flagged = add_review(offer, 1, text="Waardeloos, kijk liever op mijn eigen site.")
    score_with_both = OfferPage.objects.get(pk=offer.pk).rating_score
    assert OfferPage.objects.get(pk=offer.pk).rating_count == 2

    reporter = member()
    reporter.profile.verify_for(SchoolFactory())  # another school's member may flag it
    client.force_login(reporter)
    html = page_html(client, offer.url)
    assert f'action="{flag_url("beoordeling", flagged.pk)}"' in html
    client.post(flag_url("beoordeling", flagged.pk), {"reason": "off_topic"})
    response = client.post(flag_url("beoordeling", flagged.pk), {"reason": "spam"}, follow=True)
    assert "U heeft dit al gemeld" in response.content.decode()
    flag = Flag.objects.get()
    assert flag.item == flagged and flag.reason == "off_topic"

    client.force_login(editor)
    listing = page_html(client, reverse("community_flag:index"))
    assert "Waardeloos, kijk liever" in listing
    assert "Hoort hier niet (off-topic)" in listing

    client.post(reverse("community_flag:hide", args=[flag.pk]))
    stored = OfferPage.objects.get(pk=offer.pk)
    assert stored.rating_count == 1
    assert stored.rating_score > score_with_both
    assert not Review.objects.get(pk=flagged.pk).is_public
    assert "Waardeloos, kijk liever" not in page_html(client, offer.url)

    client.post(reverse("community_flag:restore", args=[flag.pk]))
    stored = OfferPage.objects.get(pk=offer.pk)
    assert stored.rating_count == 2
    assert stored.rating_score == pytest.approx(score_with_both)
    assert "Waardeloos, kijk liever" in page_html(client, offer.url)


def test_only_editors_can_hide(client, flagged_reply):
    _discussion, comment = flagged_reply
    reporter = member()
    client.force_login(reporter)
    client.post(flag_url("reactie", comment.pk), {"reason": "spam"})
    flag = Flag.objects.get()
    response = client.post(reverse("community_flag:hide", args=[flag.pk]))
    assert response.status_code in (302, 403)
    comment.refresh_from_db()
    assert comment.is_public


def test_open_flags_are_on_the_dashboard_and_close_without_a_date(client, flagged_reply, editor):
    """Editors had to find the flags in a menu, and closing one meant typing a date."""
    discussion, comment = flagged_reply
    client.force_login(member(display_name="Ineke Smit"))
    client.post(flag_url("reactie", comment.pk), {"reason": "spam"})
    flag = Flag.objects.get()

    client.force_login(editor)
    dashboard = page_html(client, reverse("wagtailadmin_home"))
    assert "1 open melding" in dashboard
    assert "Koop nu goedkope horloges" in dashboard
    close_url = reverse("community_flag:close", args=[flag.pk])
    assert close_url in dashboard

    assert "Ja, afsluiten" in page_html(client, close_url)
    assert client.post(close_url).status_code == 302
    flag.refresh_from_db()
    assert flag.handled_at is not None
    assert "Koop nu goedkope horloges" in page_html(client, discussion.get_absolute_url())
    assert "Geen open meldingen." in page_html(client, reverse("wagtailadmin_home"))


def test_only_editors_close_a_flag(client, flagged_reply):
    discussion, comment = flagged_reply
    client.force_login(member())
    client.post(flag_url("reactie", comment.pk), {"reason": "spam"})
    flag = Flag.objects.get()
    client.force_login(member())
    assert client.post(reverse("community_flag:close", args=[flag.pk])).status_code in (302, 403)
    flag.refresh_from_db()
    assert flag.handled_at is None


def test_a_chosen_yes_no_filter_in_the_admin_reads_ja_not_true(client, flagged_reply, editor):
    """The moderation listing said "Is openbaar True" above its results."""
    import re

    client.force_login(editor)
    html = page_html(client, reverse("community_xtdcomment:index") + "?is_public=true")
    chips = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "True" not in chips
    assert "Ja" in chips
