"""Who may see a route, and in which role: the school's verified members, its coordinator and
the programme's leads. Everyone else gets a 403 (None here)."""

LEAD, COORDINATOR, SCHOOL = "lead", "coordinator", "school"


def route_role(user, route):
    if not user.is_authenticated:
        return None
    if route.coordinator_id == user.pk:
        return COORDINATOR
    if route.programme.leads.filter(pk=user.pk).exists():
        return LEAD
    profile = getattr(user, "profile", None)
    if profile is not None and profile.verified_school_id == route.school_id:
        return SCHOOL
    return None


def is_lead(user, programme):
    return user.is_authenticated and programme.leads.filter(pk=user.pk).exists()


def is_editor(user):
    """Editors of system questions: staff with the right to change them (the admin's groups)."""
    return user.is_authenticated and user.has_perm("routes.change_systemquestion")
