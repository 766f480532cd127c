"""The home page: a search box, the top tasks and the newest discussions and next sessions,
in a number of queries that does not grow with the content."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(module_demo):
    return module_demo


def test_home_page_offers_search_and_the_four_top_tasks(client, demo):
    html = client.get("/").text
    assert 'action="/zoeken/"' in html
    tasks = ["Zoek aanbod voor uw school", "Mijn school", "Vind financiering", "Praat mee"]
    positions = [html.index(f'<span class="top-task-title">{task}</span>') for task in tasks]
    assert positions == sorted(positions)
    assert 'href="/mijn-school/hulpvragen/"' in html
    assert 'href="/discussies/"' in html


def test_home_page_shows_newest_discussions_and_next_sessions(client, demo):
    from community.models import Discussion

    html = client.get("/").text
    newest = Discussion.objects.filter(is_removed=False).order_by("-created").first()
    assert "Nieuwste discussies" in html and newest.title in html
    assert "Binnenkort" in html and 'href="/kalender/"' in html


def test_home_page_queries_stay_few(client, demo, django_assert_max_num_queries):
    client.get("/")  # warm the per-process caches (site, locales, settings)
    with django_assert_max_num_queries(60):
        assert client.get("/").status_code == 200


def test_english_home_page_has_english_tasks(client, demo):
    html = client.get("/en/").text
    tasks = ("Find offers for your school", "My school", "Find funding", "Join the conversation")
    for task in tasks:
        assert task in html
