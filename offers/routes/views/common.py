from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from ..access import route_role
from ..models import Route


def route_for(request, pk, roles=None):
    """The route and the visitor's role; 403 for anyone outside it (or without `roles`)."""
    route = get_object_or_404(
        Route.objects.select_related("school", "programme", "coordinator"), pk=pk
    )
    role = route_role(request.user, route)
    if role is None or (roles is not None and role not in roles):
        raise PermissionDenied
    return route, role


def display_name(user):
    profile = getattr(user, "profile", None)
    if profile is not None and profile.display_name:
        return profile.display_name
    return user.get_full_name() or user.get_username()
