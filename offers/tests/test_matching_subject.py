"""When nothing in reach serves the need's subject (issue 20: a Rotterdam need on Cultuur and
Erfgoed got only robots and a workshop, without a word): say so, show what exists elsewhere,
offer the alert, and label theme-only matches."""

import json
from pathlib import Path

import pytest
from django.urls import reverse

from core.models import LearningArea
from core.taxonomy_data import LEARNING_AREAS
from offers.needs.matching import match_need
from offers.tests.factories import dutch, region
from offers.tests.needing import make_need, offer

pytestmark = pytest.mark.usefixtures("read_in_dutch")


@pytest.fixture
def culture_need(catalogue, school):
    provider = catalogue["provider"]
    # In reach of the school in Eemsdelta, but on the need's theme only.
    offer(provider, title="Robots bouwen", reach="local", regions=[region("eemsdelta-gm1979")])
    # On the subject, but for Amsterdam.
    offer(
        provider,
        title="Het museum als klaslokaal",
        reach="regional",
        regions=[region("metropoolregio-amsterdam")],
        learning_areas=[dutch(LearningArea, "cultuur")],
    )
    return make_need(
        school, title="Cultuur in groep 5-6", areas=["cultuur", "erfgoed-en-geschiedenis"]
    )


def test_no_offer_on_the_subject_in_reach_is_said_plainly_with_what_exists_elsewhere(
    client, teacher, culture_need
):
    result = match_need(culture_need)
    assert result.nothing_on_subject
    assert [match.offer.title for match in result.matches] == ["Robots bouwen"]
    assert not result.matches[0].on_subject
    assert [item.title for item in result.elsewhere] == ["Het museum als klaslokaal"]

    client.force_login(teacher)
    html = client.get(reverse("offers:need_matches", args=[culture_need.pk])).text
    notice = html.index("Er is nog geen aanbod op Cultuur of Erfgoed en geschiedenis")
    assert notice < html.index("Robots bouwen")  # at the top, before the matches
    assert "Het museum als klaslokaal" in html and "Regionaal: Metropoolregio Amsterdam" in html
    assert 'href="#need-alert-active"' in html
    assert "Alleen op thema" in html
    # The summary names the need's learning areas.
    assert "<dt>Leergebieden</dt><dd>Cultuur, Erfgoed en geschiedenis</dd>" in html


def test_an_offer_on_the_subject_in_reach_is_not_labelled_theme_only(
    client, teacher, catalogue, culture_need
):
    offer(
        catalogue["provider"],
        title="Landelijk erfgoedlokaal",
        learning_areas=[dutch(LearningArea, "erfgoed-en-geschiedenis")],
    )
    result = match_need(culture_need)
    assert not result.nothing_on_subject
    client.force_login(teacher)
    html = client.get(reverse("offers:need_matches", args=[culture_need.pk])).text
    assert "Er is nog geen aanbod op" not in html


def test_the_demo_catalogue_serves_every_learning_area_nationally():
    path = Path(__file__).resolve().parents[1] / "demo" / "data" / "offers.json"
    national = [data for data in json.loads(path.read_text()) if data["reach"] == "national"]
    served = {area for data in national for area in data["areas"]}
    assert {slug for slug, _nl, _en in LEARNING_AREAS} <= served
