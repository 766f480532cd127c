"""E-mail alerts of new matches for a need: toggle, digest, weekly rhythm, unsubscribe."""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core import signing
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from core.models import TargetGroup, Theme
from offers.models import NeedAlert, NeedProfile, OfferPage
from offers.needs.alerts import send_need_alerts, unsubscribe_token
from offers.tasks import send_need_alerts_task
from offers.tests.factories import OfferPageFactory, dutch
from schools.tests.factories import SchoolFactory, member
from search.indexing import index_instance

pytestmark = pytest.mark.usefixtures("read_in_dutch")

SUBSCRIBED = timezone.now() - timedelta(days=30)


@pytest.fixture
def need(school, taxonomy):
    need = NeedProfile.objects.create(school=school, title="Cultuur in groep 5-6")
    need.themes.set([dutch(Theme, "verrijkte-schooldag")])
    need.target_groups.set([dutch(TargetGroup, "groep-5-6")])
    return need


def publish_offer(catalogue, title, published, **fields):
    """A matching (national, free, groups 5-6) offer first published at `published`."""
    offer = OfferPageFactory(parent=catalogue["provider"], title=title, **fields)
    OfferPage.objects.filter(pk=offer.pk).update(first_published_at=published)
    index_instance(offer)
    return offer


@pytest.fixture
def alert(need, teacher):
    return NeedAlert.objects.create(need=need, user=teacher, subscribed_at=SUBSCRIBED)


@pytest.fixture
def old_offer(catalogue, need):
    return publish_offer(catalogue, "Theater op school", SUBSCRIBED - timedelta(days=10))


def test_member_turns_the_alert_on_and_off_on_the_matches_page(client, need, teacher, catalogue):
    client.force_login(teacher)
    matches = reverse("offers:need_matches", args=[need.pk])
    toggle = reverse("offers:need_alert", args=[need.pk])
    page = client.get(matches).content.decode()
    assert f'action="{toggle}"' in page
    assert 'name="active" value="1" aria' in page  # not checked yet

    assert client.post(toggle, {"active": "1", "next": matches})["Location"] == matches
    alert = NeedAlert.objects.get(need=need, user=teacher)
    assert alert.active
    assert 'name="active" value="1" checked' in client.get(matches).content.decode()

    client.post(toggle, {})
    alert.refresh_from_db()
    assert not alert.active
    assert client.get(toggle).status_code == 405

    outsider = member()
    outsider.profile.verify_for(SchoolFactory())
    client.force_login(outsider)
    assert client.post(toggle, {"active": "1"}).status_code == 404
    assert not NeedAlert.objects.filter(user=outsider).exists()


def test_one_digest_with_only_the_new_matches(alert, old_offer, catalogue, mailoutbox):
    new = publish_offer(catalogue, "Dans in de gymzaal", SUBSCRIBED + timedelta(days=1))
    publish_offer(  # new, but for another target group: not a match
        catalogue,
        "Peuterdans",
        SUBSCRIBED + timedelta(days=1),
        target_groups=[dutch(TargetGroup, "groep-1-2")],
    )
    now = SUBSCRIBED + timedelta(days=2)

    assert send_need_alerts(now=now) == 1
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["juf@wierde.example"]
    assert mail.subject == "Nieuw passend aanbod voor uw hulpvraag 'Cultuur in groep 5-6'"
    assert "Dans in de gymzaal" in mail.body
    assert new.url in mail.body
    assert "Theater op school" not in mail.body  # published before the subscription
    assert "Peuterdans" not in mail.body
    assert "Afmelden (zonder in te loggen)" in mail.body
    assert not mail.alternatives  # plain text only
    alert.refresh_from_db()
    assert alert.last_sent_at == now

    # The next run finds nothing new and sends nothing.
    assert send_need_alerts(now=now + timedelta(days=7)) == 0
    assert len(mailoutbox) == 1


