import datetime

import factory
import wagtail_factories

from bestpractices.models import (
    BestPracticeIndexPage,
    BestPracticePage,
    OntwikkelplekIndexPage,
    OntwikkelplekPage,
    StoryUpdatePage,
)
from core.models import Region, Theme
from core.tests.factories import home_page_parent, shared_parent


class BestPracticeIndexPageFactory(wagtail_factories.PageFactory):
    parent = home_page_parent()
    title = "Goede voorbeelden"
    slug = "goede-voorbeelden"

    class Meta:
        model = BestPracticeIndexPage


class BestPracticePageFactory(wagtail_factories.PageFactory):
    parent = shared_parent(BestPracticeIndexPageFactory)
    title = factory.Sequence(lambda n: f"Goed voorbeeld {n}")
    organisation_name = factory.Sequence(lambda n: f"Organisatie {n}")
    organisation_kind = "civil-society"
    goal = "Kinderen meer kansen geven."

    class Meta:
        model = BestPracticePage
        skip_postgeneration_save = True

    @factory.post_generation
    def theme_slugs(obj, create, extracted, **kwargs):
        if extracted:
            obj.themes.set(Theme.objects.filter(locale=obj.locale, slug__in=extracted))
            obj.save()

    @factory.post_generation
    def region_codes(obj, create, extracted, **kwargs):
        if extracted:
            obj.regions.set(Region.objects.filter(code__in=extracted))
            obj.save()

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        """A live page is published as an editor would publish it, which indexes it."""
        if create and obj.live:
            obj.save_revision().publish()


class OntwikkelplekIndexPageFactory(wagtail_factories.PageFactory):
    parent = home_page_parent()
    title = "Ontwikkelplekken"
    slug = "ontwikkelplekken"

    class Meta:
        model = OntwikkelplekIndexPage


class OntwikkelplekPageFactory(wagtail_factories.PageFactory):
    parent = shared_parent(OntwikkelplekIndexPageFactory)
    title = factory.Sequence(lambda n: f"Ontwikkelplek {n}")
    initiator = "Een basisschool"
    municipality = factory.LazyFunction(lambda: Region.objects.get(code="GM0599"))

    class Meta:
        model = OntwikkelplekPage

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        """A live page is published as an editor would publish it, which indexes it."""
        if create and obj.live:
            obj.save_revision().publish()


class StoryUpdatePageFactory(wagtail_factories.PageFactory):
    parent = factory.SubFactory(OntwikkelplekPageFactory)
    title = factory.Sequence(lambda n: f"Nieuws {n}")
    date = datetime.date(2024, 5, 1)
    intro = "Er is iets gebeurd."

    class Meta:
        model = StoryUpdatePage
