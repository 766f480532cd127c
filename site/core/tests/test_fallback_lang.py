"""An English page whose text is still the Dutch source's (a translation published with
untranslated segments) marks that text lang="nl"; translated text is not marked."""

import pytest
from wagtail.models import Locale

from core.models import StandardPage

pytestmark = pytest.mark.django_db


def test_untranslated_body_under_an_english_title_is_marked_dutch(client, home_pages):
    home_nl, _home_en = home_pages
    dutch = StandardPage(
        title="Over ons",
        slug="over-ons",
        intro="Wij zijn een alliantie.",
        body=[{"type": "paragraph", "value": "<p>Een Nederlandse tekst.</p>"}],
    )
    home_nl.add_child(instance=dutch)
    dutch.save_revision().publish()
    english = dutch.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title, english.slug = "About us", "about-us"
    english.intro = "We are an alliance."  # translated; the body is not
    english.save_revision().publish()

    html = client.get("/en/about-us/").text
    assert '<div class="stream" lang="nl">' in html
    assert '<p class="lead">We are an alliance.</p>' in html

    dutch_html = client.get("/over-ons/").text
    assert 'lang="nl">' not in dutch_html.split("<main", 1)[1]
