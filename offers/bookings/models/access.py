"""Who stands on which side of a request.

School side: members verified for the request's school and the school's coordinators. Provider
side: members whose profile links the provider's page, in any language. Both rules are
`schools.access`, shared by every app.
"""

from schools.access import is_provider_member, school_ids

from ..choices import Side


def side_of(user, booking):
    """Side.SCHOOL, Side.PROVIDER or None for a user who may not see the request.

    A member on both sides of one request (a school member who is also linked to the provider)
    acts for the school: the provider cannot answer its own school's request.
    """
    if not user.is_authenticated:
        return None
    if booking.school_id in school_ids(user):
        return Side.SCHOOL
    if is_provider_member(user, booking.provider):
        return Side.PROVIDER
    return None
