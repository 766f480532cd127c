"""Numbers in request parameters are read in one place (core.numbers): superscript digits,
other digit-like characters and endless digit strings are no number, never a 500."""

import pytest

from core.numbers import parse_int

pytestmark = pytest.mark.django_db

HOSTILE = ["²", "¹²", "①", "9" * 5000, "-1", "1.5", " 3 "]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2", 2), (" 7 ", 7), ("²", None), ("٣", None), ("9" * 5000, None), ("", None), (None, None)],
)
def test_parse_int_takes_plain_ascii_numbers_only(value, expected):
    assert parse_int(value) == expected


def test_parse_int_keeps_to_its_bounds():
    assert parse_int("0", default=1, minimum=1) == 1
    assert parse_int("51", default=50, maximum=50) == 50
    assert parse_int("12", minimum=1, maximum=50) == 12


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_numbers_in_search_and_feeds_never_give_500(client, home_pages, value):
    for url in (
        "/zoeken/?pagina={v}",
        "/zoeken/?per_pagina={v}",
        "/zoeken/?waardering={v}",
        "/kalender.ics?pagina={v}&waardering={v}",
        "/kalender/?per_pagina={v}",
    ):
        response = client.get(url.format(v=value))
        assert response.status_code == 200, url


@pytest.mark.parametrize("value", ["²", "9" * 5000])
def test_the_apis_answer_400_to_a_number_that_is_none(client, home_pages, value):
    assert client.get(f"/api/v1/search/?pagina={value}").status_code == 400
    assert client.get(f"/api/v2/pages/?offset={value}").status_code == 400
