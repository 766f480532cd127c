"""How a member is named wherever the site shows one: the profile's display name, never the
username (which is an internal login name such as "demo-school")."""

from django.utils.translation import gettext as _


def member_name(user):
    """A member's display name; 'verwijderd lid' once the account is gone, 'Lid <number>'
    when there is no profile or it has no name yet."""
    if user is None:
        return _("verwijderd lid")
    profile = getattr(user, "profile", None)
    name = getattr(profile, "display_name", "") if profile is not None else ""
    return name or _("Lid %(pk)s") % {"pk": user.pk}
