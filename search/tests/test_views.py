import pytest

from search.tests.factories import make_entry

pytestmark = pytest.mark.django_db

THEME = ("theme", "gezonde-basis", "Gezonde basis")


@pytest.fixture
def entries(taxonomy):
    make_entry(
        "offer:1",
        "Schooltuin Eemsdelta",
        body="Groenten kweken",
        facets=[THEME],
        regions=["GM1979"],
    )
    make_entry("offer:2", "Leesclub", body="Samen lezen", is_national=True)
    make_entry(
        "offer:3",
        "Garden club",
        language="en",
        facets=[("theme", "gezonde-basis", "Healthy basis")],
    )


def test_search_page_in_dutch_with_facets_as_links_that_work_without_javascript(client, entries):
    response = client.get("/zoeken/", {"q": "groenten", "thema": "gezonde-basis"})
    assert response.status_code == 200
    html = response.text
    assert "Schooltuin Eemsdelta" in html and "Leesclub" not in html
    assert 'name="thema" value="gezonde-basis" checked' in html
    assert "<mark>Groenten</mark>" in html
    assert 'method="get"' in html


def test_search_page_in_english(client, entries):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert "Garden club" in response.text and "Schooltuin" not in response.text
    assert "Healthy basis" in response.text


@pytest.mark.parametrize(
    "params",
    [
        {"pagina": "abc"},
        {"pagina": "-1"},
        {"sorteer": "onzin"},
        {"waardering": "9"},
        {"per_pagina": "x"},
        {"regio": "<script>"},
        {"q": "x" * 10_000},
    ],
)
def test_malformed_parameters_give_a_page_with_a_note_not_an_error(client, entries, params):
    response = client.get("/zoeken/", params)
    assert response.status_code == 200
    assert "<script>" not in response.text.split("<main")[1]


def test_region_facet_on_the_page_nests_municipalities(client, entries):
    html = client.get("/zoeken/", {"regio": "GM1979"}).text
    assert 'value="GM1979" checked' in html
    assert "Groningen" in html


def test_api_returns_results_and_facet_counts(client, entries):
    data = client.get("/api/v1/search/", {"thema": "gezonde-basis"}).json()
    assert data["engine"] == "database"
    assert [hit["key"] for hit in data["results"]] == ["offer:1"]
    theme = next(f for f in data["facets"] if f["name"] == "theme")
    assert theme["options"] == [
        {
            "value": "gezonde-basis",
            "label": "Gezonde basis",
            "count": 1,
            "selected": True,
            "children": [],
        }
    ]
    assert "thema" in data["parameters"]


def test_api_in_english_and_page_size_cap(client, entries):
    data = client.get("/api/v1/search/", {"taal": "en", "per_pagina": "500"}).json()
    assert data["page_size"] == 50
    assert [hit["key"] for hit in data["results"]] == ["offer:3"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"pagina": "nul"}, "paginanummer"),
        ({"taal": "fr"}, "Unknown language"),
        ({"sorteer": "x"}, "sortering"),
    ],
)
def test_api_answers_bad_parameters_with_400_and_a_message(client, entries, params, message):
    response = client.get("/api/v1/search/", params)
    assert response.status_code == 400
    assert message in " ".join(response.json()["errors"])


def test_search_page_with_text_and_three_filters_stays_within_fifteen_queries(
    client, entries, home_pages, django_assert_max_num_queries
):
    from core.tests.factories import StandardPageFactory

    StandardPageFactory(parent=home_pages[0], show_in_menus=True)  # the header menu has a page
    params = {
        "q": "groenten",
        "thema": "gezonde-basis",
        "doelgroep": "groep-5-6",
        "regio": "GM1979",
    }
    client.get("/zoeken/", params)  # warm the label cache, as any running site has
    with django_assert_max_num_queries(15):
        response = client.get("/zoeken/", params)
    assert response.status_code == 200


def test_a_filter_value_that_names_nothing_is_named_on_the_page_and_in_the_api(client, entries):
    html = client.get("/zoeken/", {"regio": "amsterdam", "thema": "gezonde-basis"}).text
    assert "regio=amsterdam" in html.split("<main")[1]
    # The value that names something still filters.
    assert "Schooltuin Eemsdelta" in html and "Leesclub" not in html

    data = client.get("/api/v1/search/", {"regio": "amsterdam"}).json()
    assert "regio=amsterdam" in data["note"]
    assert data["unknown"] == [{"param": "regio", "value": "amsterdam"}]
    # Nothing was filtered away by the unknown value: every Dutch entry is there.
    assert data["total"] == 2

    known = client.get("/api/v1/search/", {"regio": "GM0363"}).json()
    assert known["note"] == "" and known["unknown"] == []
    assert [hit["key"] for hit in known["results"]] == ["offer:2"]


def test_a_known_value_without_entries_filters_to_nothing_and_stays_choosable(client, entries):
    response = client.get("/zoeken/", {"thema": "lerarentekort"})
    assert response.context["response"].total == 0
    assert response.context["response"].unknown == []
    assert 'name="thema" value="lerarentekort" checked' in response.text


def test_suggestions_complete_the_last_word_from_the_index_and_titles(client, entries):
    data = client.get("/api/v1/suggest/", {"q": "schoolt"}).json()
    assert data["suggestions"] == [
        {"text": "schooltuin", "kind": "term"},
        {"text": "Schooltuin Eemsdelta", "kind": "title", "url": "/offer-1/"},
    ]
    # The words before the last are kept.
    two = client.get("/api/v1/suggest/", {"q": "leesclub eems"}).json()["suggestions"]
    assert two == [{"text": "leesclub eemsdelta", "kind": "term"}]
    english = client.get("/api/v1/suggest/", {"q": "gard", "taal": "en"}).json()
    assert [s["text"] for s in english["suggestions"]] == ["garden", "Garden club"]
    for hostile in ("", "x", "<script>", "%" * 500):
        assert client.get("/api/v1/suggest/", {"q": hostile}).json()["suggestions"] == []


def test_search_box_offers_suggestions_only_with_javascript(client, entries):
    html = client.get("/zoeken/").text
    assert 'data-suggest="/api/v1/suggest/"' in html and "js/suggest.js" in html
    assert " list=" not in html  # the datalist is added by the script


def test_no_apply_button_when_there_is_nothing_to_filter(client, entries):
    found = client.get("/zoeken/", {"q": "groenten"}).content.decode()
    assert "Filters toepassen" in found
    nothing = client.get("/zoeken/", {"q": "ruimtevaart"}).content.decode()
    assert "Geen filters bij deze zoekvraag." in nothing
    assert "Filters toepassen" not in nothing


def test_a_spelling_is_suggested_once_beside_the_fewer_words_help(client, entries):
    page = client.get("/zoeken/", {"q": "leesclb ruimtevaart"}).content.decode()
    assert "Met minder woorden" in page
    assert page.count("Bedoelde u") == 1
