"""The abstract page every page type of the site extends."""

from functools import partial

from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import localcache, pagecache
from core.locales import active_locale, default_locale
from core.slugs import own_slug

# How long a page found by its path or as a translation is kept in the shared cache (a purge
# ends it sooner).
KEPT_PAGE_SECONDS = 3600


class BasePage(Page):
    """SEO and sharing fields, plus the search and translation fields all pages share."""

    # Whether the site search finds pages of this type. A page type that keeps True needs a
    # search document in its app's search_documents.py; a system check (search.checks) says so.
    site_search = True

    listing_summary = models.TextField(
        _("samenvatting voor overzichten"),
        blank=True,
        max_length=300,
        help_text=_("Eén of twee zinnen die in overzichten en zoekresultaten verschijnen."),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding voor delen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Verschijnt als voorbeeld wanneer de pagina wordt gedeeld."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("listing_summary"),
        index.SearchField("search_description"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("listing_summary"),
        SynchronizedField("social_image"),
    ]

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("social_image")],
            heading=_("Overzichten en delen"),
        ),
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        slug = own_slug(self, default_locale())
        if slug is not None:
            self.slug = slug
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "slug", "url_path"}
        return super().save(*args, **kwargs)

    @property
    def localized(self):
        """Wagtail's `localized`, with the active locale from memory (core.locales) rather
        than a query: routing asks for it on every page view."""
        try:
            locale = active_locale()
        except (LookupError, Locale.DoesNotExist):
            return self
        if locale.pk == self.locale_id or self.pk is None:
            return self
        # Kept like a routed page (below): routing asks for the home page's on every view.
        translation = localcache.remember_pickled(
            f"localized:{pagecache.site_version()}:{self.pk}:{locale.pk}",
            partial(self._live_translation, locale),
            timeout=KEPT_PAGE_SECONDS,
        )
        return translation if translation is not None else self

    def _live_translation(self, locale):
        translation = self.get_translation_or_none(locale)
        return translation if translation is not None and translation.live else None

    def get_view_restrictions(self):
        """Wagtail checks the restrictions of the page and its ancestors on every view (two
        queries). Most sites have none: whether any exists is kept in the cache under the
        page-tree version, which a restriction's save or deletion bumps (see below)."""
        exists = localcache.remember(
            f"view-restrictions-exist:{pagecache.site_version()}",
            PageViewRestriction.objects.exists,
        )
        if not exists:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def route(self, request, path_components):
        """The page at the end of the path, as Wagtail's routing finds it (intermediate pages
        need not be live, the page found must be; no page type of this site routes its own
        sub-paths), kept pickled under the page tree's version (`KEPT_PAGE_SECONDS`): a publish,
        move, unpublish or deletion purges the "site" tag, so a kept page is never older than
        what visitors may see. Finding it anew costs two queries (its row, then its type's)."""
        if not path_components:
            return super().route(request, path_components)
        url_path = self.url_path + "/".join(path_components) + "/"
        page = localcache.remember_pickled(
            f"route:{pagecache.site_version()}:{self.pk}:{url_path}",
            lambda: self._find_descendant(url_path, len(path_components)),
            timeout=KEPT_PAGE_SECONDS,
        )
        if page is None:  # not kept: any path can be asked for, and a miss is one query
            raise Http404
        return page.route(request, [])

    def _find_descendant(self, url_path, levels):
        found = (
            Page.objects.filter(
                path__startswith=self.path, depth=self.depth + levels, url_path=url_path
            )
            .only("pk", "content_type_id")
            .first()
        )
        return found.specific if found is not None else None

    @property
    def summary(self):
        """The text to show in listings and meta descriptions."""
        return self.listing_summary or self.search_description


class IndexPage(BasePage):
    """A listing under the home page, once per language: an introduction, then its children
    (through the site search or a list). Subclasses declare `intro` (plain or rich text),
    `subpage_types` and what the listing shows."""

    # A listing shows the search; it is not a result of it (see search.checks).
    site_search = False

    parent_page_types = ["core.HomePage"]
    max_count_per_parent = 1

    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]
    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    class Meta:
        abstract = True


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def view_restrictions_changed(**kwargs):
    """View restrictions and sites are read from the cache (above, core.pagecache)."""
    pagecache.purge(pagecache.SITE)
