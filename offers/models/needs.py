"""Need profiles ("hulpvragen") of schools, their shortlist and plan, and who may see them.

A need belongs to a school. Members verified for that school, and coordinators holding it
(`schools.SchoolCoordinator`; the rule is `schools.access`), may see and edit the school's needs and
shortlist. Taxonomy links point at the Dutch rows, like offers do.
"""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from offers.localization import default_locale_terms

# A need that does not say how many pupils take part is priced for a usual class (the Dutch
# primary-school average is about 23 pupils; 25 keeps the estimate on the safe side).
ASSUMED_CLASS_SIZE = 25


class NeedSchoolTime(models.TextChoices):
    DURING = "during", _("Onder schooltijd")
    AFTER = "after", _("Na schooltijd")
    EITHER = "either", _("Maakt niet uit")


class NeedProfile(models.Model):
    school = models.ForeignKey(
        "schools.School",
        verbose_name=_("school"),
        on_delete=models.CASCADE,
        related_name="needs",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangemaakt door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(
        _("titel"),
        max_length=150,
        help_text=_("Bijvoorbeeld 'Cultuur in groep 5 en 6'."),
    )
    themes = models.ManyToManyField(
        "core.Theme",
        verbose_name=_("thema's"),
        related_name="needs",
        limit_choices_to=default_locale_terms,
    )
    learning_areas = models.ManyToManyField(
        "core.LearningArea",
        verbose_name=_("leergebieden"),
        related_name="needs",
        blank=True,
        limit_choices_to=default_locale_terms,
    )
    curriculum_goals = models.ManyToManyField(
        "core.CurriculumGoal",
        verbose_name=_("kerndoelen om te versterken"),
        related_name="needs",
        blank=True,
        limit_choices_to=default_locale_terms,
    )
    target_groups = models.ManyToManyField(
        "core.TargetGroup",
        verbose_name=_("doelgroepen"),
        related_name="needs",
        limit_choices_to=default_locale_terms,
    )
    period_start = models.DateField(_("periode vanaf"), null=True, blank=True)
    period_end = models.DateField(_("periode tot en met"), null=True, blank=True)
    school_time = models.CharField(
        _("wanneer"),
        max_length=10,
        choices=NeedSchoolTime.choices,
        default=NeedSchoolTime.EITHER,
    )
    budget = models.DecimalField(
        _("budget per activiteit (euro)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Leeg laten als er geen vast budget is."),
    )
    pupils = models.PositiveSmallIntegerField(
        _("aantal leerlingen"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_(
            "Hoeveel leerlingen doen mee? Een prijs per leerling rekenen we daarmee om naar "
            "het bedrag dat u uit uw budget betaalt."
        ),
    )
    only_free_or_funded = models.BooleanField(
        _("alleen gratis of te betalen uit een regeling"), default=False
    )
    funding_schemes = models.ManyToManyField(
        "offers.FundingSchemePage",
        verbose_name=_("regelingen die de school kan gebruiken"),
        related_name="needs",
        blank=True,
    )
    description = models.TextField(
        _("toelichting"),
        max_length=2000,
        blank=True,
        help_text=_("Wat wilt u bereiken, en wat is er al?"),
    )
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated = models.DateTimeField(_("bijgewerkt"), auto_now=True)

    class Meta:
        verbose_name = _("hulpvraag")
        verbose_name_plural = _("hulpvragen")
        ordering = ["school__name", "title"]

    def __str__(self):
        return self.title

    @property
    def group_size(self):
        """The pupils a price per pupil is multiplied by: the need's own number, or a usual
        class when the school did not say (a price per pupil is never the total)."""
        return self.pupils or ASSUMED_CLASS_SIZE

    @property
    def needs_funding(self):
        return self.only_free_or_funded or self.funding_schemes.exists()


class ShortlistItem(models.Model):
    """An offer the school saved to consider, with a note and the need it belongs to.

    Only saved: whether it was asked for, planned or done comes from the school's requests
    (offers.bookings), which the provider answers; a school cannot declare it itself.
    """

    school = models.ForeignKey(
        "schools.School",
        verbose_name=_("school"),
        on_delete=models.CASCADE,
        related_name="shortlist",
    )
    need = models.ForeignKey(
        NeedProfile,
        verbose_name=_("hulpvraag"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="shortlist",
    )
    offer = models.ForeignKey(
        "offers.OfferPage",
        verbose_name=_("aanbod"),
        on_delete=models.CASCADE,
        related_name="shortlisted",
    )
    note = models.CharField(_("notitie"), max_length=300, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("toegevoegd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(_("toegevoegd"), auto_now_add=True)

    class Meta:
        verbose_name = _("keuze op de keuzelijst")
        verbose_name_plural = _("keuzelijst")
        ordering = ["created"]
        # An offer is on a school's list once per need (and once without one): a double-clicked
        # "add" made two rows, and every later add of that offer a MultipleObjectsReturned 500.
        # Two partial constraints, because NULL needs are distinct in a plain one.
        constraints = [
            models.UniqueConstraint(
                fields=["school", "need", "offer"],
                condition=models.Q(need__isnull=False),
                name="unique_shortlist_item_per_need",
            ),
            models.UniqueConstraint(
                fields=["school", "offer"],
                condition=models.Q(need__isnull=True),
                name="unique_shortlist_item_without_need",
            ),
        ]

    def __str__(self):
        return f"{self.school}: {self.offer}"


def new_feed_token():
    return secrets.token_urlsafe(24)


class SchoolPlanFeed(models.Model):
    """The secret token in the URL of a school's calendar feed (subscribed without login)."""

    school = models.OneToOneField(
        "schools.School",
        verbose_name=_("school"),
        on_delete=models.CASCADE,
        related_name="plan_feed",
    )
    token = models.CharField(_("sleutel"), max_length=64, unique=True, default=new_feed_token)

    class Meta:
        verbose_name = _("agenda-abonnement van een school")
        verbose_name_plural = _("agenda-abonnementen van scholen")

    def __str__(self):
        return str(self.school)

    @classmethod
    def for_school(cls, school):
        feed, _created = cls.objects.get_or_create(school=school)
        return feed

    def renew(self):
        self.token = new_feed_token()
        self.save(update_fields=["token"])


def new_alert_token():
    return secrets.token_urlsafe(24)


class NeedAlert(models.Model):
    """A member's wish to be e-mailed when new offers match a need (offers.needs.alerts)."""

    need = models.ForeignKey(
        NeedProfile,
        verbose_name=_("hulpvraag"),
        on_delete=models.CASCADE,
        related_name="alerts",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lid"),
        on_delete=models.CASCADE,
        related_name="need_alerts",
    )
    active = models.BooleanField(_("actief"), default=True)
    subscribed_at = models.DateTimeField(_("aangemeld op"), default=timezone.now)
    last_sent_at = models.DateTimeField(_("laatst verstuurd op"), null=True, blank=True)
    token = models.CharField(_("sleutel"), max_length=64, unique=True, default=new_alert_token)

    class Meta:
        verbose_name = _("melding voor een hulpvraag")
        verbose_name_plural = _("meldingen voor hulpvragen")
        constraints = [models.UniqueConstraint(fields=["need", "user"], name="unique_need_alert")]

    def __str__(self):
        return f"{self.user} → {self.need}"

    @property
    def cutoff(self):
        """Offers first published after this moment are new to the member."""
        return self.last_sent_at or self.subscribed_at
