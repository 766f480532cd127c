"""The RSS feed and the sitemap: valid XML, both languages, hreflang alternates."""

import xml.etree.ElementTree as ET

import pytest

from core.tests.factories import translate_page

from .factories import BestPracticePageFactory, OntwikkelplekPageFactory, StoryUpdatePageFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def content(bp_index, places_index, english):
    practice = BestPracticePageFactory(
        parent=bp_index[0], title="Platform Andersom", slug="platform-andersom"
    )
    practice.save_revision().publish()
    translate_page(practice, english, title="Platform Andersom (EN)", slug="platform-andersom")
    BestPracticePageFactory(parent=bp_index[0], title="Alleen Nederlands", slug="alleen-nl")
    place = OntwikkelplekPageFactory(parent=places_index[0], slug="rotterdam")
    update = StoryUpdatePageFactory(parent=place, title="Nieuws uit Rotterdam", slug="nieuws")
    update.save_revision().publish()
    return practice


def feed_items(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 (our own output)
    return channel, [
        (item.findtext("title"), item.findtext("link")) for item in channel.iter("item")
    ]


def test_feed_lists_new_best_practices_and_story_updates_in_dutch(client, content):
    channel, items = feed_items(client, "/feeds/nieuw/")
    titles = [title for title, _ in items]
    assert "Platform Andersom" in titles
    assert "Nieuws uit Rotterdam" in titles
    assert "Platform Andersom (EN)" not in titles
    assert all(link.startswith("http://localhost/") for _, link in items)
    assert channel.findtext("language") == "nl"


def test_english_feed_lists_english_pages(client, content):
    channel, items = feed_items(client, "/en/feeds/nieuw/")
    assert items == [
        ("Platform Andersom (EN)", "http://localhost/en/best-practices/platform-andersom/")
    ]
    assert channel.findtext("language") == "en"


def test_listing_pages_link_the_feed(client, content):
    html = client.get("/goede-voorbeelden/").text
    assert 'type="application/rss+xml"' in html
    assert 'href="/feeds/nieuw/"' in html


def test_sitemap_lists_both_languages_with_hreflang_alternates(client, content, settings):
    # Addresses are on the configured public domain, not the host that asked.
    settings.SITE_URL = "https://leercommunity.example"
    site = "https://leercommunity.example"
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urls = {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
        }
        for url in ET.fromstring(response.content).iter(f"{SITEMAP}url")  # noqa: S314 (our own output)
    }
    nl = f"{site}/goede-voorbeelden/platform-andersom/"
    en = f"{site}/en/best-practices/platform-andersom/"
    assert nl in urls and en in urls
    assert urls[nl] == urls[en] == {"nl": nl, "en": en, "x-default": nl}
    assert urls[f"{site}/en/"]["nl"] == f"{site}/"
    # A page without translation is listed without alternates.
    assert urls[f"{site}/goede-voorbeelden/alleen-nl/"] == {}
    assert "localhost" not in response.text


def test_feed_stays_valid_xml_with_a_pasted_control_character_in_a_title(client, bp_index):
    practice = BestPracticePageFactory(
        parent=bp_index[0],
        title="Samen\x0blezen in de wijk",
        listing_summary="Regel een\x0bregel twee\x1f",
        slug="samen-lezen",
    )
    practice.save_revision().publish()
    _channel, items = feed_items(client, "/feeds/nieuw/")
    assert ("Samen lezen in de wijk", items[0][1]) in items
