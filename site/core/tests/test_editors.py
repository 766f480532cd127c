"""What editors meet in the admin: translations that wait for publication, Dutch labels."""

import pytest
from wagtail_localize.operations import translate_object

from .factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_vertaal_deze_pagina_makes_a_draft_that_no_visitor_sees(client, home_pages, locales):
    """wagtail-localize published the untranslated Dutch copy at /en/… at once."""
    home_nl, home_en = home_pages
    page = StandardPageFactory(parent=home_nl, title="Over ons", slug="over-ons")
    translate_object(page, [locales[1]])
    english = page.get_translation(locales[1])
    assert not english.live
    assert client.get("/en/over-ons/").status_code == 404


def test_the_admins_dutch_has_its_spaces_and_no_none():
    """Wagtail's Dutch read "1-2van 2None", wagtail-localize's "Vertaling van Over onsnaar …"."""
    from django.template import Context, Template
    from django.utils import translation

    with translation.override("nl"):
        html = Template(
            "{% load i18n %}{% blocktranslate trimmed with start_index=1 end_index=2 "
            "items_count=2 %}{{ start_index }}-{{ end_index }} of {{ items_count }} "
            "{{ model_name }}{% endblocktranslate %}"
        ).render(Context({"model_name": None}))
        assert html == "1-2 van 2"
        assert (
            translation.gettext("Translation of %(instance)s into %(locale)s")
            % {
                "instance": "Over ons",
                "locale": "English",
            }
            == "Vertaling van Over ons naar English"
        )


def test_the_moderation_button_names_the_workflow_in_dutch(db):
    """The submit button read "Stuur door naar Moderators approval"."""
    from wagtail.models import Workflow

    names = list(Workflow.objects.values_list("name", flat=True))
    assert "Moderators approval" not in names
    assert "Goedkeuring door de redactie" in names


def test_a_published_translation_takes_the_slug_of_its_own_title(client, home_pages, locales):
    """English pages lived at the Dutch slug (/en/best-practices/iedereen-een-meester-en/)."""
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_superuser("redactie", "r@example.org", "x-y-z-123")
    home_nl, _home_en = home_pages
    page = StandardPageFactory(parent=home_nl, title="Over ons", slug="over-ons")
    translate_object(page, [locales[1]])
    english = page.get_translation(locales[1]).specific
    english.title = "About us"
    english.save_revision(user=editor).publish(user=editor)
    english.refresh_from_db()
    assert english.slug == "about-us"
    assert client.get("/en/about-us/").status_code == 200

    english.title = "About the alliance"
    english.slug = "who-we-are"  # chosen by the editor: kept
    english.save_revision(user=editor).publish(user=editor)
    english.refresh_from_db()
    assert english.slug == "who-we-are"
