"""Search benchmark (issue 6): a national-scale data set, our search against Wagtail's own.

    .venv/bin/python bench/search_benchmark.py --database sqlite|postgres [--scale 1.0]
                                               [--requests 200] [--seed 6]

The script works on its own database, created fresh and migrated on every run (never the
development database var/db.sqlite3):
  sqlite    var/bench.sqlite3
  postgres  postgres://postgres@127.0.0.1:5432/leercommunity_bench (dropped and recreated;
            another name with --postgres-db)

It
1. generates a deterministic (seeded) data set: the real school list (load_schools), and at
   scale 1.0 2,000 providers, 20,000 offers, 1,000 funding schemes, 500 best practices,
   500 Ontwikkelplek stories, 5,000 discussions and 100,000 reviews. Pages are inserted in
   bulk: treebeard's materialised paths are computed here (MP_Node._get_path), the Page rows
   go in with bulk_create and the specific rows with one multi-row INSERT per batch, so no
   page signals run; both search indexes are then built in one pass each (step 2);
2. rebuilds our index (`manage.py search_index rebuild`, i.e. search.indexing.all_documents,
   whose progress lines are shown) and Wagtail's own index (`manage.py update_index`), timed;
3. measures the server time of the search page with a query and three filters and of the
   facet-only page through Django's test client, with the SQL queries per request;
4. measures Wagtail's own search on the same data the same way:
   OfferPage.objects.live().search(q) with its .facet() for the FilterFields that match our
   facets, and the ratio of the p95 times;
5. prints a summary table and writes it to bench/results-<database>.md.

Figures are wall-clock times in one process, on whatever machine runs it; compare runs on the
same machine only.
"""

import argparse
import io
import json
import math
import os
import platform
import random
import statistics
import sys
import time
import uuid
from collections import defaultdict
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQLITE_PATH = ROOT / "var" / "bench.sqlite3"
POSTGRES_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"
POSTGRES_DB = "leercommunity_bench"


def postgres_url(name):
    return f"postgres://postgres@127.0.0.1:5432/{name}"


# Counts at scale 1.0 (schools are always the full real list).
COUNTS = {
    "providers": 2000,
    "offers": 20000,
    "funding_schemes": 1000,
    "best_practices": 500,
    "stories": 500,
    "discussions": 5000,
    "reviews": 100000,
    "members": 500,
}

# Targets from issue 6.
TARGET_RATIO = 1.0
TARGET_MAX_QUERIES = 15
# Targets from issue 12 (milliseconds at the 95th percentile, queries, megabytes, seconds).
TARGET_SEARCH_P95 = 100
TARGET_FACET_P95 = 50
TARGET_SUGGEST_P95 = 50
TARGET_SEARCH_QUERIES = 10
TARGET_RSS_MB = 300
TARGET_REBUILD_SECONDS = 300

# Words of the generated text. QUERY_WORDS are the "common words" searched for: each document
# is about one of them, so a query matches roughly a tenth of the content.
QUERY_WORDS = [
    "natuur",
    "lezen",
    "techniek",
    "muziek",
    "sport",
    "gezondheid",
    "burgerschap",
    "programmeren",
    "erfgoed",
    "moestuin",
]
NOUNS = [
    "leerlingen",
    "klas",
    "groep",
    "school",
    "buurt",
    "museum",
    "bibliotheek",
    "werkplaats",
    "project",
    "les",
    "lessen",
    "excursie",
    "gastles",
    "workshop",
    "verhaal",
    "onderzoek",
    "proef",
    "ontwerp",
    "spel",
    "theater",
    "podium",
    "dans",
    "koor",
    "instrument",
    "ritme",
    "beweging",
    "voeding",
    "water",
    "energie",
    "klimaat",
    "dieren",
    "planten",
    "bos",
    "rivier",
    "polder",
    "boerderij",
    "stad",
    "dorp",
    "wijk",
    "geschiedenis",
    "archief",
    "kaart",
    "robot",
    "computer",
    "code",
    "data",
    "media",
    "nieuws",
    "taal",
    "boek",
    "gedicht",
    "prentenboek",
    "woorden",
    "rekenen",
    "getallen",
    "meten",
    "wegen",
    "bouwen",
    "maken",
    "ontdekken",
    "vragen",
    "antwoorden",
    "ouders",
    "leraren",
    "team",
    "bestuur",
    "vrijwilligers",
    "partners",
    "opleiding",
    "stage",
    "beroep",
    "toekomst",
    "wereld",
    "democratie",
    "stem",
    "gemeente",
    "raad",
    "rechten",
    "regels",
    "samenleving",
    "verschil",
    "respect",
    "vriendschap",
    "pesten",
    "weerbaarheid",
    "zelfvertrouwen",
    "talent",
    "creativiteit",
    "kunst",
    "schilderen",
    "tekenen",
    "foto",
    "film",
]
ADJECTIVES = [
    "praktische",
    "korte",
    "lange",
    "speelse",
    "stevige",
    "rustige",
    "actieve",
    "nieuwe",
    "bekende",
    "eigen",
    "gezamenlijke",
    "digitale",
    "buitenschoolse",
    "creatieve",
    "lokale",
    "regionale",
    "landelijke",
    "kleine",
    "grote",
    "eerste",
    "volgende",
    "heldere",
    "open",
]
VERBS = [
    "ontdekken",
    "onderzoeken",
    "maken",
    "bouwen",
    "bespreken",
    "oefenen",
    "spelen",
    "lezen",
    "schrijven",
    "meten",
    "tekenen",
    "zingen",
    "bewegen",
    "proeven",
    "vergelijken",
    "presenteren",
    "ontwerpen",
    "verzamelen",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], required=True)
    parser.add_argument("--scale", type=float, default=1.0, help="data set size (1.0: national)")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per case")
    parser.add_argument(
        "--wagtail-requests",
        type=int,
        help="timed requests for Wagtail's own search (default: --requests); its search takes "
        "seconds per request on SQLite at national scale",
    )
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument(
        "--no-wagtail",
        action="store_true",
        help="skip Wagtail's own index and search (its update_index takes minutes at scale 1.0)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure on the database a previous run left (same --database/--postgres-db): "
        "no new data set and no index build",
    )
    parser.add_argument("--serving-memory", metavar="DATABASE_URL", help=argparse.SUPPRESS)
    parser.add_argument(
        "--postgres-db", default=POSTGRES_DB, help="database name on PostgreSQL (dropped first)"
    )
    args = parser.parse_args()
    if args.scale <= 0:
        parser.error("--scale must be positive")
    if args.requests < 1:
        parser.error("--requests must be at least 1")
    args.wagtail_requests = 0 if args.no_wagtail else args.wagtail_requests or args.requests
    return args


