"""The index follows the content: publish, unpublish, move, delete, translate, discussions."""

import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.http import QueryDict
from django.utils import timezone
from wagtail.models import Locale

from offers.tests.factories import OfferPageFactory, ProviderPageFactory
from search import service
from search.engines.database import DatabaseEngine
from search.indexing import all_documents
from search.models import IndexOutbox, SearchEntry, SearchFacet
from search.query import SearchQuery
from search.sources import SIGNAL_FIELDS

pytestmark = pytest.mark.django_db


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def entry(page):
    return SearchEntry.objects.filter(key=f"page:{page.pk}").first()


def test_publishing_an_offer_indexes_it_with_its_facets(catalogue):
    offer = published(OfferPageFactory(parent=catalogue["provider"], title="Robotles"))
    indexed = entry(offer)
    # Not translated yet: found in every language, as the English catalogue lists it.
    assert indexed.kind == "offer" and indexed.title == "Robotles" and indexed.language == ""
    facets = set(indexed.facets.values_list("name", "value"))
    assert {("theme", "verrijkte-schooldag"), ("target_group", "groep-5-6")} <= facets
    assert ("funding", "free") in facets and indexed.is_national


def test_unpublishing_and_deleting_remove_the_entry(catalogue):
    offer = published(OfferPageFactory(parent=catalogue["provider"]))
    offer.unpublish()
    assert entry(offer) is None
    offer = published(OfferPageFactory(parent=catalogue["provider"]))
    key = f"page:{offer.pk}"
    offer.delete()
    assert not SearchEntry.objects.filter(key=key).exists()


def test_moving_a_provider_updates_the_urls_of_its_offers(catalogue):
    offer = published(OfferPageFactory(parent=catalogue["provider"], slug="robotles"))
    other = ProviderPageFactory(parent=catalogue["index"], title="Ander", slug="ander")
    offer.move(other, pos="last-child")
    assert entry(offer).url.endswith("/ander/robotles/")


def test_a_published_translation_gets_its_own_english_entry(catalogue):
    english_locale = Locale.objects.get(language_code="en")
    offer = published(OfferPageFactory(parent=catalogue["provider"], title="Robotles"))
    published(catalogue["provider"].copy_for_translation(english_locale, copy_parents=True))
    english = offer.copy_for_translation(english_locale)
    english.title = "Robot lesson"
    published(english)
    assert entry(english).language == "en" and entry(english).title == "Robot lesson"
    # The Dutch page is now found in Dutch only ...
    assert entry(offer).language == "nl"
    # ... until the translation goes offline.
    english.unpublish()
    assert entry(english) is None and entry(offer).language == ""


