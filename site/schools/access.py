"""Who may see or act on a school's or a provider's things: written once, used by every app.

School side: members verified for the school (by an editor or an e-mail domain rule) and the
school's coordinators. Provider side: members whose profile links the provider's page, in any
language: the Dutch and English pages of one provider share a Wagtail `translation_key`, so
comparing keys (not page ids) lets the member of a Dutch page act on the English one too.
"""

from django.db.models import Q

from .models import School


def profile_of(user):
    """The member's profile, or None for a visitor or an account without one."""
    if user is None or not user.is_authenticated:
        return None
    return getattr(user, "profile", None)


def schools_of(user):
    """The schools `user` may act for (a queryset): verified for, or coordinator of."""
    if user is None or not user.is_authenticated:
        return School.objects.none()
    condition = Q(coordinators__user=user)
    profile = profile_of(user)
    if profile is not None and profile.verified_school_id:
        condition |= Q(pk=profile.verified_school_id)
    return School.objects.filter(condition).distinct()


def school_ids(user):
    return list(schools_of(user).values_list("pk", flat=True))


def request_schools(request):
    """`schools_of(request.user)` as a list by name, read once per request: the header's
    workspace link and an offer's shortlist button both ask."""
    cached = getattr(request, "_member_schools", None)
    if cached is None:
        cached = list(schools_of(request.user).order_by("name"))
        request._member_schools = cached
    return cached


def is_school_member(user, school):
    """True when `user` may act for `school` (a School or its pk)."""
    if school is None:
        return False
    pk = getattr(school, "pk", school)
    return schools_of(user).filter(pk=pk).exists()


def may_act_for_school(user, school):
    """May `user` see and change what belongs to `school` (needs, shortlist, requests)?"""
    return is_school_member(user, school)


def provider_page_of(user):
    """The provider page linked to the member's profile, or None."""
    profile = profile_of(user)
    if profile is None or profile.provider_page_id is None:
        return None
    return profile.provider_page


def provider_keys(user):
    """The translation keys of the member's provider (empty for everyone else)."""
    page = provider_page_of(user)
    return [page.translation_key] if page is not None else []


def is_provider_member(user, provider_page):
    """True when `user` is linked to `provider_page` in any of its languages."""
    if provider_page is None:
        return False
    profile = profile_of(user)
    if profile is None or profile.provider_page_id is None:
        return False
    if profile.provider_page_id == provider_page.pk:
        return True
    return profile.provider_page.translation_key == provider_page.translation_key


def is_offer_provider_member(user, offer):
    """True when `user` is linked to the provider page that owns `offer` (any language)."""
    if profile_of(user) is None or offer is None:
        return False
    return is_provider_member(user, offer.get_parent())
