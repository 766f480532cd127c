import pytest
from wagtail.models import Page, Revision

from core.demo import build_demo
from core.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "slug", "live")),
        "revisions": Revision.objects.count(),
    }


def test_demo_builds_a_bilingual_site(client):
    build_demo(log=lambda line: None)
    assert HomePage.objects.count() == 2
    assert StandardPage.objects.filter(slug="over-de-alliantie", live=True).exists()
    assert client.get("/", HTTP_HOST="127.0.0.1:8000").status_code == 200
    english = client.get("/en/about-the-alliance/", HTTP_HOST="127.0.0.1:8000")
    assert english.status_code == 200
    assert "Three programmes" in english.text


def test_demo_twice_changes_nothing(django_user_model):
    build_demo(log=lambda line: None, admin_username="admin", admin_password="een-lang-wachtwoord")
    before = snapshot()
    password_hash = django_user_model.objects.get(username="admin").password
    build_demo(log=lambda line: None, admin_username="admin", admin_password="een-lang-wachtwoord")
    assert snapshot() == before
    assert django_user_model.objects.get(username="admin").password == password_hash


def test_every_demo_page_is_in_english_with_images_in_its_language(client):
    """Offers, providers, schemes, best practices, stories and their updates: all translated;
    their illustrations and monograms are Wagtail images with renditions and alt text in the
    page's language."""
    from wagtail.models import Locale

    build_demo(log=lambda line: None)
    nl, en = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")
    dutch = Page.objects.live().filter(locale=nl, depth__gt=1)
    untranslated = [page.url_path for page in dutch if page.get_translation_or_none(en) is None]
    assert untranslated == []
    assert dutch.count() > 80
    english = client.get("/en/offers/", HTTP_HOST="127.0.0.1:8000")
    assert english.status_code == 200

    from bestpractices.models import BestPracticePage
    from offers.models import OfferPage, ProviderPage

    for page in OfferPage.objects.live().select_related("social_image", "locale"):
        image = page.social_image
        assert image is not None and image.renditions.exists(), page
        english_alt = page.locale.language_code == "en"
        assert image.title.startswith("Illustration" if english_alt else "Illustratie"), page
    for page in ProviderPage.objects.live().select_related("logo", "locale"):
        assert page.logo is not None and page.logo.renditions.exists(), page
    best_practice = BestPracticePage.objects.get(locale=en, slug="sbb-the-hague")
    html = client.get(best_practice.url, HTTP_HOST="127.0.0.1:8000").text
    alt = best_practice.social_image.description
    assert alt and f'alt="{alt}"' in html
    assert 'lang="en"' in html
