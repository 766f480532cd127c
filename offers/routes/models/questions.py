"""System questions (systeemvragen): barriers a school cannot solve alone, taken to policy.

Nobody's name is shown on the public page: it lists the published questions with theme, level,
example text and the number of "herkenbaar" marks. Editors merge duplicates into one question;
the endorsements move along (one per member, a database constraint).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SystemQuestion(models.Model):
    class Level(models.TextChoices):
        SCHOOL = "school", _("School")
        BOARD = "board", _("Bestuur")
        MUNICIPALITY = "municipality", _("Gemeente")
        NATIONAL = "national", _("Landelijk")

    class Status(models.TextChoices):
        NEW = "new", _("Nieuw")
        DISCUSSION = "discussion", _("In bespreking")
        POLICY = "policy", _("Aan beleid voorgelegd")
        ANSWERED = "answered", _("Beantwoord")

    title = models.CharField(_("vraag"), max_length=200)
    theme = models.ForeignKey(
        "core.Theme",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("thema"),
    )
    level = models.CharField(_("niveau"), max_length=20, choices=Level.choices)
    example = models.TextField(_("voorbeeld uit de praktijk"), max_length=3000)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    route = models.ForeignKey(
        "routes.Route",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    published = models.BooleanField(_("gepubliceerd"), default=False)
    answer = models.TextField(_("antwoord"), blank=True)
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
        verbose_name=_("samengevoegd met"),
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("systeemvraag")
        verbose_name_plural = _("systeemvragen")
        ordering = ["-created"]

    def __str__(self):
        return self.title


class Endorsement(models.Model):
    """A member's "herkenbaar", with an example of their own (optional)."""

    question = models.ForeignKey(
        SystemQuestion, on_delete=models.CASCADE, related_name="endorsements"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    example = models.TextField(_("uw voorbeeld"), max_length=2000, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "user"], name="one_endorsement_per_member")
        ]

    def __str__(self):
        return str(self.question)


class QuestionEvent(models.Model):
    """The audit trail of a question's status."""

    question = models.ForeignKey(SystemQuestion, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    from_status = models.CharField(max_length=20)
    to_status = models.CharField(max_length=20)
    at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"
