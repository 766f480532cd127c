"""Pieces of pages kept in the shared cache (core.fragments): kept per language and site
version, read again after a purge, never for a preview, and every migrate starts afresh."""

from dataclasses import dataclass

import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from core import pagecache

pytestmark = pytest.mark.django_db


@dataclass(eq=False)
class Item:
    pk: int
    text: str
    kept: bool = True

    @property
    def fragment_key(self):
        return str(self.pk) if self.kept else None


def render(template, request, **values):
    rendered = []

    def prepare(missing):
        rendered.extend(item.pk for item in missing)

    prepare.do_not_call_in_templates = True
    context = Context({"request": request, "prepare": prepare, **values})
    return Template("{% load core_tags %}" + template).render(context), rendered


EACH = '{% render_each "core/tests/item.html" items "item" prepare=prepare %}'


@pytest.fixture(autouse=True)
def item_template(settings, tmp_path):
    folder = tmp_path / "core" / "tests"
    folder.mkdir(parents=True)
    (folder / "item.html").write_text("<li>{{ item.text }}</li>")
    first, *others = settings.TEMPLATES
    settings.TEMPLATES = [{**first, "DIRS": [tmp_path, *first["DIRS"]]}, *others]


def test_pieces_come_from_the_cache_until_the_site_changes():
    items = [Item(1, "een"), Item(2, "twee")]
    html, rendered = render(EACH, RequestFactory().get("/"), items=items)
    assert html == "<li>een</li><li>twee</li>"
    assert rendered == [1, 2]

    items[0].text = "veranderd"  # not published: the kept piece is shown
    html, rendered = render(EACH, RequestFactory().get("/"), items=items)
    assert html == "<li>een</li><li>twee</li>"
    assert rendered == []

    pagecache.purge(pagecache.SITE)
    html, rendered = render(EACH, RequestFactory().get("/"), items=items)
    assert html == "<li>veranderd</li><li>twee</li>"
    assert rendered == [1, 2]


def test_an_item_without_a_key_is_rendered_every_time():
    items = [Item(1, "een"), Item(2, "van mij", kept=False)]
    render(EACH, RequestFactory().get("/"), items=items)
    items[1].text = "nog steeds van mij"
    html, rendered = render(EACH, RequestFactory().get("/"), items=items)
    assert html == "<li>een</li><li>nog steeds van mij</li>"
    assert rendered == [2]


def test_languages_are_kept_apart():
    with translation.override("nl"):
        render(EACH, RequestFactory().get("/"), items=[Item(1, "een")])
    with translation.override("en"):
        html, rendered = render(EACH, RequestFactory().get("/en/"), items=[Item(1, "one")])
    assert html == "<li>one</li>"
    assert rendered == [1]


def test_a_preview_neither_reads_nor_keeps_pieces():
    render(EACH, RequestFactory().get("/"), items=[Item(1, "live")])
    preview = RequestFactory().get("/")
    preview.is_preview = True
    html, _rendered = render(EACH, preview, items=[Item(1, "concept")])
    assert html == "<li>concept</li>"
    html, _rendered = render(EACH, RequestFactory().get("/"), items=[Item(1, "live")])
    assert html == "<li>live</li>"


BLOCKS = (
    '{% shared_fragment "a" item.pk %}<p>{{ item.text }}</p>{% endshared_fragment %}'
    "<p>{{ now }}</p>"
    '{% shared_fragment "b" item.pk %}<p>{{ item.text }}!</p>{% endshared_fragment %}'
)


def test_shared_blocks_keep_their_part_and_render_the_rest():
    item = Item(1, "een")
    html, _ = render(BLOCKS, RequestFactory().get("/"), item=item, now="10:00")
    assert html == "<p>een</p><p>10:00</p><p>een!</p>"
    item.text = "twee"
    html, _ = render(BLOCKS, RequestFactory().get("/"), item=item, now="10:05")
    assert html == "<p>een</p><p>10:05</p><p>een!</p>"


def test_migrate_makes_every_kept_piece_stale():
    before = pagecache.site_version()
    call_command("migrate", verbosity=0)
    assert pagecache.site_version() != before
