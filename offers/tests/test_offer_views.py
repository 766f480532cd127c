"""Views of an offer page: counted per offer per day, also for cached copies, never the
provider's own; shown in Mijn aanbod for the last 30 days."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from core.tests.factories import translate_page
from offers.models import OfferDailyViews
from offers.tests.factories import OfferPageFactory
from schools.tests.factories import member

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"


@pytest.fixture
def offer(catalogue):
    return OfferPageFactory(parent=catalogue["provider"], title="Robots bouwen")


@pytest.fixture
def provider_member(catalogue):
    user = member(role="provider")
    user.profile.provider_page = catalogue["provider"]
    user.profile.save()
    return user


OTHER_BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"


def views_today(offer):
    row = OfferDailyViews.objects.filter(offer=offer, day=timezone.localdate()).first()
    return row.views if row else 0


def view(client, page, agent=BROWSER):
    """Open the offer page as a browser does: the page, then the image on it."""
    response = client.get(page.url, HTTP_USER_AGENT=agent)
    assert response.status_code == 200
    (beacon,) = re.findall(r'<img class="view-beacon" src="([^"]+)"', response.content.decode())
    image = client.get(beacon, HTTP_USER_AGENT=agent)
    assert image.status_code == 200 and image["Content-Type"] == "image/gif"
    return response, image


def test_each_view_counts_once_also_from_the_page_cache(client, offer, settings):
    settings.PAGE_CACHE_ENABLED = True
    first, image = view(client, offer)
    second, _image = view(client, offer, agent=OTHER_BROWSER)  # another visitor
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert "no-store" in image["Cache-Control"]  # the image itself is never kept
    assert not image.cookies
    assert views_today(offer) == 2


def test_a_translation_counts_for_the_offer_and_members_count_too(
    client, offer, catalogue, locales
):
    english_locale = locales[1]
    for page in (catalogue["index"], catalogue["provider"]):
        translate_page(page, english_locale, slug=f"{page.slug}-en")
    english = translate_page(offer, english_locale, title="Building robots", slug="robots-en")
    view(client, english)
    client.force_login(member())
    view(client, offer)
    assert views_today(offer) == 2
    assert not OfferDailyViews.objects.filter(offer=english).exists()


def test_the_providers_own_view_bots_and_other_requests_do_not_count(
    client, offer, provider_member
):
    view(client, offer, agent="Mozilla/5.0 (compatible; Googlebot/2.1)")
    view(client, offer, agent="python-requests/2.32")
    beacon = reverse("offers:offer_seen", args=[offer.pk])
    client.head(beacon, HTTP_USER_AGENT=BROWSER)
    client.get(beacon)  # no user agent at all
    client.force_login(provider_member)
    view(client, offer)
    assert views_today(offer) == 0

    offer.unpublish()
    client.logout()
    client.get(beacon, HTTP_USER_AGENT=BROWSER)
    assert views_today(offer) == 0


def test_a_preview_in_the_admin_carries_no_counter(admin_client, offer):
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[offer.pk]))
    assert response.status_code == 200
    assert "view-beacon" not in response.content.decode()


def test_mijn_aanbod_shows_the_views_of_the_last_30_days(client, offer, provider_member, catalogue):
    other = OfferPageFactory(parent=catalogue["provider"], title="Werkplaats")
    today = timezone.localdate()
    for days_ago, views in ((0, 3), (29, 2), (30, 50)):
        OfferDailyViews.objects.create(
            offer=offer, day=today - timedelta(days=days_ago), views=views
        )
    OfferDailyViews.objects.create(offer=other, day=today, views=7)
    client.force_login(provider_member)
    html = " ".join(client.get(reverse("bookings:my_offers")).content.decode().split())
    html = re.sub(r"<td [^>]*>", "<td>", html)  # the cells carry data-label for phones
    assert "Bekeken (30 dagen)" in html
    assert f"{offer.title}</a></th> <td>5</td>" in html
    assert f"{other.title}</a></th> <td>7</td>" in html


def test_counting_the_same_day_twice_adds_to_one_row(offer):
    today = timezone.localdate()
    OfferDailyViews.add_one(offer.pk, today)
    OfferDailyViews.add_one(offer.pk, today)
    assert list(OfferDailyViews.objects.values_list("day", "views")) == [(today, 2)]


def test_a_visitor_counts_once_per_offer_per_day(client, offer, catalogue):
    """One client asking for the image hundreds of times is one view (issue 21, finding 13)."""
    other = OfferPageFactory(parent=catalogue["provider"], title="Werkplaats")
    _page, _image = view(client, offer)
    beacon = reverse("offers:offer_seen", args=[offer.pk])
    for _ in range(50):
        client.get(beacon, HTTP_USER_AGENT=BROWSER)
    view(client, other)
    client.get(beacon, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.20")  # someone else
    assert views_today(offer) == 2
    assert views_today(other) == 1
