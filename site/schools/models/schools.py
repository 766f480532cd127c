"""Primary schools (DUO's list of school locations) and e-mail domain rules for verification."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.text import place_name


class SchoolQuerySet(models.QuerySet):
    def search(self, query):
        """Schools whose name or place contains every word of `query` (case-insensitive)."""
        words = [word for word in (query or "").split() if word][:6]
        if not words:
            return self.none()
        rows = self
        for word in words:
            rows = rows.filter(Q(name__icontains=word) | Q(place__icontains=word))
        return rows


class School(models.Model):
    """One location (vestiging) of a regular primary school, from DUO's open data."""

    vestiging = models.CharField(_("vestigingscode"), max_length=6, unique=True)
    brin = models.CharField(_("BRIN"), max_length=4, db_index=True)
    name = models.CharField(_("naam"), max_length=200)
    place = models.CharField(_("plaats"), max_length=100)
    municipality = models.ForeignKey(
        "core.Region",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="schools",
        limit_choices_to={"kind": "municipality"},
    )
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    street = models.CharField(_("straat"), max_length=200, blank=True)
    house_number = models.CharField(_("huisnummer"), max_length=20, blank=True)
    denomination = models.CharField(_("denominatie"), max_length=100, blank=True)

    objects = SchoolQuerySet.as_manager()

    class Meta:
        db_table = "community_school"  # created by the community app, moved with its rows
        verbose_name = _("school")
        verbose_name_plural = _("scholen")
        ordering = ["name", "place"]

    def __str__(self):
        return f"{self.name} ({self.where})"

    @property
    def where(self):
        """The place, and the municipality only where it differs ("Geleen, Sittard-Geleen"):
        "Hildegaertschool (Rotterdam) (Rotterdam)" said the same thing twice."""
        place = self.place_display
        municipality = self.municipality.name if self.municipality_id else ""
        if municipality and municipality.casefold() != place.casefold():
            return f"{place}, {municipality}"
        return place

    @property
    def place_display(self):
        """DUO writes places in capitals; show them as a name."""
        return place_name(self.place)


class SchoolEmailDomain(models.Model):
    """A rule: a confirmed address at this domain verifies the member for the school."""

    domain = models.CharField(
        _("e-maildomein"),
        max_length=200,
        unique=True,
        help_text=_("Bijvoorbeeld 'deregenboog.nl', zonder @."),
    )
    school = models.ForeignKey(
        School, verbose_name=_("school"), on_delete=models.CASCADE, related_name="email_domains"
    )

    class Meta:
        db_table = "community_schoolemaildomain"
        verbose_name = _("e-maildomein van een school")
        verbose_name_plural = _("e-maildomeinen van scholen")
        ordering = ["domain"]

    def __str__(self):
        return f"{self.domain} → {self.school}"

    def save(self, *args, **kwargs):
        self.domain = self.domain.strip().lower().lstrip("@")
        super().save(*args, **kwargs)

    @classmethod
    def school_for_email(cls, email):
        domain = (email or "").rpartition("@")[2].strip().lower()
        if not domain:
            return None
        rule = cls.objects.select_related("school").filter(domain=domain).first()
        return rule.school if rule else None
