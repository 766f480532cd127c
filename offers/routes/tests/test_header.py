"""The header's "Mijn route" link: for the people of a route, not for other members."""

import pytest
from django.core.cache import cache
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def header_links(client, user):
    client.force_login(user)
    return client.get(reverse("community:my_profile")).content.decode()


@pytest.mark.parametrize("who", ["coordinator", "lead", "school_member"])
def test_the_people_of_a_route_find_it_in_the_header(client, route, who, request):
    page = header_links(client, request.getfixturevalue(who))
    assert f'href="{reverse("routes:workspace")}"' in page
    assert ">Mijn route</a>" in page


def test_a_member_without_a_route_has_no_such_link(client, route, stranger):
    page = header_links(client, stranger)
    assert reverse("routes:workspace") not in page
