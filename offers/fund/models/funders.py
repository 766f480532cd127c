"""Funders and their people, each scheme's procedure, the pooled fund and its contributions.

Applications and their record live in `applications.py`. Money is `Decimal` in euros. The fund
keeps its running totals on its own row, with database constraints that it never commits more
than was contributed nor pays more than it committed: `ledger.py` locks that row before a grant
(two grants for the last money: the second waits, then finds too little left).
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel

MONEY = {"max_digits": 12, "decimal_places": 2}
ZERO = Decimal("0.00")


class Funder(models.Model):
    class Kind(models.TextChoices):
        FUND = "fonds", _("Fonds")
        MUNICIPALITY = "gemeente", _("Gemeente")
        COMPANY = "bedrijfsfonds", _("Bedrijfsfonds")
        MINISTRY = "ministerie", _("Programma van een ministerie")

    name = models.CharField(_("naam"), max_length=200, unique=True)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)

    class Meta:
        verbose_name = _("financier")
        verbose_name_plural = _("financiers")
        ordering = ["name"]

    def __str__(self):
        return self.name


class FunderMember(models.Model):
    """A person who acts for a funder: reads and decides the applications to its schemes."""

    funder = models.ForeignKey(Funder, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="funder_memberships"
    )

    class Meta:
        verbose_name = _("lid van een financier")
        verbose_name_plural = _("leden van financiers")
        constraints = [models.UniqueConstraint(fields=["funder", "user"], name="fund_member_once")]

    def __str__(self):
        return f"{self.user} – {self.funder}"


class Fund(models.Model):
    """A pooled fund (the Ontwikkelfonds). The totals are kept by `ledger.py` only."""

    name = models.CharField(_("naam"), max_length=200, unique=True)
    contributed = models.DecimalField(_("ingelegd"), default=ZERO, editable=False, **MONEY)
    committed = models.DecimalField(_("toegekend"), default=ZERO, editable=False, **MONEY)
    paid = models.DecimalField(_("uitbetaald"), default=ZERO, editable=False, **MONEY)

    class Meta:
        verbose_name = _("fonds")
        verbose_name_plural = _("fondsen")
        constraints = [
            # The last line of defence if a grant ever skipped the row lock.
            models.CheckConstraint(
                condition=Q(committed__lte=F("contributed")), name="fund_commits_what_it_has"
            ),
            models.CheckConstraint(
                condition=Q(paid__lte=F("committed")), name="fund_pays_what_it_committed"
            ),
            models.CheckConstraint(condition=Q(paid__gte=0), name="fund_paid_not_negative"),
        ]

    def __str__(self):
        return self.name

    @property
    def remaining(self):
        return self.contributed - self.committed


class Contribution(models.Model):
    """Money a funder puts in the fund; earmarked for themes and/or regions, or free."""

    fund = models.ForeignKey(Fund, on_delete=models.PROTECT, related_name="contributions")
    funder = models.ForeignKey(Funder, on_delete=models.PROTECT, related_name="contributions")
    amount = models.DecimalField(
        _("bedrag (euro)"), validators=[MinValueValidator(Decimal("0.01"))], **MONEY
    )
    themes = models.ManyToManyField("core.Theme", verbose_name=_("voor thema's"), blank=True)
    regions = models.ManyToManyField("core.Region", verbose_name=_("voor regio's"), blank=True)
    date = models.DateField(_("datum"))

    class Meta:
        verbose_name = _("inleg")
        verbose_name_plural = _("inleg")
        ordering = ["date", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="fund_contribution_positive")
        ]

    def __str__(self):
        return f"{self.funder}: € {self.amount}"


class SchemeProcedure(ClusterableModel):
    """How a funding scheme (a page of the catalogue) takes and decides applications."""

    class Intake(models.TextChoices):
        ON_SITE = "site", _("Aanvragen via deze site")
        OWN = "own", _("Eigen procedure van de financier")

    class Decision(models.TextChoices):
        ONE = "one", _("Eén beoordelaar")
        COMMITTEE = "committee", _("Een commissie")

    scheme = models.OneToOneField(
        "offers.FundingSchemePage",
        verbose_name=_("regeling"),
        on_delete=models.CASCADE,
        related_name="procedure",
    )
    funder = models.ForeignKey(
        Funder, verbose_name=_("financier"), on_delete=models.PROTECT, related_name="procedures"
    )
    fund = models.ForeignKey(
        Fund,
        verbose_name=_("betaald uit fonds"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="procedures",
        help_text=_("Leeg: de financier betaalt zelf, buiten het Ontwikkelfonds."),
    )
    intake = models.CharField(
        _("aanvragen"), max_length=10, choices=Intake.choices, default=Intake.ON_SITE
    )
    own_procedure = models.TextField(_("uitleg eigen procedure"), blank=True)
    own_address = models.CharField(_("adres of webadres"), max_length=300, blank=True)
    decision = models.CharField(
        _("besluit door"), max_length=10, choices=Decision.choices, default=Decision.ONE
    )

    panels = [
        FieldPanel("scheme"),
        FieldPanel("funder"),
        FieldPanel("fund"),
        MultiFieldPanel(
            [FieldPanel("intake"), FieldPanel("own_procedure"), FieldPanel("own_address")],
            heading=_("Aanvragen"),
        ),
        FieldPanel("decision"),
        InlinePanel("criteria", label=_("Criteria van de rubric (elk 0–5)")),
        InlinePanel("parts", label=_("Betaaldelen (samen 100 procent)")),
    ]

    class Meta:
        verbose_name = _("procedure van een regeling")
        verbose_name_plural = _("procedures van regelingen")

    def __str__(self):
        return str(self.scheme)

    def clean(self):
        super().clean()
        shares = [part.share for part in self.parts.all() if part.share is not None]
        if shares and sum(shares) != 100:
            raise ValidationError(_("De betaaldelen zijn samen 100 procent."))
        if self.intake == self.Intake.OWN and not self.own_procedure.strip():
            raise ValidationError(
                {"own_procedure": _("Leg uit hoe scholen bij de financier zelf aanvragen.")}
            )

    @property
    def on_site(self):
        return self.intake == self.Intake.ON_SITE

    def shares(self):
        """The parts' shares in percent; one part of 100 when none are set."""
        shares = [part.share for part in self.parts.all()]
        return shares or [Decimal("100")]


class Criterion(models.Model):
    procedure = ParentalKey(SchemeProcedure, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("criterium"), max_length=200)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("name")]

    class Meta:
        verbose_name = _("criterium")
        verbose_name_plural = _("criteria")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name


class PaymentPart(models.Model):
    """One part of a grant's payment; each part after the first waits for an approved report."""

    procedure = ParentalKey(SchemeProcedure, on_delete=models.CASCADE, related_name="parts")
    share = models.DecimalField(
        _("deel (procent)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("100"))],
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("share")]

    class Meta:
        verbose_name = _("betaaldeel")
        verbose_name_plural = _("betaaldelen")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return f"{self.share}%"
