"""A facet with a thousand values (funding schemes at national scale) lists the forty with the
most hits and the chosen ones, and says how to find the others: the search page was 215 KB,
three quarters of it one list of checkboxes."""

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from search.query import FacetGroup, FacetOption
from search.templatetags.search_tags import MAX_OPTIONS


def render(group):
    class Query:
        min_rating = None

    class Response:
        facets = [group]
        query = Query()

    request = RequestFactory().get("/zoeken/")
    template = Template('{% include "components/facet_form.html" %}')
    with translation.override("nl"):
        return template.render(
            Context({"response": Response(), "request": request, "filtered": False})
        )


def test_a_facet_with_many_values_lists_the_most_used_and_the_chosen():
    options = [
        FacetOption(f"regeling-{n:03}", f"Regeling {n:03}", count=n + 1, selected=n == 2)
        for n in range(200)
    ]
    html = render(FacetGroup("scheme", "regeling", "Regeling", options))
    boxes = html.count('name="regeling"')
    assert boxes == MAX_OPTIONS + 1  # the forty with the most hits, and the chosen one
    assert 'value="regeling-199"' in html and 'value="regeling-160"' in html
    assert 'value="regeling-002" checked' in html
    assert 'value="regeling-100"' not in html
    assert "159 andere vindt u door de naam in het zoekveld te typen" in html


def test_a_short_facet_lists_every_value():
    options = [FacetOption(f"t{n}", f"Thema {n}", count=1) for n in range(12)]
    html = render(FacetGroup("theme", "thema", "Thema", options))
    assert html.count('name="thema"') == 12
    assert "zoekveld" not in html
