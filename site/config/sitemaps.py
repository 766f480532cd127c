"""The sitemap: every language's pages, each with hreflang alternates to its translations.

Wagtail's own sitemap lists the descendants of the site's root page only, which is the Dutch
home page; the English home page is its sibling, so English pages were missing. Every address
is on the site's public address (settings.SITE_URL), not the host that asked.
"""

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.navigation import absolute_url


class LocalizedSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_root = Q(pk__in=[])
        for root in roots:
            under_a_root |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(under_a_root, alias_of__isnull=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        keys = {item.translation_key for item in pages}
        versions = {}
        for item in (
            Page.objects.filter(translation_key__in=keys, alias_of__isnull=True)
            .live()
            .public()
            .select_related("locale")
        ):
            url = item.get_url(self.request)
            if url:
                url = absolute_url(url)
                versions.setdefault(item.translation_key, []).append(
                    (item.locale.language_code, url)
                )
        urls, last_mods = [], set()
        for item in pages:
            alternates = [
                {"lang_code": code, "location": url}
                for code, url in sorted(versions.get(item.translation_key, []))
            ]
            default = [a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE]
            if len(alternates) > 1 and default:
                alternates.append({"lang_code": "x-default", "location": default[0]["location"]})
            for url_info in item.get_sitemap_urls(self.request):
                url_info = {**url_info, "location": absolute_url(url_info["location"])}
                if len(alternates) > 1:
                    url_info = {**url_info, "alternates": alternates}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
