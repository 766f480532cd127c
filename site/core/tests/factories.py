import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from core.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Samen werken aan goed onderwijs"
    slug = "home"
    intro = "<p>Welkom bij de Leercommunity.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "Een korte inleiding."

    class Meta:
        model = StandardPage


def translate_page(page, locale, **fields):
    """Create and publish the translation of `page` in `locale` with the given fields."""
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def build_home_pages():
    nl = Locale.objects.get(language_code="nl")
    en = Locale.objects.get(language_code="en")
    root = Page.get_first_root_node()
    # Wagtail's migration leaves a placeholder page with slug "home"; it is not ours.
    root.get_children().delete()
    root.refresh_from_db()
    home_nl = HomePageFactory(parent=root, locale=nl)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home_nl, is_default_site=True)
    home_en = translate_page(
        home_nl, en, title="Working together on good education", slug="home-en"
    )
    home_nl.refresh_from_db()
    return home_nl, home_en


def dutch_home_page():
    """The Dutch home page, the site's root; built with its English translation when missing."""
    return HomePage.objects.filter(locale__language_code="nl").first() or build_home_pages()[0]


def home_page_parent():
    """A default `parent` for a listing page's factory: the Dutch home page."""
    return factory.LazyFunction(dutch_home_page)


def shared_parent(index_factory):
    """A default `parent` for a factory of pages that live under a listing page: the Dutch
    listing of that type, made (under the home page) the first time. A listing exists once per
    home page, so every child a test makes without naming a parent shares it."""

    def index():
        model = index_factory._meta.model
        return model.objects.filter(locale__language_code="nl").first() or index_factory()

    return factory.LazyFunction(index)
