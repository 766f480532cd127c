"""The standard pages (privacy, accessibility, colofon, cookies) in both languages, linked from
the footer in the visitor's language and, for the privacy statement, from the sign-up consent."""

import pytest

from core.demo.steps import build_demo

pytestmark = pytest.mark.django_db

STEPS = ["core.demo.site.build_about", "core.demo.standard.build_standard_pages"]
PAGES = {
    "/privacyverklaring/": "/en/privacy-statement/",
    "/toegankelijkheidsverklaring/": "/en/accessibility-statement/",
    "/colofon/": "/en/colophon/",
    "/cookieverklaring/": "/en/cookie-statement/",
}


@pytest.fixture
def standard_pages(taxonomy):
    build_demo(log=lambda line: None, steps=STEPS)
    build_demo(log=lambda line: None, steps=STEPS)  # twice: nothing doubles


def test_each_standard_page_exists_in_dutch_and_english(client, standard_pages):
    for dutch, english in PAGES.items():
        nl = client.get(dutch)
        en = client.get(english)
        assert nl.status_code == en.status_code == 200
        assert 'lang="nl"' in nl.text and 'lang="en"' in en.text


def test_privacy_statement_says_what_why_how_long_rights_and_contact(client, standard_pages):
    text = client.get("/privacyverklaring/").text
    for heading in ("Welke gegevens", "Waarom", "Hoe lang", "Uw rechten", "privacy@"):
        assert heading in text
    assert "Autoriteit Persoonsgegevens" in text


def test_accessibility_statement_follows_the_model(client, standard_pages):
    text = client.get("/en/accessibility-statement/").text
    for part in ("Compliance status", "WCAG", "EN 301 549", "Report a problem"):
        assert part in text


def test_footer_links_the_pages_in_the_visitors_language_once(client, standard_pages):
    english = client.get("/en/").text
    for page in PAGES.values():
        assert english.count(f'href="{page}"') == 1
    dutch = client.get("/").text
    for page in PAGES:
        assert dutch.count(f'href="{page}"') == 1


def test_sign_up_consent_links_the_privacy_statement(client, standard_pages):
    assert (
        'href="/privacyverklaring/">Lees de privacyverklaring'
        in client.get("/account/signup/").text
    )
    assert 'href="/en/privacy-statement/"' in client.get("/en/account/signup/").text
