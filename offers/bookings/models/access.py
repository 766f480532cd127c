"""Who stands on which side of a request.

School side: members verified for the request's school and the school's coordinators (the same
rule as for needs, `offers.models.schools_of`). Provider side: members whose profile links the
provider's page, in any language (pages of one provider share a translation_key).
"""

from offers.models import schools_of

from ..choices import Side


def school_ids(user):
    return list(schools_of(user).values_list("pk", flat=True))


def provider_page_of(user):
    if not user.is_authenticated:
        return None
    profile = getattr(user, "profile", None)
    if profile is None or profile.provider_page_id is None:
        return None
    return profile.provider_page


def provider_keys(user):
    page = provider_page_of(user)
    return [page.translation_key] if page is not None else []


def side_of(user, booking):
    """Side.SCHOOL, Side.PROVIDER or None for a user who may not see the request.

    A member on both sides of one request (a school member who is also linked to the provider)
    acts for the school: the provider cannot answer its own school's request.
    """
    if not user.is_authenticated:
        return None
    if booking.school_id in school_ids(user):
        return Side.SCHOOL
    if booking.provider.translation_key in provider_keys(user):
        return Side.PROVIDER
    return None
