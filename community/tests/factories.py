"""Factories for community tests."""

import factory

from community.models import Discussion

# Members and schools belong to the schools app; community's tests keep importing them here.
from schools.tests.factories import (  # noqa: F401
    ProfileFactory,
    SchoolFactory,
    UserFactory,
    member,
)


def theme(slug="lerarentekort"):
    from core.models import Theme

    return Theme.objects.get(slug=slug, locale__language_code="nl")


class DiscussionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Discussion

    title = factory.Sequence(lambda n: f"Discussie {n}")
    body = "Wie heeft hier ervaring mee?"
    theme = factory.LazyFunction(theme)
    author = factory.LazyFunction(lambda: member())
