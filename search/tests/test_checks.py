"""The system check that keeps every findable page type in the site search."""

from search import sources
from search.checks import pages_have_search_documents


def test_every_page_type_of_the_site_has_a_document_or_says_it_is_a_listing():
    assert pages_have_search_documents() == []


def test_a_page_type_without_a_document_fails_the_check(monkeypatch):
    kept = [source for source in sources.SOURCES if source.model.__name__ != "OfferPage"]
    monkeypatch.setattr(sources, "SOURCES", kept)
    monkeypatch.setattr("search.checks.SOURCES", kept)
    errors = pages_have_search_documents()
    assert [(error.id, error.obj.__name__) for error in errors] == [("search.E001", "OfferPage")]
    assert "offers/search_documents.py" in errors[0].hint
