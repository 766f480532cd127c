"""System questions are a kind in the site search: published ones only, without names."""

from search.models import SearchEntry
from search.query import SearchQuery
from search.service import search

from ..services import merge_questions


def _found(text):
    response = search(SearchQuery(language="nl", text=text, filters={"kind": ["systemquestion"]}))
    return [hit.title for hit in response.hits]


def test_a_published_question_is_found_an_unpublished_one_is_not(route, coordinator, client):
    from ..models import SystemQuestion

    published = SystemQuestion.objects.create(
        title="Vervoer naar de zwemles kost de school te veel",
        level="municipality",
        example="De gemeente vergoedt het busvervoer naar het zwembad niet meer.",
        filed_by=coordinator,
        route=route,
        published=True,
    )
    hidden = SystemQuestion.objects.create(
        title="Vervoer naar de bibliotheek is niet geregeld",
        level="municipality",
        example="Geen bus naar de bibliotheek.",
        filed_by=coordinator,
        published=False,
    )
    assert _found("vervoer") == [published.title]
    entry = SearchEntry.objects.get(key=f"systemquestion:{published.pk}")
    # Anonymised: nothing of who filed it or the school it came from.
    indexed = " ".join([entry.title, entry.summary, entry.body, entry.keywords])
    assert route.school.name not in indexed
    assert coordinator.first_name not in indexed and coordinator.email not in indexed
    assert not SearchEntry.objects.filter(key=f"systemquestion:{hidden.pk}").exists()
    # Publishing it puts it in; merging it into another takes it out again.
    hidden.published = True
    hidden.save()
    assert set(_found("vervoer")) == {published.title, hidden.title}
    merge_questions(hidden, published)
    assert _found("vervoer") == [published.title]
    # The search page shows it as its own kind.
    body = client.get("/zoeken/", {"q": "zwemles"}).content.decode()
    assert published.title in body and "Systeemvraag" in body
