"""The table of a network membership, run by `core.statemachine`.

| move | from | to | by |
|---|---|---|---|
| admit | requested | admitted | coordinator |
| decline | requested | declined | coordinator |
| leave | requested, admitted | left | member |
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.mail import message, queue
from core.statemachine import AuditTrail, Machine, Move

from .models import Membership, MembershipEntry

Status = Membership.Status
COORDINATOR, MEMBER = "coordinator", "member"


def role_of(user, membership):
    if not user.is_authenticated:
        return None
    if membership.network.coordinator_id == user.pk:
        return COORDINATOR
    if membership.user_id == user.pk:
        return MEMBER
    return None


def _decide(membership, user, role, data):
    membership.decided_at = timezone.now()


MOVES = [
    Move(
        "admit",
        frozenset({Status.REQUESTED}),
        Status.ADMITTED,
        frozenset({COORDINATOR}),
        button=gettext_lazy("Toelaten"),
        done=gettext_lazy("Toegelaten tot het netwerk."),
        primary=True,
        apply=_decide,
    ),
    Move(
        "decline",
        frozenset({Status.REQUESTED}),
        Status.DECLINED,
        frozenset({COORDINATOR}),
        button=gettext_lazy("Afwijzen"),
        done=gettext_lazy("Het verzoek is afgewezen."),
        apply=_decide,
    ),
    Move(
        "leave",
        frozenset({Status.REQUESTED, Status.ADMITTED}),
        Status.LEFT,
        frozenset({MEMBER}),
        button=gettext_lazy("Netwerk verlaten"),
        done=gettext_lazy("U heeft het netwerk verlaten."),
        notify=False,
    ),
]


record = AuditTrail(MembershipEntry, "membership", role=None)


def notify(entry_pk):
    """Tell the member the coordinator's answer, in the member's language."""
    entry = (
        MembershipEntry.objects.select_related("membership__network", "membership__user__profile")
        .filter(pk=entry_pk)
        .first()
    )
    if entry is None or entry.to_status not in (Status.ADMITTED, Status.DECLINED):
        return 0
    membership = entry.membership
    user = membership.user
    profile = getattr(user, "profile", None)
    with translation.override(getattr(profile, "language", "") or settings.LANGUAGE_CODE):
        names = {"network": membership.network.name}
        subject = (
            _("U bent toegelaten tot %(network)s")
            if entry.to_status == Status.ADMITTED
            else _("Uw verzoek om lid te worden van %(network)s")
        ) % names
        body = render_to_string(
            "networks/email/decision.txt",
            {
                "membership": membership,
                "name": getattr(profile, "display_name", "") or user.get_username(),
                "admitted": entry.to_status == Status.ADMITTED,
                "url": settings.SITE_URL
                + reverse("networks:detail", args=[membership.network.slug]),
                "site_name": _(settings.WAGTAIL_SITE_NAME),
            },
        )
    return queue(message([user.email], f"[{settings.WAGTAIL_SITE_NAME}] {subject}", body))


MACHINE = Machine(
    name="networks.membership",
    model=Membership,
    moves=MOVES,
    roles=role_of,
    record=record,
    notify="community.networks.machine.notify",
    refusals={frozenset({COORDINATOR}): gettext_lazy("Alleen de coördinator kan dit doen.")},
)
