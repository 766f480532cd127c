"""The Ontwikkelplaats demo content: complete, in both languages, and idempotent."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from core.demo import DemoContext
from offers.demo import OFFERS, PROVIDERS, SCHEMES, build_offers_demo, dates_are_current
from offers.models import FundingSchemePage, OfferPage, OfferSession, ProviderPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def context(home_pages, locales, taxonomy):
    home_nl, home_en = home_pages
    nl, en = locales
    return DemoContext(home_nl, home_en, nl, en, log=lambda line: None)


def counts():
    return (
        Page.objects.count(),
        OfferSession.objects.count(),
        OfferPage.objects.count(),
        FundingSchemePage.objects.count(),
    )


def test_demo_builds_once_and_changes_nothing_the_second_time(context):
    build_offers_demo(context)
    first = counts()
    revisions = OfferPage.objects.first().revisions.count()
    build_offers_demo(context)
    assert counts() == first
    assert OfferPage.objects.first().revisions.count() == revisions

    nl = context.locale_nl
    assert ProviderPage.objects.filter(locale=nl).count() == len(PROVIDERS)
    assert OfferPage.objects.filter(locale=nl).count() == len(OFFERS)
    assert FundingSchemePage.objects.filter(locale=nl).count() == len(SCHEMES)
    assert OfferPage.objects.filter(locale=context.locale_en).count() == len(OFFERS)
    assert FundingSchemePage.objects.filter(locale=context.locale_en).count() == len(SCHEMES)
    assert ProviderPage.objects.filter(locale=context.locale_en).count() == len(PROVIDERS)
    # Every offer type and reach is represented, some accredited, some free, some paid.
    assert {o.offer_type for o in OfferPage.objects.all()} >= {
        "lesson_package",
        "guest_lesson",
        "excursion",
        "volunteer_hours",
        "expertise",
        "after_school",
        "coaching",
    }
    assert {o.reach for o in OfferPage.objects.all()} == {"local", "regional", "national"}
    assert OfferPage.objects.exclude(accreditation_level="none").exists()
    assert OfferPage.objects.filter(is_free=True).exists()
    assert OfferPage.objects.filter(is_free=False).exists()


def test_demo_calendar_is_never_empty_and_pages_render(context, client):
    build_offers_demo(context)
    assert dates_are_current()
    response = client.get(reverse("offers:calendar"))
    assert response.status_code == 200
    assert response.context["sessions"]
    assert response.context["on_request"]
    for page in Page.objects.type(OfferPage, ProviderPage, FundingSchemePage).live():
        assert client.get(page.url).status_code == 200, page.url
