"""The filters, sorting and pagination of both index pages."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bestpractices.models import BestPracticePage
from bestpractices.models.best_practices import PAGE_SIZE
from core.models import Region
from core.tests.factories import translate_page

from .factories import BestPracticePageFactory, OntwikkelplekPageFactory

pytestmark = pytest.mark.django_db


def listed_titles(html):
    return re.findall(
        r'<h3>(?:<span class="bp-place-number">\d+</span>)?<a href="[^"]+">([^<]+)</a></h3>', html
    )


def option_count(html, param, value):
    match = re.search(
        # The box inside its label (the shared facet form) or before it.
        rf'name="{param}" value="{value}"[^>]*>\s*(?:<label[^>]*>)?[^<]*'
        r'<span class="count">\((\d+)',
        html,
    )
    return int(match.group(1))


def place_option_count(html, param, value):
    """The Ontwikkelplek index has the same filter form as every listing."""
    return option_count(html, param, value)


def option_checked(html, param, value):
    return re.search(rf'name="{param}" value="{value}" checked>', html) is not None


@pytest.fixture
def practices(bp_index):
    index_nl, _ = bp_index
    return {
        "den-haag": BestPracticePageFactory(
            parent=index_nl,
            title="Den Haag",
            theme_slugs=["samenwerking-in-de-wijk"],
            region_codes=["GM0518"],
            partnering=True,
        ),
        "eemsdelta": BestPracticePageFactory(
            parent=index_nl,
            title="Eemsdelta",
            theme_slugs=["lerarentekort"],
            region_codes=["GM1979"],
            it_platform=True,
        ),
        "landelijk": BestPracticePageFactory(
            parent=index_nl,
            title="Landelijk",
            theme_slugs=["lerarentekort"],
            is_national=True,
            it_platform=True,
            delivers_services=True,
        ),
    }


def test_theme_filter_lists_matching_pages_and_counts_match(client, practices):
    html = client.get("/goede-voorbeelden/?thema=lerarentekort").text
    assert sorted(listed_titles(html)) == ["Eemsdelta", "Landelijk"]
    assert option_count(html, "thema", "lerarentekort") == 2
    # Counts of the other options say what choosing them would give.
    assert option_count(html, "thema", "samenwerking-in-de-wijk") == 1
    assert option_count(html, "kracht", "platform") == 2
    assert 'value="partnering"' not in html  # an option that would give nothing is left out
    assert "2 goede voorbeelden" in html


def test_region_filter_follows_the_reach_rule_and_includes_national(client, practices):
    # Province of Groningen: the Eemsdelta page (a municipality in it) and the national one.
    html = client.get("/goede-voorbeelden/?regio=PV20").text
    assert sorted(listed_titles(html)) == ["Eemsdelta", "Landelijk"]
    assert option_checked(html, "regio", "PV20") and option_count(html, "regio", "PV20") == 2
    # The municipality of The Hague: its own page and the national one.
    html = client.get("/goede-voorbeelden/?regio=GM0518").text
    assert sorted(listed_titles(html)) == ["Den Haag", "Landelijk"]


def test_strength_filter_combines_with_theme(client, practices):
    html = client.get("/goede-voorbeelden/?thema=lerarentekort&kracht=diensten").text
    assert listed_titles(html) == ["Landelijk"]


def test_unknown_filter_values_are_ignored(client, practices):
    response = client.get(
        "/goede-voorbeelden/?thema=bestaat-niet&regio=%3Cscript%3E&kracht=x&sorteer=zomaar&pagina=abc"
    )
    assert response.status_code == 200
    assert len(listed_titles(response.text)) == 3
    assert "<script>" not in response.text


def test_sort_by_title_and_by_newest(client, practices):
    now = timezone.now()
    for offset, key in enumerate(["eemsdelta", "landelijk", "den-haag"]):
        page = practices[key]
        BestPracticePage.objects.filter(pk=page.pk).update(
            first_published_at=now - timedelta(days=offset)
        )
        page.refresh_from_db()
        page.save_revision().publish()  # as if published on that day
    assert listed_titles(client.get("/goede-voorbeelden/?sorteer=titel").text) == [
        "Den Haag",
        "Eemsdelta",
        "Landelijk",
    ]
    assert listed_titles(client.get("/goede-voorbeelden/").text) == [
        "Eemsdelta",
        "Landelijk",
        "Den Haag",
    ]


def test_page_past_the_end_shows_the_last_page(client, bp_index):
    index_nl, _ = bp_index
    for number in range(PAGE_SIZE + 2):
        BestPracticePageFactory(parent=index_nl, title=f"Voorbeeld {number:02d}")
    last = client.get("/goede-voorbeelden/?sorteer=titel&pagina=999")
    assert last.status_code == 200
    assert listed_titles(last.text) == ["Voorbeeld 10", "Voorbeeld 11"]
    assert '<span aria-current="page">2</span>' in last.text
    first = client.get("/goede-voorbeelden/?sorteer=titel&pagina=nul")
    assert len(listed_titles(first.text)) == PAGE_SIZE
    assert "Ongeldig paginanummer" in first.text
    # Pagination links keep the filters.
    assert "sorteer=titel&amp;pagina=2" in first.text


def test_english_index_lists_english_pages_and_untranslated_dutch_ones(client, practices, english):
    translate_page(practices["landelijk"], english, title="National", slug="national")
    html = client.get("/en/best-practices/?thema=lerarentekort&sorteer=titel").text
    # The Dutch page matching the filter without a translation is listed, marked as Dutch;
    # the translated one only in English.
    assert listed_titles(html) == ["Eemsdelta", "National"]
    assert 'href="/goede-voorbeelden/eemsdelta/"' in html
    assert html.count("Only in Dutch") == 1
    # English theme names in the filter.
    assert "Teacher shortage" in html


def test_ontwikkelplek_index_filters_by_spearhead_and_draws_a_marker_per_place(
    client, places_index
):
    index_nl, _ = places_index
    OntwikkelplekPageFactory(parent=index_nl, title="Rotterdam", healthy_basis=True)
    OntwikkelplekPageFactory(
        parent=index_nl,
        title="Sittard",
        neighbourhood=True,
        municipality=Region.objects.get(code="GM1883"),
    )
    html = client.get("/ontwikkelplekken/").text
    assert sorted(listed_titles(html)) == ["Rotterdam", "Sittard"]
    assert html.count('class="bp-map-marker"') == 2
    assert place_option_count(html, "speerpunt", "gezonde-basis") == 1

    filtered = client.get("/ontwikkelplekken/?speerpunt=gezonde-basis&speerpunt=onzin").text
    assert listed_titles(filtered) == ["Rotterdam"]
    assert filtered.count('class="bp-map-marker"') == 1
    assert place_option_count(filtered, "speerpunt", "samenwerking-in-de-wijk") == 1


def test_english_ontwikkelplek_index_points_to_untranslated_places(client, places_index, english):
    index_nl, _ = places_index
    rotterdam = OntwikkelplekPageFactory(parent=index_nl, title="Rotterdam", slug="rotterdam")
    OntwikkelplekPageFactory(parent=index_nl, title="Sittard", slug="sittard")
    translate_page(rotterdam, english, title="Rotterdam (EN)", slug="rotterdam")
    html = client.get("/en/living-labs/").text
    assert listed_titles(html) == ["Rotterdam (EN)"]
    untranslated = html.split('id="untranslated-heading"')[1]
    assert 'href="/ontwikkelplekken/sittard/"' in untranslated
    assert "/ontwikkelplekken/rotterdam/" not in untranslated
    # The Dutch index has no such section.
    assert "untranslated-heading" not in client.get("/ontwikkelplekken/").text


def test_index_queries_do_not_grow_with_the_examples_on_the_page(client, bp_index, english):
    index_nl, _ = bp_index

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    BestPracticePageFactory(parent=index_nl, theme_slugs=["lerarentekort"])
    for url in ("/goede-voorbeelden/", "/en/best-practices/"):
        queries(url)  # warm the caches (site root paths, facet labels)
    before = [queries("/goede-voorbeelden/"), queries("/en/best-practices/")]
    for _ in range(5):
        BestPracticePageFactory(parent=index_nl, theme_slugs=["lerarentekort", "gezonde-basis"])
    for url in ("/goede-voorbeelden/", "/en/best-practices/"):
        queries(url)  # the new pages changed the facet labels
    assert [queries("/goede-voorbeelden/"), queries("/en/best-practices/")] == before
    html = client.get("/en/best-practices/").text
    assert "Teacher shortage" in html and "Healthy basis" in html