def test_changes_wait_in_the_outbox_when_elasticsearch_is_configured(catalogue, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    offer = published(OfferPageFactory(parent=catalogue["provider"]))
    assert IndexOutbox.objects.filter(key=f"page:{offer.pk}").count() == 1


def test_discussions_are_indexed_for_every_language(taxonomy, django_user_model):
    from community.models import Discussion
    from core.models import Theme

    theme = Theme.objects.get(slug="lerarentekort", locale__language_code="nl")
    discussion = Discussion.objects.create(
        title="Wie heeft ervaring met zij-instromers?", body="Graag tips.", theme=theme
    )
    indexed = SearchEntry.objects.get(key=f"discussion:{discussion.pk}")
    assert indexed.language == "" and indexed.kind == "discussion"
    discussion.is_removed = True
    discussion.save()
    assert not SearchEntry.objects.filter(key=f"discussion:{discussion.pk}").exists()


def test_rebuild_matches_the_database(catalogue):
    offers = [published(OfferPageFactory(parent=catalogue["provider"])) for _ in range(3)]
    SearchEntry.objects.all().delete()
    SearchEntry.objects.create(key="page:999999", language="nl", kind="offer", title="Weg", url="/")
    assert all_documents() == 3
    assert set(SearchEntry.objects.values_list("key", flat=True)) == {
        f"page:{o.pk}" for o in offers
    }


def index_rows():
    entries = {
        entry["key"]: entry
        for entry in SearchEntry.objects.values("key", *(f for f in SIGNAL_FIELDS), "keywords")
    }
    facets = set(SearchFacet.objects.values_list("entry__key", "name", "value", "label"))
    return entries, facets


def test_a_rebuild_writes_what_indexing_each_change_writes(catalogue):
    """The rebuild prepares and writes a chunk at a time; the entries and facet rows are the
    ones the signal handlers write for each page."""
    from wagtail.models import PageViewRestriction

    from core.models import Region
    from offers.models import OfferSession
    from offers.tests.factories import FundingSchemePageFactory

    english_locale = Locale.objects.get(language_code="en")
    scheme = published(FundingSchemePageFactory(parent=catalogue["funding"]))
    local = OfferPageFactory(parent=catalogue["provider"], title="Schooltuin")
    local.regions.set([Region.objects.get(code="GM1979")])
    local.reach = "local"
    local.funding_schemes.set([scheme])
    local.sessions.add(OfferSession(start=timezone.now(), end=timezone.now() + timedelta(hours=2)))
    published(local)
    translated = published(OfferPageFactory(parent=catalogue["provider"], title="Robotles"))
    published(catalogue["provider"].copy_for_translation(english_locale, copy_parents=True))
    published(translated.copy_for_translation(english_locale))
    hidden = published(OfferPageFactory(parent=catalogue["provider"], title="Besloten"))
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    hidden.save_revision().publish()  # indexed again, now restricted: no entry
    indexed = index_rows()
    assert "Besloten" not in {entry["title"] for entry in indexed[0].values()}
    assert indexed[0][f"page:{local.pk}"]["has_dates"]
    assert all_documents() == len(indexed[0])
    assert index_rows() == indexed


def run_command(*args):
    """As from the shell: system checks included."""
    out = io.StringIO()
    call_command("search_index", *args, stdout=out, skip_checks=False)
    return out.getvalue()


def test_rebuild_command_reports_progress_and_counts(catalogue):
    published(OfferPageFactory(parent=catalogue["provider"], title="Robotles"))
    SearchEntry.objects.all().delete()
    output = run_command("rebuild")
    assert "Database-index: 1/1 (100%)" in output
    assert "Database-index: 1 items" in output
    # Full text too: the rebuild fills Wagtail's index in chunks, not on each save.
    query = SearchQuery.from_params(QueryDict("q=robotles"), "nl")
    response = service.search(query, engine=DatabaseEngine())
    assert [hit.title for hit in response.hits] == ["Robotles"]


def test_check_command_without_elasticsearch_says_so(settings):
    settings.ELASTICSEARCH_URL = ""
    with pytest.raises(CommandError, match="ELASTICSEARCH_URL"):
        run_command("check")


def test_lazy_labels_are_written_in_the_entrys_language():
    """An English entry's funding label is 'Free' whatever language is active when it is
    written (it was stored as 'Gratis', so 'free' found nothing in English)."""
    from types import SimpleNamespace

    from django.utils import translation
    from django.utils.translation import gettext_lazy

    from search.indexing import build_document
    from search.sources import SearchDocument

    source = SimpleNamespace(
        document=lambda instance: SearchDocument(
            language="en",
            kind="offer",
            title="Harbour trip",
            url="/en/harbour/",
            facets=[("funding", "free", gettext_lazy("Gratis"))],
        )
    )
    english = SimpleNamespace(locale=SimpleNamespace(language_code="en"))
    document = build_document(source, english)
    with translation.override("nl"):
        assert [label for _name, _value, label in document.facets] == ["Free"]


def test_an_english_offer_is_indexed_with_english_kerndoel_labels(catalogue):
    from core.models import CurriculumGoal

    english_locale = Locale.objects.get(language_code="en")
    offer = OfferPageFactory(parent=catalogue["provider"], title="Robotles")
    offer.curriculum_goals.set(CurriculumGoal.objects.filter(locale__language_code="nl", number=44))
    published(offer)
    published(catalogue["provider"].copy_for_translation(english_locale, copy_parents=True))
    english = published(offer.copy_for_translation(english_locale))
    label = entry(english).facets.get(name="goal").label
    dutch_label = entry(offer).facets.get(name="goal").label
    assert label.startswith("Curriculum goal 44: ") and dutch_label.startswith("Kerndoel 44: ")
    assert label.removeprefix("Curriculum goal 44: ") != dutch_label.removeprefix("Kerndoel 44: ")
