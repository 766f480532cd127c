"""Member profiles: who someone is in the community, and what an editor verified."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..signals import provider_page_linked

AVATAR_MAX_BYTES = 1024 * 1024


# Letters and digits without look-alikes (0/o, 1/l/i): a public id is typed from paper sometimes.
PUBLIC_ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
PUBLIC_ID_LENGTH = 10


def new_public_id():
    """A random id for a profile's URL, so that URLs do not count the members."""
    return "".join(secrets.choice(PUBLIC_ID_ALPHABET) for _i in range(PUBLIC_ID_LENGTH))


def validate_avatar_size(file):
    if file.size > AVATAR_MAX_BYTES:
        raise ValidationError(_("Een profielfoto mag niet groter zijn dan 1 MB."))


class ProfileQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The profiles `user` may see in the member list: public ones, and for a signed-in
        member also those shown to members."""
        shown = [Profile.Visibility.PUBLIC]
        if user.is_authenticated:
            shown.append(Profile.Visibility.MEMBERS)
        return self.filter(visibility__in=shown, user__is_active=True)


class Profile(models.Model):
    class Role(models.TextChoices):
        TEACHER = "teacher", _("Leerkracht")
        SCHOOL_LEADER = "school_leader", _("Schoolleider")
        SCHOOL_COORDINATOR = "school_coordinator", _("Schoolcoördinator")
        PROVIDER = "provider", _("Aanbieder")
        FUNDER = "funder", _("Financier")
        MUNICIPALITY = "municipality", _("Gemeente")
        RESEARCHER = "researcher", _("Onderzoeker")
        OTHER = "other", _("Anders")

    class Visibility(models.TextChoices):
        PRIVATE = "private", _("Alleen ikzelf (en de redactie)")
        MEMBERS = "members", _("Ingelogde leden; opgenomen in de ledenlijst voor leden")
        PUBLIC = "public", _("Iedereen; opgenomen in de openbare ledenlijst")

    SCHOOL_ROLES = {Role.TEACHER, Role.SCHOOL_LEADER, Role.SCHOOL_COORDINATOR}

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    public_id = models.CharField(
        _("openbare code"), max_length=20, unique=True, default=new_public_id, editable=False
    )
    # Nobody is shown or listed without choosing it (the privacy statement promises this).
    visibility = models.CharField(
        _("wie ziet mijn profiel"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.PRIVATE,
        help_text=_(
            "Uw naam staat altijd bij uw berichten; uw profiel en de ledenlijst alleen als u "
            "dat hier kiest."
        ),
    )
    language = models.CharField(
        _("taal van e-mails"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("In deze taal sturen wij u berichten."),
    )
    display_name = models.CharField(
        _("naam"), max_length=100, help_text=_("Zo zien andere leden u.")
    )
    role = models.CharField(_("rol"), max_length=30, choices=Role.choices, default=Role.OTHER)
    organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    school = models.ForeignKey(
        "schools.School",
        verbose_name=_("school"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    region = models.ForeignKey(
        "core.Region",
        verbose_name=_("regio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Volgt de gemeente van uw school als u een school kiest."),
    )
    bio = models.TextField(_("over mij"), max_length=1000, blank=True)
    contribution = models.TextField(_("waarmee ik kan helpen"), max_length=1000, blank=True)
    themes = models.ManyToManyField(
        "core.Theme",
        verbose_name=_("thema's"),
        blank=True,
        related_name="+",
        db_table="community_profile_themes",
    )
    avatar = models.ImageField(
        _("profielfoto"),
        upload_to="avatars/",
        blank=True,
        validators=[
            FileExtensionValidator(["jpg", "jpeg", "png", "webp"]),
            validate_avatar_size,
        ],
        help_text=_("Optioneel; JPG, PNG of WebP, hoogstens 1 MB."),
    )
    # Set by editors (or an e-mail domain rule): the school this member speaks for.
    verified_school = models.ForeignKey(
        "schools.School",
        verbose_name=_("geverifieerd voor school"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="verified_members",
    )
    verified_at = models.DateTimeField(_("geverifieerd op"), null=True, blank=True)
    # Set by editors: the provider page this member may manage.
    provider_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("aanbiederspagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consent_at = models.DateTimeField(_("toestemming gegeven op"), null=True, blank=True)
    privacy_version = models.CharField(_("versie privacyverklaring"), max_length=20, blank=True)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    objects = ProfileQuerySet.as_manager()

    class Meta:
        # The table was created by the community app; moving the model kept its rows.
        db_table = "community_profile"
        verbose_name = _("profiel")
        verbose_name_plural = _("profielen")
        ordering = ["display_name"]

    def __str__(self):
        return self.display_name

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._loaded_provider_page_id = self.provider_page_id
        self._loaded_verified_school_id = self.verified_school_id
        self._loaded_school_id = self.school_id

    def save(self, *args, **kwargs):
        if self.school_id and self.school.municipality_id:
            self.region_id = self.school.municipality_id
        if (
            self.verified_school_id
            and self.school_id != self._loaded_school_id
            and self.school_id != self.verified_school_id
            and self.verified_school_id == self._loaded_verified_school_id
        ):
            # The member now names another school: they no longer speak for the old one
            # until an editor (or that school's e-mail domain) verifies them again.
            self.verified_school = None
        if self.verified_school_id != self._loaded_verified_school_id:
            self.verified_at = timezone.now() if self.verified_school_id else None
        super().save(*args, **kwargs)
        if self.provider_page_id and self.provider_page_id != self._loaded_provider_page_id:
            # offers connects to this signal and grants the catalogue's provider permissions.
            provider_page_linked.send(sender=Profile, user=self.user, page=self.provider_page)
        self._loaded_provider_page_id = self.provider_page_id
        self._loaded_verified_school_id = self.verified_school_id
        self._loaded_school_id = self.school_id

    def get_absolute_url(self):
        return reverse("community:profile", args=[self.public_id])

    def is_visible_to(self, user):
        """True when `user` (a visitor, a member or an editor) may see this profile page."""
        if user.is_authenticated and (user.pk == self.user_id or user.is_staff):
            return True
        if self.visibility == self.Visibility.PUBLIC:
            return True
        return self.visibility == self.Visibility.MEMBERS and user.is_authenticated

    def clean(self):
        super().clean()
        model = provider_page_model()
        if (
            self.provider_page_id
            and model is not None
            and not isinstance(self.provider_page.specific, model)
        ):
            raise ValidationError({"provider_page": _("Kies de pagina van een aanbieder.")})

    @property
    def is_school_role(self):
        return self.role in self.SCHOOL_ROLES

    def verify_for(self, school):
        """Mark this member as speaking for `school` (editors, or an e-mail domain rule)."""
        self.verified_school = school
        if self.school_id is None:
            self.school = school
        self.save()


def provider_page_model():
    """The page type a provider member is linked to (settings.PROVIDER_PAGE_MODEL, "offers.
    ProviderPage"): named in a setting so that this floor does not import the catalogue."""
    from django.apps import apps

    label = getattr(settings, "PROVIDER_PAGE_MODEL", "")
    return apps.get_model(label) if label else None
