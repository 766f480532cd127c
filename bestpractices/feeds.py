"""An RSS feed of new best practices and Ontwikkelplek updates, in the visitor's language."""

from django.contrib.syndication.views import Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from core.navigation import home_page_for
from core.text import without_control_characters

from .models import BestPracticePage, StoryUpdatePage

FEED_SIZE = 20


class NewContentFeed(Feed):
    title = _("Leercommunity & Ontwikkelplaats: nieuwe goede voorbeelden en verhalen")
    description = _("Nieuwe goede voorbeelden en nieuws van de Ontwikkelplekken van de Toekomst.")

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return home_page_for(request)

    def link(self, home):
        return home.get_url(self.request) if home else "/"

    def items(self, home):
        pages = (
            Page.objects.live()
            .public()
            .type(BestPracticePage, StoryUpdatePage)
            .filter(locale=Locale.get_active(), alias_of__isnull=True)
        )
        if home is not None:
            pages = pages.descendant_of(home)
        return pages.order_by("-first_published_at", "-pk").specific()[:FEED_SIZE]

    # XML cannot carry control characters; editors paste them from word processors.
    def item_title(self, item):
        return without_control_characters(item.title)

    def item_description(self, item):
        text = item.summary or getattr(item, "goal", "") or getattr(item, "intro", "")
        return without_control_characters(str(text))

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        if isinstance(item, StoryUpdatePage):
            return [str(_("Nieuws van een Ontwikkelplek"))]
        return [str(_("Goed voorbeeld"))]
