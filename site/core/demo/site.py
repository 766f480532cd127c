"""The site itself: home pages, the about page, site settings, the admin account."""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site as DjangoSite
from wagtail.models import Locale, Page, Site

from core.models import HomePage, SiteSettings, StandardPage

from .pages import add_child, load_data, publish, translate

DATA = "core.demo"


def build_home(log):
    """The Dutch home page as the site's root, replacing Wagtail's placeholder page."""
    fields = load_data(DATA, "site")["home"]
    fields.pop("en")
    locale_nl = Locale.objects.get(language_code="nl")
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locale_nl).first()
    if home is None:
        home = HomePage(**fields)
        placeholder = (
            root.get_children().filter(slug="home").exclude(content_type__model="homepage").first()
        )
        if placeholder is not None:
            # Wagtail's migration makes a "Welcome" page with our slug; free the slug first.
            placeholder.slug = "wagtail-welcome"
            placeholder.save()
        root.add_child(instance=home)
        publish(home)
        log("Startpagina aangemaakt")
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.site_name = "127.0.0.1", 8000, settings.WAGTAIL_SITE_NAME
    site.root_page = home
    site.save()
    for page in root.get_children().filter(slug="wagtail-welcome"):
        page.delete()
    return home


def configure_sites():
    """Django's Sites framework names the domain in account e-mails."""
    DjangoSite.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": "127.0.0.1:8000", "name": settings.WAGTAIL_SITE_NAME},
    )


def build_english_home(home_nl, locale_en):
    return translate(home_nl, locale_en, **load_data(DATA, "site")["home"]["en"])


def build_about(context):
    """The about page in both languages, linked from the home pages' join block and footer."""
    data = load_data(DATA, "site")["about"]
    english = data.pop("en")
    about_nl = add_child(context.home_nl, StandardPage(**data))
    about_en = translate(about_nl, context.locale_en, **english)
    for home, about in ((context.home_nl, about_nl), (context.home_en, about_en)):
        # Reload first: saving a stale page instance would overwrite the tree's child count.
        home.refresh_from_db()
        if home.join_link_page_id is None:
            home.join_link_page = about
            publish(home)
    build_site_settings(context.home_nl.get_site())


def build_site_settings(site):
    site_settings = SiteSettings.for_site(site)
    if site_settings.footer_text:
        return
    footer = load_data(DATA, "site")["footer"]
    site_settings.footer_text = footer["text"]
    site_settings.footer_text_en = footer["en"]["text"]
    links = []
    for link in footer["links"]:
        page = Page.objects.filter(slug=link["page"], locale__language_code="nl").first()
        if page is not None:
            links.append(
                ("link", {"label": link["label"], "label_en": link["label_en"], "page": page})
            )
    site_settings.footer_links = links
    site_settings.contact_email = footer["contact_email"]
    site_settings.save()


def ensure_admin(username, password, log):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username, defaults={"email": f"{username}@leercommunity.example"}
    )
    if created or not user.check_password(password) or not user.is_superuser:
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        log(f"Beheerder '{username}' ingesteld")
    return user


def feature_pages_on_home(context):
    """Once the other apps have added their pages: the home page features a few of them.

    The page types are named in the data file (app_label.Model), so core imports no app.
    """
    sections = load_data(DATA, "site")["featured"]
    for home in (context.home_nl, context.home_en):
        home.refresh_from_db()
        if home.sections:
            continue
        english = home.locale.language_code == "en"
        blocks = []
        for section in sections:
            text = section["en"] if english else section
            model = apps.get_model(section["model"])
            pages = list(model.objects.live().filter(locale=home.locale).order_by("pk")[:3])
            if pages:
                value = {"title": text["title"], "intro": text["intro"], "pages": pages}
                blocks.append(("featured_pages", value))
        home.sections = blocks
        publish(home)
    context.log("Startpagina: uitgelichte pagina's")
