"""The standard pages every Dutch public site has: privacy statement, accessibility statement
(after the government's model statement), colofon and contact, cookie statement. Dutch and
English side by side in data/standard_pages.json; linked in the footer, and the privacy
statement from the sign-up consent (SiteSettings.privacy_page)."""

from core.models import SiteSettings, StandardPage

from .pages import add_child, load_data, translate

DATA = "core.demo"


def build_standard_pages(context):
    site_settings = SiteSettings.for_site(context.home_nl.get_site())
    links = list(site_settings.footer_links.raw_data)
    linked = {link["value"].get("page") for link in links}
    for entry in load_data(DATA, "standard_pages")["pages"]:
        page_nl = add_child(context.home_nl, StandardPage(show_in_menus=False, **entry["nl"]))
        translate(page_nl, context.locale_en, **entry["en"])
        if entry["role"] == "privacy" and site_settings.privacy_page_id is None:
            site_settings.privacy_page = page_nl
        if page_nl.pk not in linked:
            links.append(
                {
                    "type": "link",
                    "value": {
                        "label": entry["footer_label"],
                        "label_en": entry["footer_label_en"],
                        "page": page_nl.pk,
                        "url": "",
                    },
                }
            )
    site_settings.footer_links = links
    site_settings.save()
    context.log("Standaardpagina's: privacy, toegankelijkheid, colofon, cookies")
