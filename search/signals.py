"""Index updates on content changes, inside the transaction of the change."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import Region

from .indexing import index_instance, remove_instance
from .labels import labels_changed
from .models import Synonym
from .sources import clear_reach_cache, source_for


def _page_changed(sender, instance, **kwargs):
    index_instance(instance.specific)
    _translations_changed(instance)


def _translations_changed(page):
    # Whether a page has a live translation decides the languages its source is found in
    # (see adapters.document_language).
    for translation in page.get_translations().specific():
        if source_for(translation) is not None:
            index_instance(translation)


def _page_moved(sender, instance, **kwargs):
    # A move changes the URL of the page and of everything below it.
    for page in instance.get_descendants(inclusive=True).specific():
        if source_for(page) is not None:
            index_instance(page)


def _restriction_changed(sender, instance, **kwargs):
    # A login or password restriction covers the page and everything below it: they leave the
    # search now (and come back when it is lifted), not at their next publish.
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _page_moved(sender, page)


def _synonyms_changed(sender, **kwargs):
    labels_changed()


def _saved(sender, instance, **kwargs):
    # Pages are indexed when published, not on every draft save.
    if not isinstance(instance, Page) and source_for(instance) is not None:
        index_instance(instance)


def _deleted(sender, instance, **kwargs):
    remove_instance(instance)
    if isinstance(instance, Page):
        _translations_changed(instance)


def connect():
    # Synonyms are read with the labels' version: a change is seen by the next search.
    for signal in (post_save, post_delete):
        signal.connect(_synonyms_changed, sender=Synonym, dispatch_uid=f"search_synonym_{signal}")
    # Membership of regions changes the reach rule's expansion.
    post_save.connect(clear_reach_cache, sender=Region, dispatch_uid="search_region_saved")
    m2m_changed.connect(
        clear_reach_cache, sender=Region.municipalities.through, dispatch_uid="search_region_m2m"
    )
    page_published.connect(_page_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(_page_changed, dispatch_uid="search_page_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="search_page_moved")
    post_delete.connect(_deleted, dispatch_uid="search_deleted")
    post_save.connect(_saved, dispatch_uid="search_saved")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search_restriction_{signal}",
        )
