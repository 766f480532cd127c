"""Learning networks and their members. A member asks to join; the coordinator admits or
declines (the table in `machine.py`)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Network(models.Model):
    class Kind(models.TextChoices):
        REGIONAL = "regional", _("Regionaal")
        THEME = "theme", _("Thema")

    name = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True)
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    description = models.TextField(_("beschrijving"), blank=True)
    region = models.ForeignKey(
        "core.Region", verbose_name=_("regio"), null=True, blank=True, on_delete=models.SET_NULL
    )
    theme = models.ForeignKey(
        "core.Theme", verbose_name=_("thema"), null=True, blank=True, on_delete=models.SET_NULL
    )
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coördinator"),
        on_delete=models.PROTECT,
        related_name="coordinated_networks",
    )
    public_discussions = models.BooleanField(
        _("discussies openbaar"),
        default=False,
        help_text=_("Uit: alleen leden en de coördinator lezen de discussies van het netwerk."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("leernetwerk")
        verbose_name_plural = _("leernetwerken")

    def __str__(self):
        return self.name


class Membership(models.Model):
    class Status(models.TextChoices):
        REQUESTED = "requested", _("aangevraagd")
        ADMITTED = "admitted", _("lid")
        DECLINED = "declined", _("afgewezen")
        LEFT = "left", _("vertrokken")

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_memberships"
    )
    # The school the member joins for (their verified school, when they have one).
    school = models.ForeignKey(
        "schools.School", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    motivation = models.TextField(_("waarom wilt u meedoen?"), blank=True, max_length=1000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.REQUESTED)
    created = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created", "pk"]
        constraints = [
            models.UniqueConstraint(
                "network",
                "user",
                condition=Q(status__in=["requested", "admitted"]),
                name="networks_one_open_membership",
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.network}"


class MembershipEntry(models.Model):
    """One move on a membership (the audit trail)."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="entries")
    move = models.CharField(max_length=20)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_status = models.CharField(max_length=10, blank=True)
    to_status = models.CharField(max_length=10, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created", "pk"]

    def __str__(self):
        return f"{self.move}: {self.from_status} -> {self.to_status}"


class NetworkPost(models.Model):
    """A discussion of the network (no parent) or a reply to one. Members and the coordinator
    write; who reads follows `Network.public_discussions`."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="posts")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    title = models.CharField(_("titel"), max_length=200, blank=True)
    body = models.TextField(_("bericht"), max_length=5000)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created", "pk"]

    def __str__(self):
        return self.title or self.body[:40]


class NetworkDocument(models.Model):
    """A Wagtail document shared in a network: read by its members and coordinator only,
    through `views.document` (Wagtail's own document URL refuses others: wagtail_hooks)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="documents")
    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="network_document"
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-pk"]

    def __str__(self):
        return self.document.title


# Leermeester–gezel pairs live in their own module; imported here so Django finds them.
from .pairs import Pair, PairEntry, PairingProfile, PairMeeting  # noqa: E402

__all__ = [
    "Membership",
    "MembershipEntry",
    "Network",
    "NetworkDocument",
    "NetworkPost",
    "Pair",
    "PairEntry",
    "PairMeeting",
    "PairingProfile",
]
