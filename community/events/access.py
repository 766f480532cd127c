"""Who may do what with an event's registrations: the person registered, and the organisers;
and who may see an event that is for one network's members only."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404

from .models import EventPage


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


def visible_events(user):
    """A condition on EventPage: open events, and network events for the network's admitted
    members, its coordinator and the event's organisers."""
    condition = Q(network__isnull=True)
    if user is not None and user.is_authenticated:
        condition |= Q(network__memberships__user=user, network__memberships__status="admitted")
        condition |= Q(network__coordinator=user) | Q(organisers=user) | Q(owner=user)
    return condition


def only_visible(pages, user):
    """`pages` (EventPage) without the network events `user` may not see."""
    return pages.filter(pk__in=EventPage.objects.filter(visible_events(user)).values("pk"))


def may_see(user, page):
    if page.network_id is None:
        return True
    if user is None or not user.is_authenticated:
        return False
    if is_organiser(user, page) or page.network.coordinator_id == user.pk:
        return True
    return page.network.memberships.filter(user=user, status="admitted").exists()


def check_visible(user, page):
    """404 for a visitor, 403 for a member outside the network."""
    if may_see(user, page):
        return
    if user is None or not user.is_authenticated:
        raise Http404
    raise PermissionDenied
