"""The database side of search.

`SearchEntry` is one indexed item in one language, flattened from its source (a page or a
discussion) by `search.sources`. It is the database engine's index and the single source of
what goes to Elasticsearch, so both engines see exactly the same data.

`IndexOutbox` is the durable queue of Elasticsearch updates: a row is written in the same
transaction as the change, and the worker removes it only once Elasticsearch has accepted it.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class SearchEntry(index.Indexed, models.Model):
    key = models.CharField(max_length=64, unique=True)  # "page:12", "discussion:3"
    language = models.CharField(max_length=8, db_index=True)  # "nl", "en"; "" for any
    kind = models.CharField(max_length=20, db_index=True)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # The words of its taxonomy, type, funding, provider and places (see search.sources):
    # what a teacher types, weighted above the body text.
    keywords = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    published_at = models.DateTimeField(null=True, db_index=True)
    # Ranking signals (see search.ranking).
    rating_average = models.FloatField(null=True)
    rating_count = models.PositiveIntegerField(default=0)
    rating_score = models.FloatField(default=0)
    accreditation_rank = models.PositiveSmallIntegerField(default=0)
    reach_rank = models.PositiveSmallIntegerField(default=0)  # 0 local, 1 regional, 2 national
    is_national = models.BooleanField(default=False)
    has_dates = models.BooleanField(default=True)
    payable_from_scheme = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("keywords", boost=2),
        index.SearchField("body"),
        index.FilterField("language"),
        index.FilterField("kind"),
    ]

    class Meta:
        indexes = [models.Index(fields=["language", "kind"])]

    def __str__(self):
        return f"{self.key} ({self.language})"


class SearchFacet(models.Model):
    """One facet value of an entry, e.g. ("theme", "lerarentekort") or ("region", "GM1979")."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    name = models.CharField(max_length=30)
    value = models.CharField(max_length=100)
    label = models.CharField(max_length=255)  # in the entry's language

    class Meta:
        indexes = [models.Index(fields=["name", "value", "entry"])]
        constraints = [
            models.UniqueConstraint(fields=["entry", "name", "value"], name="unique_entry_facet")
        ]

    def __str__(self):
        return f"{self.name}={self.value}"


class IndexOutbox(models.Model):
    """A pending Elasticsearch update for one entry key; repeated changes collapse into one row."""

    key = models.CharField(max_length=64, unique=True)
    queued_at = models.DateTimeField(default=timezone.now)  # time of the latest change
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, db_index=True)
    last_error = models.TextField(blank=True)

    def __str__(self):
        return self.key


class Synonym(models.Model):
    """Words that mean the same to a teacher ("kleuters" and "groep 1-2"), kept by editors
    (Snippets > Synonyms) and applied to what visitors type, by both engines."""

    term = models.CharField(_("woord"), max_length=100)
    alternatives = models.CharField(
        _("betekent ook"),
        max_length=500,
        help_text=_("Gescheiden door komma's, bijvoorbeeld: groep 1-2, onderbouw"),
    )
    language = models.CharField(
        _("taal"),
        max_length=8,
        blank=True,
        choices=[("nl", _("Nederlands")), ("en", _("Engels")), ("", _("Beide"))],
        default="nl",
    )

    class Meta:
        verbose_name = _("synoniem")
        verbose_name_plural = _("synoniemen")
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(fields=["term", "language"], name="unique_synonym_term")
        ]

    def __str__(self):
        return f"{self.term} → {self.alternatives}"

    def alternative_list(self):
        return [part.strip().lower() for part in self.alternatives.split(",") if part.strip()]
