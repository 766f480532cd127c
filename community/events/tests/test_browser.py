"""On a 390 px phone a member registers for the full demo meeting in Noord-Groningen, lands on
the waiting list, gets the e-mail offer when someone cancels through their own link, accepts it,
and finds the meeting on 'my events' and in the personal calendar feed. axe on every page."""

import os
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MEMBER = "school@leercommunity.example"
FULL_EVENT = "netwerk-noord-groningen-ouders"


def log_in(page, base, email):
    page.goto(base + "/account/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(os.environ["DEMO_MEMBER_PASSWORD"])
    page.locator("form").filter(has=page.locator("#id_password")).locator(
        "button[type=submit]"
    ).click()
    page.wait_for_load_state()


def test_waiting_list_offer_accept_and_feed_on_a_phone(browser, demo_site, serious_violations):
    from community.events.machine import ATTENDEE
    from community.events.models import EventPage, Registration
    from community.events.signup import make_move
    from community.events.tokens import registration_token

    event = EventPage.objects.get(slug=FULL_EVENT)
    session = event.sessions.get()
    phone = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    log_in(phone, demo_site, MEMBER)

    phone.goto(demo_site + event.url)
    assert phone.get_by_text("Nog 0 plekken vrij").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert serious_violations(phone) == []
    phone.get_by_role("button", name="Op de wachtlijst").click()
    phone.wait_for_load_state()
    assert phone.get_by_text("De sessie is vol: u staat op de wachtlijst.").is_visible()
    mine = Registration.objects.get(session=session, email=MEMBER)
    assert mine.status == "waiting"

    # The two who were waiting before leave the list themselves.
    for earlier in Registration.objects.filter(session=session, status="waiting").exclude(
        pk=mine.pk
    ):
        make_move(earlier, "cancel", earlier.user, role=ATTENDEE)
    mail.outbox.clear()

    # Someone with a place cancels through the link of their e-mail (another browser).
    leaving = Registration.objects.filter(session=session, status="registered").first()
    other = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    other.goto(demo_site + f"/bijeenkomsten/inschrijving/{registration_token(leaving)}/")
    other.get_by_role("button", name="Afmelden").click()
    other.wait_for_load_state()
    assert other.get_by_text("U bent afgemeld.").is_visible()

    # The member at the top of the list gets the offer by e-mail, with the link to accept.
    offers = [m for m in mail.outbox if MEMBER in m.to]
    assert len(offers) == 1
    assert "Er is een plek vrij" in offers[0].subject
    link = re.search(r"https?://\S+/bijeenkomsten/inschrijving/\S+/", offers[0].body).group(0)
    phone.goto(demo_site + urlsplit(link).path)
    assert phone.get_by_text("plek aangeboden").is_visible()
    assert serious_violations(phone) == []
    phone.get_by_role("button", name="Plek aannemen").click()
    phone.wait_for_load_state()
    assert phone.get_by_text("U heeft de plek aangenomen; u bent ingeschreven.").is_visible()
    mine.refresh_from_db()
    assert mine.status == "registered"

    # 'My events' lists it, and the personal feed carries it.
    phone.goto(demo_site + "/bijeenkomsten/mijn/")
    card = phone.locator(".card").filter(has_text=event.title)
    assert card.get_by_text("ingeschreven").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert serious_violations(phone) == []
    feed_url = phone.get_by_role("link", name="agenda-feed").get_attribute("href")
    feed = phone.request.get(demo_site + feed_url)
    assert feed.ok
    assert feed.headers["content-type"].startswith("text/calendar")
    assert event.title in feed.text().replace("\r\n ", "")