def test_no_mail_when_nothing_is_new(alert, old_offer, mailoutbox):
    out = StringIO()
    call_command("send_need_alerts", stdout=out)
    assert out.getvalue().strip() == "0 e-mail(s) sent"
    assert mailoutbox == []
    alert.refresh_from_db()
    assert alert.last_sent_at is None


def test_at_most_one_digest_a_week(alert, catalogue, mailoutbox):
    publish_offer(catalogue, "Dans in de gymzaal", SUBSCRIBED + timedelta(days=1))
    first = SUBSCRIBED + timedelta(days=2)
    assert send_need_alerts(now=first) == 1
    publish_offer(catalogue, "Zingen met de buurt", first + timedelta(days=1))
    assert send_need_alerts(now=first + timedelta(days=3)) == 0  # within the week
    assert send_need_alerts(now=first + timedelta(days=7)) == 1
    assert "Zingen met de buurt" in mailoutbox[1].body
    assert "Dans in de gymzaal" not in mailoutbox[1].body


def test_the_task_on_the_default_backend_sends_the_digests(alert, catalogue, mailoutbox):
    publish_offer(catalogue, "Dans in de gymzaal", timezone.now() - timedelta(days=1))
    result = send_need_alerts_task.enqueue()
    assert result.return_value == 1
    assert [mail.subject for mail in mailoutbox] == [
        "Nieuw passend aanbod voor uw hulpvraag 'Cultuur in groep 5-6'"
    ]


def test_a_member_who_left_the_school_gets_no_digest(alert, teacher, catalogue, mailoutbox):
    publish_offer(catalogue, "Dans in de gymzaal", SUBSCRIBED + timedelta(days=1))
    teacher.profile.verify_for(SchoolFactory())  # now verified for another school
    assert send_need_alerts(now=SUBSCRIBED + timedelta(days=2)) == 0
    assert mailoutbox == []


def test_unsubscribe_without_login_stops_the_mails(client, alert, catalogue, mailoutbox):
    publish_offer(catalogue, "Dans in de gymzaal", SUBSCRIBED + timedelta(days=1))
    now = SUBSCRIBED + timedelta(days=2)
    send_need_alerts(now=now)
    link = re.search(r"http://\S+/meldingen/afmelden/\S+/", mailoutbox[0].body).group(0)
    path = link.split("localhost", 1)[1]

    page = client.get(path)  # anonymous
    assert page.status_code == 200
    html = page.content.decode()
    assert "Cultuur in groep 5-6" in html and "Ja, meld mij af" in html
    alert.refresh_from_db()
    assert alert.active  # a GET (a mail scanner following links) changes nothing

    response = client.post(path)
    assert response.status_code == 200
    assert "U bent afgemeld" in response.content.decode()
    alert.refresh_from_db()
    assert not alert.active

    publish_offer(catalogue, "Zingen met de buurt", now + timedelta(days=1))
    assert send_need_alerts(now=now + timedelta(days=10)) == 0
    assert len(mailoutbox) == 1


def test_a_bad_unsubscribe_link_gives_a_clear_page(client, alert, home_pages):
    url = reverse("offers:alert_unsubscribe", args=["geknoeid"])
    response = client.get(url)
    assert response.status_code == 400
    assert "Deze afmeldlink klopt niet" in response.content.decode()

    tampered = unsubscribe_token(alert)[:-2] + "xx"
    response = client.post(reverse("offers:alert_unsubscribe", args=[tampered]))
    assert response.status_code == 400
    alert.refresh_from_db()
    assert alert.active

    # A real signature for a token of no alert (e.g. the need was deleted).
    gone = signing.dumps("geen-melding", salt="offers.need-alert.unsubscribe")
    response = client.get(reverse("offers:alert_unsubscribe", args=[gone]))
    assert response.status_code == 404
    assert "Deze melding bestaat niet meer" in response.content.decode()
