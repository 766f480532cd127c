"""Editors are told of every automatic verification: a panel on the admin's home page lists
the members verified through a school's e-mail domain in the last 30 days, with the address
that did it, so that an editor can undo a wrong one."""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.utils import timezone
from wagtail.admin.ui.components import Component

from schools.models import Profile, SchoolEmailDomain

DAYS = 30
LIMIT = 50


def automatic_verifications(days=DAYS, limit=LIMIT):
    """(profile, address) for members whose current verification an e-mail domain explains."""
    since = timezone.now() - timedelta(days=days)
    profiles = (
        Profile.objects.filter(verified_at__gte=since, verified_school__isnull=False)
        .select_related("verified_school", "user")
        .order_by("-verified_at")
    )
    rows = []
    for profile in profiles:
        addresses = EmailAddress.objects.filter(user_id=profile.user_id, verified=True)
        for address in addresses:
            if SchoolEmailDomain.school_for_email(address.email) == profile.verified_school:
                rows.append((profile, address.email))
                break
        if len(rows) >= limit:
            break
    return rows


class AutomaticVerificationsPanel(Component):
    name = "automatic_verifications"
    order = 150
    template_name = "community/admin/automatic_verifications.html"

    def get_context_data(self, parent_context=None):
        return {"rows": automatic_verifications(), "days": DAYS}
