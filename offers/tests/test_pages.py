"""Every page type renders in Dutch and English; the catalogue and funding filters work."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import localcache
from core.models import CurriculumGoal, TargetGroup, Theme
from core.tests.factories import translate_page
from offers.models import FundingDeadline, FundingSchemePage
from offers.tests.factories import (
    FundingSchemePageFactory,
    OfferPageFactory,
    add_session,
    dutch,
    region,
)
from search.indexing import index_instance

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(catalogue, locales):
    nl, en = locales
    scheme = FundingSchemePageFactory(
        parent=catalogue["funding"],
        title="Cultuurfonds",
        funder_kind="fund",
        themes=[dutch(Theme, "verrijkte-schooldag")],
    )
    goals = list(CurriculumGoal.objects.filter(locale=nl, number__in=[44, 45]))
    offer = OfferPageFactory(
        parent=catalogue["provider"],
        title="Robotles",
        is_free=False,
        price=Decimal("12.50"),
        price_unit="pupil",
        funding_schemes=[scheme],
        curriculum_goals=goals,
        replaces_goals=goals[:1],
        replaces_text="Vervangt twee lessen techniek uit de methode.",
        accreditation_level="substantiated",
    )
    add_session(offer, timezone.now() + timedelta(days=10), place="Bibliotheek", places_left=4)
    offer.save_revision().publish()
    for page in (catalogue["index"], catalogue["funding"], catalogue["provider"]):
        translate_page(page, en, title=f"{page.title} (en)", slug=f"{page.slug}-en")
    offer_en = translate_page(offer, en, title="Robot lesson", slug="robot-lesson")
    scheme_en = translate_page(scheme, en, title="Culture fund", slug="culture-fund")
    return {
        **catalogue,
        "offer": offer,
        "scheme": scheme,
        "offer_en": offer_en,
        "scheme_en": scheme_en,
    }


def test_every_page_type_renders_in_dutch(client, site):
    for key in ("index", "provider", "offer", "funding", "scheme"):
        response = client.get(site[key].url)
        assert response.status_code == 200, key
        assert response.context["page"].pk == site[key].pk


def test_offer_page_shows_what_a_teacher_needs(client, site):
    html = client.get(site["offer"].url).content.decode()
    for fact in [
        "Gastles",
        "Groep 5-6",
        "€ 12,50 per leerling",
        "Cultuurfonds",
        "Landelijk",
        "Bibliotheek",
        "Kerndoel 44",
        "Vervangt twee lessen techniek",
        "Erkenning: Theoretisch onderbouwd",
    ]:
        assert fact in html, fact


def test_english_pages_render_with_english_taxonomy(client, site):
    response = client.get(site["offer_en"].url)
    assert site["offer_en"].url.startswith("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Groups 5-6" in html  # the English row of the Dutch target group the offer links
    assert "Culture fund" in html  # the English translation of the linked scheme
    for key in ("index", "provider", "funding"):
        page = site[key].get_translation(site["offer_en"].locale)
        assert client.get(page.url).status_code == 200
    assert client.get(site["scheme_en"].url).status_code == 200


def test_a_renamed_term_shows_on_the_offer_page_at_once(client, site):
    # The offer page reads taxonomy terms from each process's copy of their tables.
    assert "Groep 5-6" in client.get(site["offer"].url).text
    group = dutch(TargetGroup, "groep-5-6")
    group.name = "Groepen 5 en 6"
    group.save()
    assert "Groepen 5 en 6" in client.get(site["offer"].url).text
    english = TargetGroup.objects.get(locale=site["offer_en"].locale, slug="groep-5-6")
    english.name = "Years 3 and 4"
    english.save()
    assert "Years 3 and 4" in client.get(site["offer_en"].url).text


def test_scheme_lists_the_offers_it_pays_for(client, site):
    html = client.get(site["scheme"].url).content.decode()
    assert "Robotles" in html
    assert "Robot lesson" in client.get(site["scheme_en"].url).content.decode()


def test_offer_page_queries_do_not_grow_with_sessions_and_schemes(client, site):
    def queries():
        # Counted with nothing kept: what the page costs when it must read its sessions.
        for alias in settings.CACHES:
            caches[alias].clear()
        localcache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(site["offer"].url).status_code == 200
        return len(captured)

    queries()  # the first view of the site also creates its settings row
    before = queries()
    offer = site["offer"]
    for days in range(20, 30):
        add_session(offer, timezone.now() + timedelta(days=days), place="Extra")
    offer.funding_schemes.add(
        *[FundingSchemePageFactory(parent=site["funding"], title=f"Fonds {n}") for n in range(5)]
    )
    offer.save()
    assert queries() == before


def test_catalogue_filters_by_region_with_the_reach_rule(client, site):
    provider = site["provider"]
    for title, reach, slug in [
        ("Wadden in Eemsdelta", "local", "eemsdelta-gm1979"),
        ("Noord-Groningen leert", "regional", "noord-groningen"),
        ("Provincie Groningen", "regional", "provincie-groningen"),
        ("Haven Rotterdam", "local", "rotterdam-gm0599"),
        ("Limburgs erfgoed", "regional", "provincie-limburg"),
    ]:
        offer = OfferPageFactory(parent=provider, title=title, reach=reach, regions=[region(slug)])
        offer.save_revision().publish()
    response = client.get(site["index"].url + "?regio=GM1979")
    titles = {hit.title for hit in response.context["response"].hits}
    assert titles == {
        "Robotles",
        "Wadden in Eemsdelta",
        "Noord-Groningen leert",
        "Provincie Groningen",
    }
    assert "4 aanbiedingen gevonden" in response.text
    regio = next(g for g in response.context["response"].facets if g.param == "regio")
    groningen = next(option for option in regio.options if option.label == "Groningen")
    eemsdelta = next(child for child in groningen.children if child.value == "GM1979")
    assert eemsdelta.selected and eemsdelta.count == 4


def test_catalogue_queries_do_not_grow_with_the_offers_on_the_page(client, site):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(site["index"].url).status_code == 200
        return len(captured)

    queries()  # warm the caches (site root paths, facet labels)
    before = queries()
    for number in range(10):
        OfferPageFactory(parent=site["provider"], title=f"Extra {number}").save_revision().publish()
    queries()  # the new offers changed the facet labels
    assert queries() == before


def test_catalogue_lists_offers_only_and_finds_words(client, site):
    response = client.get(site["index"].url, {"q": "sensoren"})
    assert [hit.title for hit in response.context["response"].hits] == ["Robotles"]
    assert "<mark>sensoren</mark>" in response.text
    # The funding scheme is content of another kind: not in the catalogue.
    assert "Cultuurfonds" not in [hit.title for hit in response.context["response"].hits]
    assert 'name="soort"' not in response.text


def test_english_catalogue_lists_translations_and_untranslated_offers(client, site):
    extra = OfferPageFactory(parent=site["provider"], title="Wadlopen")
    extra.save_revision().publish()
    response = client.get(site["index"].get_translation(site["offer_en"].locale).url)
    hits = {hit.title: hit for hit in response.context["response"].hits}
    assert set(hits) == {"Robot lesson", "Wadlopen"}
    assert response.text.count("Only in Dutch") == 1


def test_funding_index_filters(client, site):
    funding = site["funding"]
    local = FundingSchemePageFactory(
        parent=funding,
        title="Subsidie Sittard-Geleen",
        funder_kind="municipality",
        reach="local",
        regions=[region("sittard-geleen-gm1883")],
        is_rolling=False,
    )
    FundingDeadline.objects.create(page=local, date=timezone.localdate() + timedelta(days=30))
    expired = FundingSchemePageFactory(
        parent=funding,
        title="Verlopen regeling",
        funder_kind="province",
        reach="regional",
        regions=[region("provincie-limburg")],
        is_rolling=False,
    )
    FundingDeadline.objects.create(page=expired, date=timezone.localdate() - timedelta(days=3))
    # The index lists through the site search: the schemes are indexed as on publishing.
    for scheme in FundingSchemePage.objects.all():
        index_instance(scheme)

    def titles(query):
        response = client.get(funding.url + query)
        assert response.status_code == 200
        return {scheme.title for scheme in response.context["schemes"]}

    assert titles("?financier=municipality") == {"Subsidie Sittard-Geleen"}
    assert titles("?regio=GM1883") == {
        "Cultuurfonds",
        "Subsidie Sittard-Geleen",
        "Verlopen regeling",
    }
    assert titles("?regio=GM0599") == {"Cultuurfonds"}
    assert titles("?aanvragen=open") == {"Cultuurfonds", "Subsidie Sittard-Geleen"}
    assert titles("?aanvragen=doorlopend") == {"Cultuurfonds"}
    assert titles("?thema=verrijkte-schooldag") == {"Cultuurfonds"}
    assert titles("?thema=onbekend&regio=nergens&aanvragen=x") == {
        "Cultuurfonds",
        "Subsidie Sittard-Geleen",
        "Verlopen regeling",
    }
    note = client.get(funding.url + "?thema=onbekend&aanvragen=x").text
    assert "thema=onbekend" in note and "aanvragen=x" in note
    # The old form of a region filter (its slug) redirects to the CBS code.
    old = client.get(funding.url + "?regio=sittard-geleen-gm1883&thema=verrijkte-schooldag")
    assert old.status_code == 301
    assert old["Location"] == funding.url + "?regio=GM1883&thema=verrijkte-schooldag"


def test_past_offer_without_dates_says_so(client, site):
    offer = OfferPageFactory(parent=site["provider"], title="Voorbij")
    add_session(offer, timezone.now() - timedelta(days=5))
    assert offer.has_no_dates
    assert "Er zijn geen data gepland." in client.get(offer.url).content.decode()
