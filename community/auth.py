"""Helpers for accounts: who may post, and the account name axes counts failures against."""

from allauth.account.models import EmailAddress


def axes_username(request, credentials=None):
    """The login name of an attempt: the e-mail (allauth) or the username (Wagtail's admin)."""
    credentials = credentials or {}
    data = getattr(request, "POST", {}) if request is not None else {}
    for value in (
        credentials.get("email"),
        credentials.get("username"),
        data.get("login"),
        data.get("username"),
    ):
        if value:
            return str(value).strip().lower()
    return None


def has_verified_email(user):
    """True for a member who confirmed an e-mail address (needed before posting)."""
    if not user.is_authenticated:
        return False
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def confirmed_email(user):
    """The member's confirmed address (the primary one when there are several), or ""."""
    row = (
        EmailAddress.objects.filter(user=user, verified=True)
        .order_by("-primary", "pk")
        .values_list("email", flat=True)
        .first()
    )
    return row or ""
