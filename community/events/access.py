"""Who may do what with an event's registrations: the person registered, and the organisers."""


def is_organiser(user, page):
    """The page's owner, the members set as organisers, and editors who may edit the page."""
    if user is None or not user.is_authenticated:
        return False
    if page.owner_id == user.pk or page.organisers.filter(pk=user.pk).exists():
        return True
    return page.permissions_for_user(user).can_edit()


def role_of(user, registration):
    """'attendee', 'organiser', or None (may not see it: 403). Guests act through the signed
    link of their e-mail, whose views pass the role themselves."""
    if user is not None and user.is_authenticated and registration.user_id == user.pk:
        return "attendee"
    if is_organiser(user, registration.session.page):
        return "organiser"
    return None
