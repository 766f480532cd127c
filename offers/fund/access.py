"""Who may see an application: its school, the funder of its scheme, and the site's editors."""

from django.db.models import Q

from schools.access import school_ids

from .models import Application

SCHOOL, FUNDER, EDITOR, SYSTEM = "school", "funder", "editor", "system"
DECIDERS_ROLES = frozenset({FUNDER, EDITOR})


def is_editor(user):
    return user.is_authenticated and (user.is_superuser or user.has_perm("fund.change_application"))


def funder_ids(user):
    if not user.is_authenticated:
        return []
    return list(user.funder_memberships.values_list("funder_id", flat=True))


def role_of(user, application):
    """SCHOOL, FUNDER, EDITOR or None (may not see it). A school member who also sits with
    the funder acts for the school: nobody decides on their own school's application."""
    if not user.is_authenticated:
        return None
    if application.request.school_id in school_ids(user):
        return SCHOOL
    if application.procedure.funder_id in funder_ids(user):
        return FUNDER
    if is_editor(user):
        return EDITOR
    return None


def visible_applications(user):
    if not user.is_authenticated:
        return Application.objects.none()
    if is_editor(user):
        return Application.objects.all()
    return Application.objects.filter(
        Q(request__school_id__in=school_ids(user)) | Q(procedure__funder_id__in=funder_ids(user))
    )


def is_funder_or_editor(user):
    return bool(funder_ids(user)) or is_editor(user)
