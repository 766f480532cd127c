"""No Dutch interface text on English pages: crawl the /en/ pages of the built demo and look
for Dutch-only interface words outside elements marked lang="nl" (Dutch content that has no
translation yet is marked so; the interface around it must be English)."""

import re
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.django_db

# Words of the site's interface that only exist in Dutch. Content words (names of
# initiatives, places, Ontwikkelplek) are not interface and are not listed.
DUTCH_INTERFACE = [
    "Zoeken",
    "Inloggen",
    "Discussies",
    "Hoofdmenu",
    "Naar de inhoud",
    "Kruimelpad",
    "Filters toepassen",
    "Alle filters wissen",
    "Sorteren op",
    "resultaten",
    "gekozen",
    "Op school",
    "Na schooltijd",
    "Onder schooltijd",
    "plaatsen vrij",
    "plaats vrij",
    "Beschrijving",
    "Aanbieders",
    "beoordelingen",
    "Waardering",
    "Binnenkort",
    "Nieuwste discussies",
    "Zoek aanbod",
    "Mijn school",
    "Praat mee",
    "Vind financiering",
    "Lees meer",
    "Terug naar",
    "Gemeenten in",
    "Soort aanbod",
    "Doelgroep",
    "Leergebied",
]
WORDS = re.compile(r"\b(" + "|".join(re.escape(word) for word in DUTCH_INTERFACE) + r")\b")
CAPITAL_MONTHS = re.compile(
    r"\b\d{1,2} (Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|"
    r"November|December)\b"
)
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


class VisibleText(HTMLParser):
    """The page's text outside <script>, <style> and anything marked lang="nl"."""

    def __init__(self):
        super().__init__()
        self.stack, self.parts, self.links = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href", "").startswith("/en/"):
            self.links.append(attrs["href"].split("#")[0])
        if tag in VOID:
            return
        inside_skipped = bool(self.stack) and self.stack[-1][1]
        skip = tag in {"script", "style"} or attrs.get("lang", "").startswith("nl")
        self.stack.append((tag, skip or inside_skipped))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _skip = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if not (self.stack and self.stack[-1][1]):  # text outside any tag counts too
            self.parts.append(data)

    @property
    def text(self):
        return " ".join(" ".join(self.parts).split())


@pytest.fixture
def demo(module_demo):
    return module_demo


def test_english_pages_carry_no_dutch_interface_words(client, demo):
    queue, seen, problems = ["/en/"], set(), []
    while queue and len(seen) < 80:
        path = queue.pop(0)
        if path in seen or path.endswith((".ics", ".json", ".xml")):
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        parser = VisibleText()
        parser.feed(response.content.decode())
        found = sorted(set(WORDS.findall(parser.text)))
        if found:
            problems.append(f"{path}: {found}")
        queue += [link for link in parser.links if link not in seen and "?" not in link]
    assert len(seen) > 20  # the crawl reached the site, not just the home page
    assert problems == []


def test_dutch_dates_write_months_in_lower_case(client, demo):
    for path in ("/", "/kalender/", "/discussies/"):
        html = client.get(path).content.decode()
        assert not CAPITAL_MONTHS.search(html), path


def test_the_crawler_sees_interface_text_and_skips_dutch_content():
    parser = VisibleText()
    parser.feed(
        '<nav><a href="/en/x/">Zoeken</a></nav><div lang="nl"><p>Beschrijving</p>'
        "<img src=x></div><script>Inloggen</script><p>Search</p>"
    )
    assert WORDS.findall(parser.text) == ["Zoeken"]
    assert parser.links == ["/en/x/"]


def test_english_need_form_and_discussions_name_the_taxonomy_in_english(client, demo):
    """/en/my-school/needs/new/ listed the themes, target groups and learning areas in Dutch,
    and /en/discussions/ the themes of the discussions."""
    from django.contrib.auth import get_user_model

    from core.models import LearningArea, TargetGroup, Theme

    def names(model, language):
        return set(
            model.objects.filter(locale__language_code=language).values_list("name", flat=True)
        )

    client.force_login(get_user_model().objects.get(email="school@leercommunity.example"))
    html = client.get("/en/my-school/needs/new/").content.decode()
    for model in (Theme, TargetGroup, LearningArea):
        dutch_only = names(model, "nl") - names(model, "en")
        assert names(model, "en") and all(f">{name}</" not in html for name in dutch_only), model
        assert all(name in html for name in names(model, "en")), model

    client.logout()
    html = client.get("/en/discussions/").content.decode()
    listed = html.split('class="theme-filter"')[1].split("</nav>")[1]
    dutch_only = names(Theme, "nl") - names(Theme, "en")
    assert [name for name in dutch_only if name in listed] == []


def test_choosing_english_keeps_the_chosen_filters(client, demo):
    html = client.get("/aanbod/?thema=verrijkte-schooldag&regio=GM0599").content.decode()
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert "/en/offers/?thema=verrijkte-schooldag&amp;regio=GM0599" in switcher


def test_english_pages_of_the_demo_have_english_slugs(demo):
    """/en/best-practices/iedereen-een-meester-en/ repeated the Dutch page's slug."""
    from wagtail.models import Page

    english = Page.objects.filter(locale__language_code="en", depth__gt=2)
    same = [
        page.url_path
        for page in english
        if page.title.lower() != page.get_translation(demo.locale_nl).title.lower()
        and page.slug == page.get_translation(demo.locale_nl).slug
    ]
    assert same == []