def log(message=""):
    print(message, flush=True)


# Database and Django set-up


def fresh_database(kind, postgres_db=None):
    """Create an empty benchmark database and return its URL."""
    if kind == "sqlite":
        SQLITE_PATH.parent.mkdir(exist_ok=True)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{SQLITE_PATH}"
    import psycopg

    name = postgres_db or POSTGRES_DB
    with psycopg.connect(POSTGRES_SERVER, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    return postgres_url(name)


def reused_database(kind, postgres_db=None):
    """The URL of the database an earlier run built (--reuse)."""
    if kind == "sqlite":
        if not SQLITE_PATH.exists():
            raise SystemExit(f"--reuse: {SQLITE_PATH} does not exist; run once without it")
        return f"sqlite:///{SQLITE_PATH}"
    return postgres_url(postgres_db or POSTGRES_DB)


def setup_django(url):
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ["ELASTICSEARCH_URL"] = ""  # the benchmark measures the database engine
    os.environ["PAGE_CACHE_ENABLED"] = "0"  # the server's time, not a copy from the page cache
    for path in (str(ROOT), str(ROOT / "site")):
        if path not in sys.path:
            sys.path.insert(0, path)
    os.chdir(ROOT)
    import django

    django.setup()
    from django.conf import settings

    name = str(settings.DATABASES["default"]["NAME"])
    if Path(name).name == "db.sqlite3":  # never the development database
        raise SystemExit(f"Refusing to run on {name}")


class Progress:
    """A line per 10% of `total` units."""

    def __init__(self, label, total):
        self.label, self.total, self.done, self.shown = label, max(total, 1), 0, -1
        self.started = time.perf_counter()

    def step(self, n=1, what=""):
        self.done += n
        tenth = min(10, self.done * 10 // self.total)
        if tenth != self.shown:
            self.shown = tenth
            elapsed = time.perf_counter() - self.started
            log(f"  {self.label}: {tenth * 10:3d}%  {elapsed:7.1f} s  {what}")


# Bulk page creation


def bulk_pages(model, items, batch_size=500):
    """Insert unsaved `model` pages as live children: items = [(parent, page), ...].

    The parents' paths, depths, url_paths and numchild must be current (they are when the
    parents came from here or from the database). Each page gets the next free path under its
    parent, as treebeard's add_child would give it.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from wagtail.models import Page

    content_type = ContentType.objects.get_for_model(model)
    page_fields = [f.attname for f in Page._meta.concrete_fields if not f.primary_key]
    own_fields = list(model._meta.local_concrete_fields)
    parents = {}
    for parent, page in items:
        parents.setdefault(parent.pk, parent)
        parent.numchild += 1
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, parent.numchild)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type_id = content_type.pk
        page.locale_id = parent.locale_id
        page.live, page.has_unpublished_changes = True, False
        page.draft_title = page.title
        page.last_published_at = page.first_published_at
        page.latest_revision_created_at = page.first_published_at
    pages = [page for _parent, page in items]
    with transaction.atomic():
        rows = Page.objects.bulk_create(
            [Page(**{name: getattr(page, name) for name in page_fields}) for page in pages],
            batch_size=batch_size,
        )
        for page, row in zip(pages, rows, strict=True):
            page.id = page.page_ptr_id = row.pk
            page._state.adding, page._state.db = False, "default"
        size = max(1, min(batch_size, connection.ops.bulk_batch_size(own_fields, pages)))
        for start in range(0, len(pages), size):
            model._base_manager._insert(pages[start : start + size], fields=own_fields)
        Page.objects.bulk_update(
            [Page(pk=pk, numchild=parent.numchild) for pk, parent in parents.items()],
            ["numchild"],
            batch_size=500,
        )
    return pages


def m2m_rows(model, field_name, pairs):
    """bulk_create the through rows of a (Parental)ManyToManyField: pairs = [(obj_pk, pk)]."""
    field = model._meta.get_field(field_name)
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    through.objects.bulk_create(
        [through(**{f"{source}_id": a, f"{target}_id": b}) for a, b in pairs], batch_size=2000
    )


# The data set


class Generator:
    def __init__(self, scale, seed):
        self.rng = random.Random(seed)
        self.scale = scale
        self.counts = {name: max(1, round(n * scale)) for name, n in COUNTS.items()}
        self.now = None

    # text

    def uuid(self):
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def words(self, n, topic=None):
        words = [self.rng.choice(NOUNS if i % 3 else ADJECTIVES) for i in range(n)]
        if topic:
            words.insert(self.rng.randrange(len(words) + 1), topic)
        return words

    def sentence(self, n=12, topic=None):
        words = self.words(n, topic)
        words.insert(2, self.rng.choice(VERBS))
        return " ".join(words).capitalize() + "."

    def paragraph(self, sentences=4, topic=None):
        return " ".join(
            self.sentence(self.rng.randint(8, 16), topic if i == 0 else None)
            for i in range(sentences)
        )

    def topic(self):
        return self.rng.choice(QUERY_WORDS)

    def title(self, topic):
        noun = self.rng.choice(NOUNS)
        return f"{self.rng.choice(ADJECTIVES).capitalize()} {topic} en {noun}"

    def stream(self, text):
        return json.dumps(
            [{"type": "paragraph", "value": f"<p>{text}</p>", "id": str(self.uuid())}]
        )

    def published(self):
        return self.now - timedelta(
            days=self.rng.randint(0, 3 * 365), minutes=self.rng.randint(0, 1440)
        )

    def sample(self, population, low, high):
        return self.rng.sample(population, min(len(population), self.rng.randint(low, high)))

    # the steps

    def run(self):
        from django.contrib.auth import get_user_model
        from django.utils import timezone

        from core.models import CurriculumGoal, LearningArea, Region, TargetGroup, Theme

        self.now = timezone.now()
        nl = {"locale__language_code": "nl"}
        self.themes = list(Theme.objects.filter(**nl).order_by("pk").values_list("pk", flat=True))
        self.areas = list(
            LearningArea.objects.filter(**nl).order_by("pk").values_list("pk", flat=True)
        )
        self.groups = list(
            TargetGroup.objects.filter(**nl).order_by("pk").values_list("pk", flat=True)
        )
        self.goals = list(
            CurriculumGoal.objects.filter(**nl).order_by("pk").values_list("pk", flat=True)
        )
        self.municipalities = list(
            Region.objects.filter(kind="municipality").order_by("code").values_list("pk", flat=True)
        )
        self.wider = list(
            Region.objects.exclude(kind="municipality")
            .order_by("code")
            .values_list("pk", flat=True)
        )
        from schools.models import School

        self.schools = list(School.objects.order_by("pk").values_list("pk", flat=True))
        user_model = get_user_model()
        self.members = user_model.objects.bulk_create(
            [
                user_model(username=f"bench{i}", email=f"bench{i}@example.org", password="!")
                for i in range(self.counts["members"])
            ]
        )
        c = self.counts
        total = sum(c[k] for k in ("providers", "offers", "funding_schemes", "best_practices"))
        total += c["stories"] + c["discussions"] + c["reviews"]
        self.progress = Progress("data", total)
        self.index_pages()
        schemes = self.funding_schemes()
        providers = self.providers()
        self.offers(providers, schemes)
        self.best_practices()
        self.stories()
        self.discussions()
        self.reviews()

    def index_pages(self):
        from bestpractices.models import BestPracticeIndexPage, OntwikkelplekIndexPage
        from core.demo import add_child, build_home
        from offers.models import FundingIndexPage, ProviderIndexPage

        home = build_home(lambda *args: None)
        self.provider_index = add_child(
            home, ProviderIndexPage(title="Aanbieders", slug="aanbieders")
        )
        home.refresh_from_db()
        self.funding_index = add_child(
            home, FundingIndexPage(title="Regelingen", slug="regelingen")
        )
        home.refresh_from_db()
        self.practice_index = add_child(
            home, BestPracticeIndexPage(title="Goede voorbeelden", slug="goede-voorbeelden")
        )
        home.refresh_from_db()
        self.story_index = add_child(
            home, OntwikkelplekIndexPage(title="Ontwikkelplekken", slug="ontwikkelplekken")
        )
        for page in (
            self.provider_index,
            self.funding_index,
            self.practice_index,
            self.story_index,
        ):
            page.refresh_from_db()

    def reach(self, local=0.4, regional=0.3):
        roll = self.rng.random()
        if roll < local:
            return "local", self.sample(self.municipalities, 1, 3)
        if roll < local + regional:
            return "regional", self.sample(self.wider, 1, 2)
        return "national", []

    def funding_schemes(self):
        from offers.models import FundingSchemePage
        from offers.models.funding import Applicant, FunderKind
        from offers.models.offers import OfferType

        items, regions, themes = [], [], []
        for i in range(self.counts["funding_schemes"]):
            topic = self.topic()
            reach, chosen = self.reach(0.3, 0.4)
            page = FundingSchemePage(
                title=f"Regeling {self.title(topic).lower()} {i + 1}",
                slug=f"regeling-{i + 1}",
                translation_key=self.uuid(),
                first_published_at=self.published(),
                funder_name=f"Fonds {self.rng.choice(NOUNS)} {i + 1}",
                funder_kind=self.rng.choice(FunderKind.values),
                summary=self.sentence(14, topic),
                description=f"<p>{self.paragraph(3, topic)}</p>",
                offer_types=",".join(self.sample(OfferType.values, 1, 3)),
                applicants=",".join(self.sample(Applicant.values, 1, 2)),
                reach=reach,
                is_rolling=self.rng.random() < 0.4,
            )
            items.append((self.funding_index, page))
            regions.append(chosen)
            themes.append(self.sample(self.themes, 0, 3))
        pages = bulk_pages(FundingSchemePage, items)
        m2m_rows(
            FundingSchemePage,
            "regions",
            [(p.pk, r) for p, rs in zip(pages, regions, strict=True) for r in rs],
        )
        m2m_rows(
            FundingSchemePage,
            "themes",
            [(p.pk, t) for p, ts in zip(pages, themes, strict=True) for t in ts],
        )
        self.progress.step(len(pages), "funding schemes")
        return [page.pk for page in pages]

    def providers(self):
        from offers.models import ProviderPage

        items, regions = [], []
        for i in range(self.counts["providers"]):
            reach, chosen = self.reach()
            page = ProviderPage(
                title=f"Aanbieder {self.rng.choice(NOUNS)} {i + 1}",
                slug=f"aanbieder-{i + 1}",
                translation_key=self.uuid(),
                first_published_at=self.published(),
                organisation_name=f"Stichting {self.rng.choice(NOUNS).capitalize()} {i + 1}",
                kind=self.rng.choice(ProviderPage.Kind.values),
                description=f"<p>{self.paragraph(2)}</p>",
                is_national=reach == "national",
            )
            items.append((self.provider_index, page))
            regions.append(chosen)
        pages = bulk_pages(ProviderPage, items)
        m2m_rows(
            ProviderPage,
            "regions",
            [(p.pk, r) for p, rs in zip(pages, regions, strict=True) for r in rs],
        )
        self.progress.step(len(pages), "providers")
        return pages

    def offers(self, providers, schemes):
        from offers.models import (
            AccreditationLevel,
            OfferPage,
            OfferSession,
            OfferType,
            PriceUnit,
            SchoolTime,
        )

        total = self.counts["offers"]
        chunk = max(1, total // 10)
        relations = {
            name: []
            for name in (
                "themes",
                "learning_areas",
                "curriculum_goals",
                "target_groups",
                "regions",
                "funding_schemes",
            )
        }
        sessions, items, done = [], [], 0
        accreditation = AccreditationLevel.values
        for i in range(total):
            topic = self.topic()
            reach, chosen = self.reach()
            free = self.rng.random() < 0.35
            page = OfferPage(
                title=self.title(topic),
                slug=f"aanbod-{i + 1}",
                translation_key=self.uuid(),
                first_published_at=self.published(),
                offer_type=self.rng.choice(OfferType.values),
                summary=self.sentence(16, topic),
                description=self.stream(self.paragraph(4, topic)),
                replaces_text=self.sentence(10) if self.rng.random() < 0.3 else "",
                school_time=self.rng.choice(SchoolTime.values),
                reach=reach,
                at_school=self.rng.random() < 0.5,
                is_free=free,
                price=None if free else Decimal(self.rng.randint(2, 400)),
                price_unit="" if free else self.rng.choice(PriceUnit.values),
                on_request=self.rng.random() < 0.2,
                accreditation_level=self.rng.choices(accreditation, weights=[60, 25, 10, 5])[0],
                group_size_min=10,
                group_size_max=self.rng.choice([25, 30, 60]),
            )
            page._bench = {
                "themes": self.sample(self.themes, 1, 3),
                "learning_areas": self.sample(self.areas, 0, 2),
                "curriculum_goals": self.sample(self.goals, 0, 3),
                "target_groups": self.sample(self.groups, 1, 3),
                "regions": chosen,
                "funding_schemes": self.sample(schemes, 1, 2) if self.rng.random() < 0.2 else [],
                "sessions": self.rng.randint(1, 4) if self.rng.random() < 0.7 else 0,
            }
            items.append((self.rng.choice(providers), page))
            if len(items) == chunk or i == total - 1:
                pages = bulk_pages(OfferPage, items)
                for page in pages:
                    for name, rows in relations.items():
                        rows.extend((page.pk, pk) for pk in page._bench[name])
                    for n in range(page._bench["sessions"]):
                        start = self.now + timedelta(
                            days=self.rng.randint(-60, 300), hours=self.rng.randint(8, 15)
                        )
                        sessions.append(
                            OfferSession(
                                page_id=page.pk,
                                sort_order=n,
                                start=start,
                                end=start + timedelta(hours=2),
                                place=self.rng.choice(NOUNS).capitalize(),
                                capacity=self.rng.choice([None, 10, 25, 60]),
                            )
                        )
                for name, rows in relations.items():
                    m2m_rows(OfferPage, name, rows)
                    rows.clear()
                OfferSession.objects.bulk_create(sessions, batch_size=2000)
                sessions.clear()
                done += len(pages)
                self.progress.step(len(pages), f"offers {done}/{total}")
                items = []
        self.offer_ids = list(OfferPage.objects.order_by("pk").values_list("pk", flat=True))

    def best_practices(self):
        from bestpractices.models import BestPracticePage
        from bestpractices.models.best_practices import OrganisationKind

        items, extra = [], []
        for i in range(self.counts["best_practices"]):
            topic = self.topic()
            national = self.rng.random() < 0.3
            page = BestPracticePage(
                title=f"Goed voorbeeld: {self.title(topic).lower()} {i + 1}",
                slug=f"goed-voorbeeld-{i + 1}",
                translation_key=self.uuid(),
                first_published_at=self.published(),
                organisation_name=f"Initiatief {self.rng.choice(NOUNS)} {i + 1}",
                organisation_kind=self.rng.choice(OrganisationKind.values),
                goal=self.sentence(18, topic),
                how_it_works=f"<p>{self.paragraph(3, topic)}</p>",
                what_it_brings=f"<p>{self.paragraph(2)}</p>",
                success_conditions=f"<p>{self.paragraph(2)}</p>",
                is_national=national,
                body=self.stream(self.paragraph(5, topic)),
            )
            items.append((self.practice_index, page))
            extra.append(
                (
                    self.sample(self.themes, 1, 3),
                    self.sample(self.groups, 0, 2),
                    [] if national else self.sample(self.municipalities + self.wider, 1, 2),
                )
            )
        pages = bulk_pages(BestPracticePage, items)
        for index, name in enumerate(("themes", "target_groups", "regions")):
            m2m_rows(
                BestPracticePage,
                name,
                [(p.pk, v) for p, e in zip(pages, extra, strict=True) for v in e[index]],
            )
        self.progress.step(len(pages), "best practices")

    def stories(self):
        from bestpractices.models import OntwikkelplekPage

        items, themes = [], []
        for i in range(self.counts["stories"]):
            topic = self.topic()
            page = OntwikkelplekPage(
                title=f"Ontwikkelplek {self.rng.choice(NOUNS)} {i + 1}",
                slug=f"ontwikkelplek-{i + 1}",
                translation_key=self.uuid(),
                first_published_at=self.published(),
                intro=self.sentence(16, topic),
                initiator=f"Basisschool {self.rng.choice(NOUNS).capitalize()}",
                schools="\n".join(f"School {self.rng.choice(NOUNS)}" for _ in range(2)),
                partners="\n".join(f"Partner {self.rng.choice(NOUNS)}" for _ in range(2)),
                municipality_id=self.rng.choice(self.municipalities),
                phase="starting",
                story=self.stream(self.paragraph(5, topic)),
            )
            items.append((self.story_index, page))
            themes.append(self.sample(self.themes, 1, 2))
        pages = bulk_pages(OntwikkelplekPage, items)
        m2m_rows(
            OntwikkelplekPage,
            "themes",
            [(p.pk, t) for p, ts in zip(pages, themes, strict=True) for t in ts],
        )
        self.progress.step(len(pages), "Ontwikkelplek stories")

    def discussions(self):
        from community.models import Discussion

        rows = []
        for _i in range(self.counts["discussions"]):
            topic = self.topic()
            created = self.published()
            rows.append(
                Discussion(
                    title=self.sentence(6, topic)[:-1],
                    body=self.paragraph(3, topic),
                    theme_id=self.rng.choice(self.themes),
                    author=self.rng.choice(self.members),
                    created=created,
                    last_activity=created,
                )
            )
        Discussion.objects.bulk_create(rows, batch_size=1000)
        self.progress.step(len(rows), "discussions")

    def reviews(self):
        """Reviews by schools (one per school and offer), then the offers' stored ratings."""
        from django.apps import apps
        from django.conf import settings

        from offers.models import OfferPage

        try:
            review_model = apps.get_model("community", "Review")
        except LookupError:
            review_model = None
        total = self.counts["reviews"]
        mean = float(getattr(settings, "REVIEW_PRIOR_MEAN", 3.5))
        weight = float(getattr(settings, "REVIEW_PRIOR_WEIGHT", 5))
        # Popular offers get many reviews, most get a few or none (a long tail).
        popularity = [self.rng.paretovariate(1.2) for _ in self.offer_ids]
        quality = [self.rng.uniform(2.3, 4.9) for _ in self.offer_ids]
        reviewed = defaultdict(set)
        ratings = defaultdict(list)
        rows, done = [], 0
        chunk = max(1, total // 10)
        limit = len(self.schools)
        for index in self.rng.choices(range(len(self.offer_ids)), weights=popularity, k=total):
            if len(reviewed[index]) >= limit:
                index = self.rng.randrange(len(self.offer_ids))
                if len(reviewed[index]) >= limit:
                    continue
            school = self.rng.choice(self.schools)
            while school in reviewed[index]:
                school = self.rng.choice(self.schools)
            reviewed[index].add(school)
            rating = min(5, max(1, round(self.rng.gauss(quality[index], 0.9))))
            ratings[index].append(rating)
            if review_model is not None:
                rows.append(
                    review_model(
                        offer_id=self.offer_ids[index],
                        school_id=school,
                        author=self.rng.choice(self.members),
                        rating=rating,
                        text=self.sentence(20),
                        created=self.published(),
                    )
                )
            done += 1
            if len(rows) >= chunk:
                review_model.objects.bulk_create(rows, batch_size=2000)
                rows.clear()
            if done % chunk == 0:
                self.progress.step(chunk, f"reviews {done}/{total}")
        if rows:
            review_model.objects.bulk_create(rows, batch_size=2000)
        self.progress.step(done % chunk, f"reviews {done}/{total}")
        self.reviews_stored = review_model is not None
        offers = []
        for index, values in ratings.items():
            n, total_stars = len(values), sum(values)
            offers.append(
                OfferPage(
                    pk=self.offer_ids[index],
                    rating_average=(Decimal(total_stars) / Decimal(n)).quantize(
                        Decimal("0.01"), ROUND_HALF_UP
                    ),
                    rating_count=n,
                    rating_score=(weight * mean + total_stars) / (weight + n),
                )
            )
        OfferPage.objects.bulk_update(
            offers, ["rating_average", "rating_count", "rating_score"], batch_size=1000
        )
        self.rated_offers = len(offers)
        self.review_count = sum(len(v) for v in ratings.values())


# Measuring


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1)]


def measure(label, call, cases, warmup=5):
    """Time `call(case)` for every case; returns a dict of figures (times in ms)."""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    for case in cases[:warmup]:
        call(case)
    times, queries = [], []
    for case in cases:
        # DEBUG keeps at most 9,000 queries; a full log would make the capture look empty.
        reset_queries()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            call(case)
            times.append((time.perf_counter() - started) * 1000)
        queries.append(len(captured.captured_queries))
    figures = {
        "label": label,
        "n": len(times),
        "median": statistics.median(times),
        "p95": percentile(times, 0.95),
        "max": max(times),
        "queries_min": min(queries),
        "queries_max": max(queries),
    }
    log(
        f"  {label}: median {figures['median']:.1f} ms, p95 {figures['p95']:.1f} ms, "
        f"queries {figures['queries_min']}-{figures['queries_max']}"
    )
    return figures


def search_cases(rng, n):
    """Query word, theme, target group and municipality for n requests, from fixed lists."""
    from core.models import Region, TargetGroup, Theme

    themes = list(
        Theme.objects.filter(locale__language_code="nl")
        .order_by("slug")
        .values_list("slug", flat=True)
    )
    groups = list(
        TargetGroup.objects.filter(locale__language_code="nl")
        .order_by("slug")
        .values_list("slug", flat=True)
    )
    # Municipalities with the most local offers, so that the filter narrows something.
    municipalities = list(
        Region.objects.filter(kind="municipality").order_by("code").values_list("code", flat=True)
    )
    municipalities = rng.sample(municipalities, min(12, len(municipalities)))
    return [
        {
            "q": rng.choice(QUERY_WORDS),
            "thema": rng.choice(themes),
            "doelgroep": rng.choice(groups),
            "regio": rng.choice(municipalities),
        }
        for _ in range(n)
    ]


def fresh_words(rng, n):
    """n different queries from the index's Dutch vocabulary (words of four letters or more),
    in random order, so that each request searches words not searched before in the run:
    single words while they last, then pairs of them."""
    from search import terms

    words = sorted(word for word in terms.vocabulary("nl").counts if len(word) >= 4)
    queries = rng.sample(words, min(n, len(words)))
    seen = set(queries)
    while len(queries) < n:
        pair = " ".join(rng.sample(words, 2))
        if pair not in seen:
            seen.add(pair)
            queries.append(pair)
    rng.shuffle(queries)
    return queries


def suggest_cases(rng, n):
    """What a visitor has typed so far: the start of a word (two letters or more), now and
    then after a whole first word."""
    cases = []
    for _ in range(n):
        word = rng.choice(QUERY_WORDS + NOUNS)
        typed = word[: rng.randint(2, len(word))]
        if rng.random() < 0.3:
            typed = f"{rng.choice(QUERY_WORDS)} {typed}"
        cases.append({"q": typed})
    return cases


def facet_cases(rng, n):
    """The facet-only page: every kind of content in turn, mostly offers."""
    kinds = ["offer"] * 6 + ["funding", "bestpractice", "story", "discussion"]
    return [{"soort": kinds[i % len(kinds)] if i % 2 else "offer"} for i in range(n)]


# Wagtail's own search on the same data: the FilterFields of OfferPage that match our facets.
WAGTAIL_FACETS = ["offer_type", "reach", "is_free", "accreditation_level", "school_time"]


def wagtail_search(case):
    """Wagtail's search for the same request: filters, the first 20 hits, total, facets."""
    from django.db.models import Q

    from core.models import Region
    from offers.models import OfferPage

    pages = OfferPage.objects.live()
    if "thema" in case:
        regions = Region.objects.containing(case["regio"]).values("pk")
        matching = OfferPage.objects.filter(
            Q(reach="national") | Q(regions__in=regions),
            themes__slug=case["thema"],
            target_groups__slug=case["doelgroep"],
        ).values("pk")
        pages = pages.filter(id__in=matching)
    results = pages.search(case.get("q") or None)
    hits = list(results[:20])
    total = results.count()
    facets = {name: results.facet(name) for name in WAGTAIL_FACETS}
    return hits, total, facets


def wagtail_facets_only(case):
    """Facet counts of all live offers through Wagtail's search (an empty query matches all)."""
    from offers.models import OfferPage

    results = OfferPage.objects.live().search(None)
    hits = list(results[:20])
    total = results.count()
    facets = {name: results.facet(name) for name in WAGTAIL_FACETS}
    return hits, total, facets


def run_measurements(requests, seed, wagtail_requests):
    from django.http import QueryDict
    from django.test import Client
    from django.utils import translation

    from search.query import SearchQuery
    from search.service import search as run_search

    rng = random.Random(seed)
    client = Client()
    searches = search_cases(rng, requests)
    facet_pages = facet_cases(rng, requests)
    typed = suggest_cases(rng, requests)

    def page(case):
        response = client.get("/zoeken/", case)
        if response.status_code != 200:
            raise SystemExit(f"/zoeken/ answered {response.status_code} for {case}")
        return response

    def page_new_words(case):
        # As if the words had not been searched since the index last changed: the engine
        # keeps recent words' matches (search.engines.snapshot.Snapshot.text_match).
        from search.engines import snapshot

        snapshot.current()._text.clear()
        return page(case)

    fresh = fresh_words(rng, len(searches) + 5)

    def page_fresh_word(case):
        # A word nobody searched in this run: drawn once from the index's own vocabulary.
        return page({**case, "q": fresh.pop()})

    def suggest(case):
        response = client.get("/api/v1/suggest/", case)
        if response.status_code != 200:
            raise SystemExit(f"/api/v1/suggest/ answered {response.status_code} for {case}")
        return response

    def engine(case):
        with translation.override("nl"):
            query = QueryDict(mutable=True)
            query.update(case)
            return run_search(SearchQuery.from_params(query, "nl"))

    # What the pages return: all facet groups with counts.
    sample = engine(searches[0])
    facet_sample = engine({"soort": "offer"})
    wagtail_sample = wagtail_search(searches[0]) if wagtail_requests else (None, 0, {})
    log(
        f"  example search {searches[0]}: our engine {sample.total} hits, "
        f"{len(sample.facets)} facet groups ({', '.join(g.name for g in sample.facets)}); "
        f"Wagtail {wagtail_sample[1]} hits, {len(wagtail_sample[2])} facets"
    )
    log(
        f"  facet-only page soort=offer: {facet_sample.total} hits, "
        f"{len(facet_sample.facets)} facet groups"
    )
    results = {
        "search_page": measure("search page /zoeken/?q&thema&doelgroep&regio", page, searches),
        "search_engine": measure("  our engine only (run_search)", engine, searches),
        "search_page_new_words": measure(
            "search page, words not searched before", page_new_words, searches
        ),
        "search_page_fresh_words": measure(
            "search page, a new word each request", page_fresh_word, searches
        ),
        "facet_page": measure("facet-only page /zoeken/?soort=…", page, facet_pages),
        "facet_engine": measure("  our engine only (run_search)", engine, facet_pages),
        "suggest": measure("suggestions as you type /api/v1/suggest/?q=…", suggest, typed),
    }
    if wagtail_requests:
        results["wagtail_search"] = measure(
            "Wagtail search + filters + 5 facets", wagtail_search, searches[:wagtail_requests]
        )
        results["wagtail_facets"] = measure(
            "Wagtail search(None) + 5 facets", wagtail_facets_only, facet_pages[:wagtail_requests]
        )
    results["sample"] = {
        "search_hits": sample.total,
        "search_facet_groups": [g.name for g in sample.facets],
        "facet_hits": facet_sample.total,
        "facet_groups": [g.name for g in facet_sample.facets],
        "wagtail_hits": wagtail_sample[1],
    }
    return results


# Index builds


def rebuild_indexes(wagtail=True):
    from django.core.management import call_command

    output = io.StringIO()

    class Tee(io.TextIOBase):
        def write(self, text):
            output.write(text)
            sys.stdout.write("  " + text if text.strip() else text)
            sys.stdout.flush()
            return len(text)

    started = time.perf_counter()
    call_command("search_index", "rebuild", stdout=Tee())
    ours = time.perf_counter() - started
    progress_lines = [line for line in output.getvalue().splitlines() if "%)" in line]
    if not wagtail:
        return {"ours": ours, "progress_lines": len(progress_lines), "wagtail": float("nan")}

    started = time.perf_counter()
    wagtail_output = io.StringIO()
    call_command("update_index", stdout=wagtail_output, chunk_size=1000)
    wagtail = time.perf_counter() - started
    indexed = [line for line in wagtail_output.getvalue().splitlines() if "indexed" in line]
    log("  Wagtail: " + "; ".join(indexed))
    return {"ours": ours, "progress_lines": len(progress_lines), "wagtail": wagtail}


# Report


def code_version():
    """The commit measured, so that figures can be traced to the code."""
    import subprocess

    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def memory_figures():
    """The process's resident memory now and at its peak, in MB, from /proc/self/status
    (VmRSS, VmHWM). Not getrusage: a child started by fork and exec reports its parent's
    peak there."""
    figures = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                figures[line[:5]] = int(line.split()[1]) / 1024
    return {"rss_mb": figures["VmRSS"], "max_rss_mb": figures["VmHWM"]}


def serving_memory(args, url):
    """The memory of a fresh process that only serves: Django set up on the benchmark's
    database, then the search page, the facet-only page and the suggestions, `--requests`
    each (this process also generated the data set and rebuilt the indexes)."""
    import subprocess

    command = [
        sys.executable,
        __file__,
        "--database",
        args.database,
        "--requests",
        str(args.requests),
        "--seed",
        str(args.seed),
        "--serving-memory",
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def serve_and_measure_memory(args):
    """The child of `serving_memory`: prints its memory figures as JSON."""
    setup_django(args.serving_memory)
    from django.test import Client

    rng = random.Random(args.seed)
    client = Client()
    for case in search_cases(rng, args.requests):
        client.get("/zoeken/", case)
    for case in facet_cases(rng, args.requests):
        client.get("/zoeken/", case)
    for case in suggest_cases(rng, args.requests):
        client.get("/api/v1/suggest/", case)
    print(json.dumps(memory_figures()))


def snapshot_seconds():
    """How long a worker takes to read the index into memory (its first search after a
    change), the median of three reads."""
    from search.engines.snapshot import Snapshot

    times = []
    for _ in range(3):
        started = time.perf_counter()
        Snapshot("bench")
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def snapshot_update_ms():
    """How long a worker takes to bring the index in memory up to date after a change to one
    entry (search.engines.snapshot.Snapshot.updated): the median of twenty changes, each to
    another entry, in milliseconds."""
    from search.engines import snapshot
    from search.labels import labels_changed
    from search.models import SearchEntry

    keys = list(SearchEntry.objects.order_by("id").values_list("key", flat=True))
    keys = keys[:: max(1, len(keys) // 20)][:20]
    snapshot.current()
    times = []
    for key in keys:
        labels_changed([key])
        started = time.perf_counter()
        snapshot.current()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def verdict(ok, name, figures):
    if "Wagtail" in name and "wagtail_search" not in figures:
        return "not measured (--no-wagtail)"
    return "PASS" if ok else "FAIL"


def report(args, timings, counts, indexes, figures, generator, memory):
    from django.db import connection

    from search.models import SearchEntry, SearchFacet

    search = figures["search_page"]
    nan = {"p95": float("nan")}
    wagtail = figures.get("wagtail_search", nan)
    ratio = search["p95"] / wagtail["p95"]
    engine_ratio = figures["search_engine"]["p95"] / wagtail["p95"]
    facet_ratio = figures["facet_page"]["p95"] / figures.get("wagtail_facets", nan)["p95"]
    all_facets = set(figures["sample"]["search_facet_groups"]) >= {"kind", "theme", "region"}
    targets = [
        (
            f"search p95 ≤ {TARGET_RATIO:.1f}× Wagtail's own search (page / Wagtail)",
            f"{ratio:.2f}×",
            ratio <= TARGET_RATIO,
        ),
        (
            "  …while returning all facet counts",
            f"{len(figures['sample']['search_facet_groups'])} facet groups vs "
            f"{len(WAGTAIL_FACETS)} Wagtail facets",
            all_facets,
        ),
        (
            f"≤ {TARGET_MAX_QUERIES} SQL queries per search request",
            f"{search['queries_min']}–{search['queries_max']}",
            search["queries_max"] <= TARGET_MAX_QUERIES,
        ),
        (
            "index rebuild progress visible",
            f"{indexes['progress_lines']} progress lines",
            indexes["progress_lines"] >= 10,
        ),
    ]
    facet_page = figures["facet_page"]
    suggest = figures["suggest"]
    rebuild = timings["our index: search_index rebuild (all_documents)"]
    targets_12 = [
        (
            f"search page p95 ≤ {TARGET_SEARCH_P95} ms",
            f"{search['p95']:.1f} ms",
            search["p95"] <= TARGET_SEARCH_P95,
        ),
        (
            f"facet-only page p95 ≤ {TARGET_FACET_P95} ms",
            f"{facet_page['p95']:.1f} ms",
            facet_page["p95"] <= TARGET_FACET_P95,
        ),
        (
            f"suggestions p95 ≤ {TARGET_SUGGEST_P95} ms",
            f"{suggest['p95']:.1f} ms",
            suggest["p95"] <= TARGET_SUGGEST_P95,
        ),
        (
            f"≤ {TARGET_SEARCH_QUERIES} SQL queries per search page",
            f"{search['queries_min']}–{search['queries_max']}",
            search["queries_max"] <= TARGET_SEARCH_QUERIES,
        ),
        (
            f"RSS of a serving process after the run ≤ {TARGET_RSS_MB} MB",
            f"{memory['serving']['rss_mb']:.0f} MB (peak {memory['serving']['max_rss_mb']:.0f} MB)",
            memory["serving"]["rss_mb"] <= TARGET_RSS_MB,
        ),
        (
            f"index rebuild < {TARGET_REBUILD_SECONDS} s, with progress",
            f"{rebuild:.0f} s, {indexes['progress_lines']} progress lines",
            rebuild < TARGET_REBUILD_SECONDS and indexes["progress_lines"] >= 10,
        ),
    ]
    version = connection.cursor().connection
    if connection.vendor == "sqlite":
        import sqlite3

        engine_name = f"SQLite {sqlite3.sqlite_version}"
    else:
        engine_name = f"PostgreSQL {version.info.server_version // 10000}"
    lines = [
        f"# Search benchmark: {engine_name}, scale {args.scale}",
        "",
        f"Run on {platform.node() or 'unknown'} ({platform.machine()}, Python "
        f"{platform.python_version()}), {args.requests} timed requests per case "
        + (
            f"({args.wagtail_requests} for Wagtail's search) "
            if args.wagtail_requests != args.requests
            else ""
        )
        + f"after 5 warm-up requests, seed {args.seed}, code at commit {code_version()}. Server "
        "time "
        "through Django's test client (middleware, view, template), SQL queries counted with "
        "CaptureQueriesContext.",
        "",
        "## Data set",
        "",
        "| what | count |",
        "|---|---:|",
        *[f"| {name} | {n:,} |" for name, n in counts.items()],
        "",
        "## Times",
        "",
        "| step | seconds |",
        "|---|---:|",
        *[
            f"| {name} | {'reused (--reuse)' if math.isnan(seconds) else f'{seconds:,.1f}'} |"
            for name, seconds in timings.items()
        ],
        "",
        "## Requests (ms)",
        "",
        "| case | n | median | p95 | max | SQL queries |",
        "|---|---:|---:|---:|---:|---:|",
        *[
            f"| {f['label'].strip()} | {f['n']} | {f['median']:.1f} | {f['p95']:.1f} | "
            f"{f['max']:.1f} | {f['queries_min']}–{f['queries_max']} |"
            for key, f in figures.items()
            if key != "sample"
        ],
        "",
        f"Ratio of p95, search page / Wagtail search: **{ratio:.2f}×** "
        f"(our engine alone / Wagtail: {engine_ratio:.2f}×); facet-only page / Wagtail "
        f"facets: {facet_ratio:.2f}×.",
        "",
        f"Example search: our engine {figures['sample']['search_hits']} hits with facet groups "
        f"{', '.join(figures['sample']['search_facet_groups'])}; Wagtail "
        f"{figures['sample']['wagtail_hits']} hits (offers only) with facets "
        f"{', '.join(WAGTAIL_FACETS)}. Facet-only page (soort=offer): "
        f"{figures['sample']['facet_hits']} hits, facet groups "
        f"{', '.join(figures['sample']['facet_groups'])}.",
        "",
        "## Targets (issue 12)",
        "",
        "| target | measured | result |",
        "|---|---|---|",
        *[
            f"| {name.strip()} | {value} | {'PASS' if ok else 'FAIL'} |"
            for name, value, ok in targets_12
        ],
        "",
        "## Targets (issue 6)",
        "",
        "| target | measured | result |",
        "|---|---|---|",
        *[
            f"| {name.strip()} | {value} | {verdict(ok, name, figures)} |"
            for name, value, ok in targets
        ],
        "",
        "## Notes",
        "",
        f"- Index sizes: {SearchEntry.objects.count():,} search entries, "
        f"{SearchFacet.objects.count():,} facet rows.",
        "- Reviews: "
        + (
            f"{generator.review_count:,} community.Review rows (bulk_create); the rating fields of "
            f"{generator.rated_offers:,} offers set with bulk_update "
            "(Bayesian (C·m + sum) / (C + n), C = REVIEW_PRIOR_WEIGHT, m = REVIEW_PRIOR_MEAN)."
            if generator.reviews_stored
            else f"no community.Review model: {generator.review_count:,} synthetic ratings "
            "written straight into the offers' rating fields, no Review rows."
        ),
        "- Wagtail's side searches offers only (OfferPage.objects.live().search), with the same "
        "theme, target group and region filters (reach rule) applied as an id__in subquery, and "
        f"facets on {', '.join(WAGTAIL_FACETS)}; it renders no page. Our page searches every "
        "kind of content and returns every facet with counts, rendered as HTML.",
        "- Only Dutch pages are generated (no translations); the English search is not measured.",
        "- ELASTICSEARCH_URL is cleared: this measures the database engine; the page cache is "
        "off (PAGE_CACHE_ENABLED=0), so every request is served by the view.",
        "- The engine keeps the index's facets and ranking signals in memory "
        "(search.engines.snapshot). Reading them in full takes "
        f"{memory['snapshot_seconds']:.2f} s at this scale (median of three reads): a new "
        "worker, a rebuild, a change whose entries are not known. After a change to a few "
        "entries a worker reads only those into a copy of its snapshot: "
        f"{memory['snapshot_update_ms']:.1f} ms for one entry (median of twenty), paid by "
        "its first search after the change. It also keeps the full-text matches of "
        "the latest 64 text queries until the index changes, so the search page case meets "
        "each of the ten query words once unmatched; the case 'words not searched before' "
        "empties that memory before every request.",
        f"- Memory: a fresh process that only serves (Django on this database, then the search "
        f"page, the facet-only page and the suggestions, {args.requests} requests each) holds "
        f"{memory['serving']['rss_mb']:.0f} MB after its run (peak "
        f"{memory['serving']['max_rss_mb']:.0f} MB). The benchmark's own process, "
        f"which also generated the data set and rebuilt the indexes, holds "
        f"{memory['rss_mb']:.0f} MB (peak {memory['max_rss_mb']:.0f} MB).",
    ]
    text = "\n".join(lines) + "\n"
    log("")
    log(text)
    path = ROOT / "bench" / f"results-{args.database}.md"
    path.write_text(text, encoding="utf-8")
    log(f"Written to {path.relative_to(ROOT)}")


def main():
    args = parse_args()
    if args.serving_memory:
        serve_and_measure_memory(args)
        return
    run_started = time.perf_counter()
    timings = {}
    log(f"Search benchmark on {args.database}, scale {args.scale}, {args.requests} requests")

    started = time.perf_counter()
    if args.reuse:
        setup_django(reused_database(args.database, args.postgres_db))
    else:
        setup_django(fresh_database(args.database, args.postgres_db))
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    timings["create and migrate the database"] = time.perf_counter() - started
    log(f"Database ready in {timings['create and migrate the database']:.1f} s")

    generator = Generator(args.scale, args.seed)
    if args.reuse:
        from community.models import Review

        generator.reviews_stored = True
        generator.review_count = Review.objects.count()
        generator.rated_offers = Review.objects.values("offer").distinct().count()
    else:
        started = time.perf_counter()
        call_command("load_taxonomy", stdout=io.StringIO())
        call_command("load_schools", stdout=io.StringIO())
        timings["load taxonomy and schools"] = time.perf_counter() - started

        log("Generating the data set")
        started = time.perf_counter()
        generator.run()
        timings["generate the data set"] = time.perf_counter() - started
        log(f"Data set generated in {timings['generate the data set']:.1f} s")

    from bestpractices.models import BestPracticePage, OntwikkelplekPage
    from community.models import Discussion, Review
    from offers.models import FundingSchemePage, OfferPage, OfferSession, ProviderPage
    from schools.models import School

    counts = {
        "schools (real list)": School.objects.count(),
        "providers": ProviderPage.objects.count(),
        "offers": OfferPage.objects.count(),
        "offers with sessions": OfferSession.objects.values("page").distinct().count(),
        "funding schemes": FundingSchemePage.objects.count(),
        "best practices": BestPracticePage.objects.count(),
        "Ontwikkelplek stories": OntwikkelplekPage.objects.count(),
        "discussions": Discussion.objects.count(),
        "reviews": Review.objects.count() if generator.reviews_stored else generator.review_count,
    }

    if args.reuse:
        log("Reusing the data set and indexes of an earlier run")
        if not args.no_wagtail:
            log("  (Wagtail's index as that run left it)")
        indexes = {"ours": float("nan"), "progress_lines": 0, "wagtail": float("nan")}
        timings["our index: search_index rebuild (all_documents)"] = float("nan")
    else:
        log("Building the indexes")
        indexes = rebuild_indexes(wagtail=not args.no_wagtail)
        timings["our index: search_index rebuild (all_documents)"] = indexes["ours"]
        if not args.no_wagtail:
            timings["Wagtail's index: update_index"] = indexes["wagtail"]

    from django.db import connection

    if connection.vendor == "postgresql":
        # Fresh bulk-loaded tables have no planner statistics until autovacuum gets to them.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    log("Measuring")
    started = time.perf_counter()
    figures = run_measurements(args.requests, args.seed, args.wagtail_requests)
    timings["measurements"] = time.perf_counter() - started
    memory = memory_figures()
    from django.conf import settings

    database = settings.DATABASES["default"]
    url = (
        f"sqlite:///{database['NAME']}"
        if connection.vendor == "sqlite"
        else postgres_url(database["NAME"])
    )
    memory["serving"] = serving_memory(args, url)
    memory["snapshot_seconds"] = snapshot_seconds()
    memory["snapshot_update_ms"] = snapshot_update_ms()
    timings["whole run"] = time.perf_counter() - run_started
    report(args, timings, counts, indexes, figures, generator, memory)


if __name__ == "__main__":
    main()
