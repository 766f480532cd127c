"""Providers submit, editors approve.

Every provider member is in the group "Aanbieders" (admin access, nothing else) and in a group
of its own provider that may add and edit pages below that provider's page, in every language,
but not publish: each change goes through the moderation workflow before it is live. The
accreditation fields need the permission offers.change_accreditation, which editors have.
"""

import logging

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from .models import ProviderPage

logger = logging.getLogger(__name__)

PROVIDERS_GROUP = "Aanbieders"
PROVIDER_PAGE_PERMISSIONS = ["add_page", "change_page"]


def providers_group():
    group, created = Group.objects.get_or_create(name=PROVIDERS_GROUP)
    if created or not group.permissions.filter(codename="access_admin").exists():
        group.permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
    return group


def provider_group(provider_page):
    """The group whose members edit this provider's pages (created when missing)."""
    # The translation key is shared by the provider's page in every language.
    key = str(provider_page.translation_key)[:8]
    name = f"Aanbieder: {provider_page.organisation_name[:120]} [{key}]"
    group, _ = Group.objects.get_or_create(name=name)
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PROVIDER_PAGE_PERMISSIONS
    )
    for page in provider_page.get_translations(inclusive=True):
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    return group


def grant_provider_access(user, provider_page):
    """Let `user` add and edit offers of `provider_page` (never publish); returns its group."""
    group = provider_group(provider_page)
    user.groups.add(providers_group(), group)
    return group


def grant_access_on_link(sender, user, page, **kwargs):
    """Receiver of schools.signals.provider_page_linked: an editor linked a member's profile to
    a provider page, so the member may now edit that provider's offers."""
    page = page.specific
    if not isinstance(page, ProviderPage):
        logger.warning("Page %s is not a provider page; no access granted", page.pk)
        return
    grant_provider_access(user, page)
