"""The choices an offer is described with."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OfferType(models.TextChoices):
    LESSON_PACKAGE = "lesson_package", _("Lespakket")
    GUEST_LESSON = "guest_lesson", _("Gastles")
    EXCURSION = "excursion", _("Excursie")
    VOLUNTEER_HOURS = "volunteer_hours", _("Vrijwilligersuren")
    EXPERTISE = "expertise", _("Expertise en pro-bono-advies")
    AFTER_SCHOOL = "after_school", _("Naschools programma")
    COACHING = "coaching", _("Coaching van het team")


class SchoolTime(models.TextChoices):
    DURING = "during", _("Onder schooltijd")
    AFTER = "after", _("Na schooltijd")
    BOTH = "both", _("Onder en na schooltijd")


class PriceUnit(models.TextChoices):
    PER_PUPIL = "pupil", _("per leerling")
    PER_GROUP = "group", _("per groep")
    PER_SCHOOL = "school", _("per school")


class AccreditationLevel(models.TextChoices):
    NONE = "none", _("Niet beoordeeld")
    DESCRIBED = "described", _("Beschreven")
    SUBSTANTIATED = "substantiated", _("Theoretisch onderbouwd")
    PROVEN = "proven", _("Bewezen effectief")


class CapacityUnit(models.TextChoices):
    """What the places of a session count: whole groups (a class takes one place) or pupils."""

    GROUPS = "groups", _("groepen (klassen)")
    PUPILS = "pupils", _("leerlingen")
