"""Purges of the page cache for what Wagtail and the site's own settings change.

Content apps purge for their own models (reviews, replies) through `core.pagecache.purge`.
Listings (catalogue, best practices, calendar, search) show many pages, so a publish purges
the "site" tag rather than one page. A CDN or Varnish configured in WAGTAILFRONTENDCACHE gets
Wagtail's own purge of the page, and here also of the pages that list it (its ancestors).
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import pagecache


def _purge_site(**kwargs):
    pagecache.purge(pagecache.SITE)


def _purge_listing_pages(page):
    """Ancestors of `page` (its index page, the home page) from a front-end cache."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

    ancestors = list(page.get_ancestors().live().specific().filter(depth__gt=1))
    transaction.on_commit(lambda: purge_pages_from_cache(ancestors))


def code_changed(**kwargs):
    pagecache.purge(pagecache.SITE, pagecache.DISCUSSIONS)


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    _purge_site()
    _purge_listing_pages(instance)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    _purge_site()
    _purge_listing_pages(instance)


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _purge_site()


# Taxonomy labels and the footer settings appear on every page.
@receiver(post_save)
@receiver(post_delete)
def core_content_changed(sender, created=False, **kwargs):
    if sender._meta.app_label != "core" or issubclass(sender, Page):
        return
    # The first view of a site creates its (empty) settings row: nothing shown changes.
    if created and issubclass(sender, BaseSiteSetting):
        return
    _purge_site()
