"""The editor forms of every page type open in the admin, in Dutch and English."""

import re

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from .factories import BestPracticePageFactory, OntwikkelplekPageFactory

pytestmark = pytest.mark.django_db


HEADINGS = {
    # Model: (a field of its own the form must hold, its panel heading in Dutch and English)
    "bestpracticepage": ("organisation_name", {"nl": "Krachten", "en": "Strengths"}),
    "ontwikkelplekpage": ("initiator", {"nl": "Speerpunten", "en": "Spearheads"}),
    "storyupdatepage": ("date", {"nl": "Datum", "en": "Date"}),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_add_forms_render(client, bp_index, places_index, django_user_model, language):
    admin = django_user_model.objects.create_superuser("beheer", password="x")
    UserProfile.objects.update_or_create(user=admin, defaults={"preferred_language": language})
    client.force_login(admin)
    place = OntwikkelplekPageFactory(parent=places_index[0], slug="plek")
    cases = [
        ("bestpracticepage", bp_index[0], "Krachten" if language == "nl" else None),
        ("ontwikkelplekpage", places_index[0], "Speerpunten" if language == "nl" else None),
        ("storyupdatepage", place, None),
    ]
    for model, parent, expected in cases:
        url = reverse("wagtailadmin_pages:add", args=["bestpractices", model, parent.pk])
        response = client.get(url)
        assert response.status_code == 200, model
        if expected:
            assert expected in response.text
        # The editor gets this page type's own form, labelled in the admin's language.
        field, heading = HEADINGS[model]
        assert f'name="{field}"' in response.text, model
        assert heading[language] in response.text, (model, language)
        assert f'<html lang="{language}"' in response.text


def test_translated_index_offers_the_translate_action(client, bp_index, django_user_model):
    """wagtail-localize adds its Translate action for pages in the default language."""
    admin = django_user_model.objects.create_superuser("beheer", password="x")
    client.force_login(admin)
    index_nl, index_en = bp_index
    url = reverse("wagtail_localize:submit_page_translation", args=[index_nl.pk])
    response = client.get(url)
    assert response.status_code == 200
    # A page not translated yet: the form offers the site's other language to translate into.
    page = BestPracticePageFactory(parent=index_nl, slug="nog-niet-vertaald")
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    html = client.get(url).text
    locales = re.search(r'<input[^>]*name="locales"[^>]*value="(\d+)"', html) or re.search(
        r'<input[^>]*value="(\d+)"[^>]*name="locales"', html
    )
    assert locales and int(locales.group(1)) == index_en.locale_id


def test_wagtail_localize_translates_a_best_practice_with_its_taxonomy(
    client, bp_index, english, django_capture_on_commit_callbacks
):
    """The flow behind the editor's Translate action: source, then a synchronised draft."""
    from wagtail_localize.models import TranslationSource

    index_nl, _ = bp_index
    page = BestPracticePageFactory(
        parent=index_nl,
        slug="vertaalbaar",
        how_it_works="<p>Zo werkt het.</p>",
        body=[
            {
                "type": "key_figures",
                "value": {"title": "Cijfers", "figures": [{"figure": "16", "label": "scholen"}]},
            }
        ],
        theme_slugs=["gezonde-basis"],
        region_codes=["GM0599"],
    )
    source, _created = TranslationSource.get_or_create_from_instance(page)
    with django_capture_on_commit_callbacks(execute=True):  # it publishes on commit
        translation, created = source.create_or_update_translation(
            english, user=None, publish=True, fallback=True
        )
    assert created
    assert translation.locale == english
    assert list(translation.themes.values_list("slug", flat=True)) == ["gezonde-basis"]
    assert list(translation.regions.values_list("code", flat=True)) == ["GM0599"]
    translation.refresh_from_db()
    response = client.get(translation.url)
    assert response.status_code == 200
    assert "Healthy basis" in response.text
