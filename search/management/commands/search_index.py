"""Build and check the search indexes.

manage.py search_index rebuild   rebuild the database entries from the content, then (with
                                 ELASTICSEARCH_URL) fill new Elasticsearch indexes in bulk
                                 and swap the aliases
manage.py search_index check     report entries missing or stale in Elasticsearch
manage.py search_index drain     send pending index updates now
"""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from search import elastic_index
from search.indexing import all_documents, compact_full_text, drain_outbox
from search.models import IndexOutbox, SearchEntry
from search.sources import SOURCES


class Progress:
    """A one-line progress bar on a terminal, a line per 10% elsewhere."""

    def __init__(self, stdout, label, total):
        self.stdout, self.label, self.total, self.done, self.shown = stdout, label, total, 0, -1

    def step(self, n=1):
        self.done += n
        percent = 100 if not self.total else min(100, self.done * 100 // self.total)
        if sys.stdout.isatty():
            bar = "#" * (percent // 4)
            self.stdout.write(f"\r{self.label} [{bar:<25}] {self.done}/{self.total}", ending="")
        elif percent // 10 != self.shown // 10:
            self.stdout.write(f"{self.label}: {self.done}/{self.total} ({percent}%)")
        self.shown = percent

    def finish(self):
        if sys.stdout.isatty():
            self.stdout.write("")


class Command(BaseCommand):
    help = "Rebuild, check or drain the search indexes."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "check", "drain"])

    def handle(self, *args, action, **options):
        # Not self.check: that is Django's system check, which runs before every command.
        getattr(self, f"{action}_index")()

    def rebuild_index(self):
        total = sum(source.queryset().count() for source in SOURCES)
        progress = Progress(self.stdout, "Database-index", total)
        count = all_documents(progress=lambda kind: progress.step())
        progress.finish()
        self.stdout.write(f"Database-index: {count} items ({total} bekeken)")
        if compact_full_text():
            self.stdout.write("Volledige-tekstindex herschreven zonder oude rijen (VACUUM FULL).")
        if not settings.ELASTICSEARCH_URL:
            self.stdout.write("Geen ELASTICSEARCH_URL: alleen de database-index is bijgewerkt.")
            return
        started = timezone.now()
        entries = SearchEntry.objects.count()
        progress = Progress(self.stdout, "Elasticsearch", entries)
        try:
            counts = elastic_index.rebuild(progress=progress.step)
        except Exception as error:
            raise CommandError(f"Elasticsearch niet bijgewerkt: {error}") from error
        progress.finish()
        # The rebuild carried every change made before it started.
        IndexOutbox.objects.filter(queued_at__lt=started).delete()
        for language, n in counts.items():
            self.stdout.write(f"Elasticsearch {language}: {n} documenten")

    def check_index(self):
        if not settings.ELASTICSEARCH_URL:
            raise CommandError("Geen ELASTICSEARCH_URL ingesteld: er is niets te vergelijken.")
        report = elastic_index.check()
        problems = 0
        for language, result in report.items():
            self.stdout.write(
                f"{language}: {result['indexed']} in Elasticsearch, {result['expected']} verwacht; "
                f"{len(result['missing'])} ontbreken, {len(result['stale'])} verouderd, "
                f"{len(result['extra'])} te veel"
            )
            problems += len(result["missing"]) + len(result["stale"]) + len(result["extra"])
        pending = IndexOutbox.objects.count()
        self.stdout.write(f"Wachtende updates: {pending}")
        if problems:
            raise CommandError(f"{problems} verschillen gevonden; draai 'search_index rebuild'.")

    def drain_index(self):
        sent, failed = drain_outbox()
        self.stdout.write(f"Verstuurd: {sent}, uitgesteld: {failed}")
