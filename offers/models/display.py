"""What the offer page shows beyond its fields: its sessions with places, its taxonomy in the
visitor's language, its price line and badge. A mixin of OfferPage (offers.models.offers)."""

from datetime import timedelta
from decimal import Decimal

from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core import terms as tables
from core.models import Region
from core.models.taxonomy import localized_terms
from core.money import euro

from .choices import AccreditationLevel, PriceUnit
from .sessions import count_places, kept_with_places

# Past sessions stay on the offer page this long, shown as past.
LISTED_DAYS_BACK = 30
# The taxonomy links the offer page shows, read together (OfferPage.taxonomy).
TAXONOMY_FIELDS = (
    "themes",
    "learning_areas",
    "target_groups",
    "curriculum_goals",
    "replaces_goals",
    "regions",
)


class OfferDisplay:
    """Needs `source_page()`, `sessions`, `on_request`, `price`, `is_free` and the taxonomy
    fields named in TAXONOMY_FIELDS (OfferPage has them)."""

    @cached_property
    def recent_sessions(self):
        """Sessions of the last weeks and to come, with their booked places, read once per
        page object: the session table, the "no dates" notice and the request button all
        ask. A translation shows the sessions of the offer in the default language, where
        schools book."""
        since = timezone.now() - timedelta(days=LISTED_DAYS_BACK)
        source = self.source_page()
        if source.pk is not None and "sessions" not in getattr(
            source, "_cluster_related_objects", {}
        ):
            # Saved sessions, with their places (in one query when not kept). Kept with
            # those of the last weeks, which only leave the list as time passes.
            kept = kept_with_places(
                source.sessions.filter(end__gte=since).order_by("start"), f"offer:{source.pk}"
            )
            return [session for session in kept if session.end >= since]
        # A preview's unsaved sessions, as the editor left them.
        sessions = [s for s in source.sessions.all() if s.end >= since]
        return count_places(sorted(sessions, key=lambda session: session.start))

    def upcoming_sessions(self):
        """Sessions not yet over."""
        now = timezone.now()
        return [session for session in self.recent_sessions if session.end >= now]

    def listed_sessions(self):
        """What the offer page lists: sessions of the last weeks (shown as past) and upcoming."""
        return list(self.recent_sessions)

    def bookable_sessions(self):
        return [session for session in self.upcoming_sessions() if not session.is_full]

    @property
    def has_no_dates(self):
        """Past its last session and not on request: shown as 'no dates planned'."""
        return not self.on_request and not self.upcoming_sessions()

    def taxonomy(self):
        """{field: [term]} of the offer's themes, learning areas, target groups, kerndoelen
        and regions, in the visitor's language: the links in one query, the terms from the
        process's copy of their tables (core.terms). A preview's unsaved links are read as
        they are."""
        unsaved = getattr(self, "_cluster_related_objects", {})
        if self.pk is None or any(name in unsaved for name in TAXONOMY_FIELDS):
            links = {
                name: [term.pk for term in getattr(self, name).all()] for name in TAXONOMY_FIELDS
            }
        else:
            links = self._taxonomy_links()
        result = {}
        for name, pks in links.items():
            model = self._meta.get_field(name).related_model
            rows = tables.rows(model, pks)
            result[name] = rows if model is Region else localized_terms(rows)
        return result

    def _taxonomy_links(self):
        queries = []
        for name in TAXONOMY_FIELDS:
            field = self._meta.get_field(name)
            through = field.remote_field.through
            queries.append(
                through.objects.filter(**{field.m2m_field_name(): self.pk})
                .annotate(field=models.Value(name, output_field=models.CharField()))
                .values_list(field.m2m_reverse_field_name(), "field")
            )
        links = {name: [] for name in TAXONOMY_FIELDS}
        for pk, name in queries[0].union(*queries[1:], all=True):
            links[name].append(pk)
        return links

    @property
    def price_text(self):
        """The price with its unit ("€ 12,50 per leerling"); "" when no price is set."""
        if self.price is None:
            return ""
        return f"{euro(self.price)} {self.get_price_unit_display()}".strip()

    @property
    def price_label(self):
        """What the offer costs, as every listing, page and plan shows it."""
        if self.is_free:
            return _("Gratis")
        return self.price_text or _("Op aanvraag")

    def price_for(self, pupils):
        """What the offer costs one group of `pupils` pupils, as Decimal; None when the
        provider names no price."""
        if self.is_free:
            return Decimal("0.00")
        if self.price is None:
            return None
        if self.price_unit == PriceUnit.PER_PUPIL:
            return self.price * (pupils or 0)
        return self.price

    def group_price_text(self, pupils):
        """The price for this group in words: "€ 238,00 voor 28 leerlingen (€ 8,50 per
        leerling)", "€ 95,00 per groep", "Gratis" or "Op aanvraag"."""
        total = self.price_for(pupils)
        if self.is_free or total is None:
            return self.price_label
        if self.price_unit == PriceUnit.PER_PUPIL and pupils:
            return _("%(total)s voor %(pupils)s leerlingen (%(price)s per leerling)") % {
                "total": euro(total),
                "pupils": pupils,
                "price": euro(self.price),
            }
        return self.price_text

    @property
    def show_accreditation_badge(self):
        return self.accreditation_level != AccreditationLevel.NONE
