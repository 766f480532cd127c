"""Demo content: a site a newcomer can click through.

Every step is idempotent: pages are found by slug under their parent and left alone when they
exist, so running the command twice changes nothing. Later apps add their own steps with the
Wagtail hook `register_demo_content`; each step receives the DemoContext below.
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site as DjangoSite
from wagtail import hooks
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from core.models import HomePage, SiteSettings, StandardPage
from core.taxonomy_loader import load_taxonomy


@dataclass
class DemoContext:
    home_nl: HomePage
    home_en: HomePage
    locale_nl: Locale
    locale_en: Locale
    log: Any  # a callable that prints one line of progress


def publish(page):
    page.save_revision().publish()
    return page


def add_child(parent, page):
    """Add `page` under `parent` unless a child with its slug exists; return the page kept."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific
    parent.add_child(instance=page)
    return publish(page)


def translate(page, locale, **fields):
    """The translation of `page` in `locale`, created with `fields` when it does not exist."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale)  # saved as a draft
    for name, value in fields.items():
        setattr(translation, name, value)
    return publish(translation)


HOME_NL = {
    "title": "Samen werken aan goed onderwijs voor ieder kind",
    "slug": "home",
    "intro": RichText(
        "<p>Op de Leercommunity &amp; Ontwikkelplaats vinden basisscholen, partners en "
        "financiers elkaar. Lees wat al werkt, zoek aanbod dat in uw lesprogramma past en "
        "praat mee met collega's uit het hele land.</p>"
    ),
    "listing_summary": "Kennis, aanbod en gesprek voor basisscholen en hun partners.",
    "join_title": "Doe mee met de Leercommunity",
    "join_text": (
        "Deel wat u geleerd heeft, stel een vraag aan collega's en beoordeel het aanbod dat "
        "uw school heeft gebruikt. Zo komt bovenaan te staan wat echt werkt."
    ),
    "join_link_text": "Lees hoe het werkt",
}

HOME_EN = {
    "title": "Working together on good education for every child",
    # Slugs are unique among siblings across locales; the home page's slug is not in any URL.
    "slug": "home-en",
    "intro": RichText(
        "<p>Leercommunity &amp; Ontwikkelplaats is where primary schools, partners and funders "
        "meet. Read what already works, find offers that fit your curriculum and talk with "
        "colleagues from across the country.</p>"
    ),
    "listing_summary": "Knowledge, offers and conversation for primary schools and partners.",
    "join_title": "Join the learning community",
    "join_text": (
        "Share what you have learned, ask colleagues a question and review the offers your "
        "school has used, so that what really works rises to the top."
    ),
    "join_link_text": "See how it works",
}

ABOUT_NL = {
    "title": "Over de alliantie",
    "slug": "over-de-alliantie",
    "show_in_menus": True,
    "listing_summary": "Wie wij zijn en waarom publieke en private partners samen optrekken.",
    "intro": (
        "Goed onderwijs voor ieder kind is een opgave voor de hele samenleving. Scholen kunnen "
        "die niet alleen dragen; daarom brengen wij publieke en private partners bij elkaar."
    ),
    "body": [
        ("heading", {"text": "Drie programma's", "level": "h2"}),
        (
            "paragraph",
            RichText(
                "<p>De alliantie werkt langs drie lijnen. Op de <b>Ontwikkelplekken van de "
                "Toekomst</b> in Rotterdam, Amsterdam, Sittard-Geleen en Groningen proberen "
                "scholen met hun partners uit hoe het onderwijs van morgen eruitziet. In de "
                "<b>Leercommunity</b> delen scholen en partners kennis en ervaring. En wat de "
                "praktijk aan knelpunten in het systeem laat zien, brengen we onder de aandacht "
                "van gemeenten en het ministerie.</p>"
            ),
        ),
        ("heading", {"text": "Drie speerpunten", "level": "h2"}),
        (
            "paragraph",
            RichText(
                "<ul><li>de verrijkte schooldag, met kunst, cultuur, sport, natuur en techniek;"
                "</li><li>een gezonde basis voor ieder kind;</li><li>samenwerking met de wijk "
                "rond de school.</li></ul>"
            ),
        ),
        (
            "quote",
            {
                "quote": "Niet stapelen maar vervangen: wat een partner aanbiedt, past in de "
                "lessen die de school toch al geeft.",
                "attribution": "Uitgangspunt van de Ontwikkelplaats",
            },
        ),
    ],
}

ABOUT_EN = {
    "title": "About the alliance",
    "slug": "about-the-alliance",
    "listing_summary": "Who we are and why public and private partners work together.",
    "intro": (
        "Good education for every child is a task for society as a whole. Schools cannot carry "
        "it alone, so we bring public and private partners together."
    ),
    "body": [
        ("heading", {"text": "Three programmes", "level": "h2"}),
        (
            "paragraph",
            RichText(
                "<p>The alliance works along three lines. At the <b>Ontwikkelplekken van de "
                "Toekomst</b> in Rotterdam, Amsterdam, Sittard-Geleen and Groningen, schools and "
                "their partners try out the education of tomorrow. In the <b>learning "
                "community</b> schools and partners share knowledge and experience. And the "
                "bottlenecks practice reveals in the system are put on the agenda of "
                "municipalities and the ministry.</p>"
            ),
        ),
        ("heading", {"text": "Three spearheads", "level": "h2"}),
        (
            "paragraph",
            RichText(
                "<ul><li>the enriched school day, with art, culture, sport, nature and "
                "technology;</li><li>a healthy basis for every child;</li><li>cooperation with "
                "the neighbourhood around the school.</li></ul>"
            ),
        ),
        (
            "quote",
            {
                "quote": "Replace, don't stack: what a partner offers fits the lessons the "
                "school teaches anyway.",
                "attribution": "Principle of the Ontwikkelplaats",
            },
        ),
    ],
}


def build_home(log):
    """The Dutch home page as the site's root, replacing Wagtail's placeholder page."""
    locale_nl = Locale.objects.get(language_code="nl")
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locale_nl).first()
    if home is None:
        home = HomePage(**HOME_NL)
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


def build_site_settings(site, about_page):
    site_settings = SiteSettings.for_site(site)
    if site_settings.footer_text:
        return
    site_settings.footer_text = (
        "De Leercommunity & Ontwikkelplaats is een initiatief van een alliantie van scholen, "
        "maatschappelijke organisaties, bedrijven en overheden."
    )
    site_settings.footer_text_en = (
        "Leercommunity & Ontwikkelplaats is an initiative of an alliance of schools, "
        "civil-society organisations, companies and governments."
    )
    site_settings.footer_links = [
        (
            "link",
            {"label": "Over de alliantie", "label_en": "About the alliance", "page": about_page},
        )
    ]
    site_settings.contact_email = "contact@leercommunity.example"
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


def build_demo(log=print, admin_username=None, admin_password=None):
    log("Taxonomie laden")
    load_taxonomy()
    configure_sites()
    home_nl = build_home(log)
    locale_nl = home_nl.locale
    locale_en = Locale.objects.get(language_code="en")
    home_en = translate(home_nl, locale_en, **HOME_EN)

    about_nl = add_child(home_nl, StandardPage(**ABOUT_NL))
    translate(about_nl, locale_en, **ABOUT_EN)
    for home, about in ((home_nl, about_nl), (home_en, about_nl.get_translation(locale_en))):
        # Reload first: saving a stale page instance would overwrite the tree's child count.
        home.refresh_from_db()
        if home.join_link_page_id is None:
            home.join_link_page = about
            publish(home)
    build_site_settings(home_nl.get_site(), about_nl)
    if admin_username and admin_password:
        ensure_admin(admin_username, admin_password, log)

    context = DemoContext(home_nl, home_en, locale_nl, locale_en, log)
    for step in hooks.get_hooks("register_demo_content"):
        step(context)
    log("Demo-inhoud klaar")
    return context


@hooks.register("register_demo_content", order=900)
def feature_pages_on_home(context):
    """Once the other apps have added their pages: the home page features a few of them."""
    from bestpractices.models import BestPracticePage, OntwikkelplekPage
    from offers.models import OfferPage

    sections = {
        "nl": [
            (
                "Goede voorbeelden",
                "Initiatieven die al werken, en wat ze scholen brengen.",
                BestPracticePage,
            ),
            (
                "Ontwikkelplekken van de Toekomst",
                "Scholen die het onderwijs van morgen uitproberen.",
                OntwikkelplekPage,
            ),
            (
                "Nieuw in de Ontwikkelplaats",
                "Aanbod dat een deel van uw eigen lessen kan vervangen.",
                OfferPage,
            ),
        ],
        "en": [
            (
                "Best practices",
                "Initiatives that already work, and what they bring schools.",
                BestPracticePage,
            ),
            (
                "Ontwikkelplekken van de Toekomst",
                "Schools trying out the education of tomorrow.",
                OntwikkelplekPage,
            ),
            (
                "New in the Ontwikkelplaats",
                "Offers that can replace part of your own lessons.",
                OfferPage,
            ),
        ],
    }
    for home in (context.home_nl, context.home_en):
        home.refresh_from_db()
        if home.sections:
            continue
        blocks = []
        for title, intro, model in sections[home.locale.language_code]:
            pages = list(model.objects.live().filter(locale=home.locale).order_by("pk")[:3])
            if pages:
                blocks.append(("featured_pages", {"title": title, "intro": intro, "pages": pages}))
        home.sections = blocks
        publish(home)
    context.log("Startpagina: uitgelichte pagina's")
