"""Factories of members and schools, for the tests of every app."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from schools.models import Profile, School


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.Sequence(lambda n: f"member{n}@example.org")
    password = factory.django.Password("een-goed-wachtwoord-42")


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"Lid Nummer {n}")
    role = Profile.Role.TEACHER


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = School

    vestiging = factory.Sequence(lambda n: f"{n:04d}00")
    brin = factory.Sequence(lambda n: f"{n:04d}")
    name = factory.Sequence(lambda n: f"Basisschool De Linde {n}")
    place = "ROTTERDAM"


def member(verified=True, **profile_fields):
    """A user with a profile and (by default) a confirmed e-mail address."""
    profile = ProfileFactory(**profile_fields)
    user = profile.user
    EmailAddress.objects.create(user=user, email=user.email, verified=verified, primary=True)
    return user
