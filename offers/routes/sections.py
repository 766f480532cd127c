"""What routes add to shared templates (core.sections, registered in offers.routes.apps): the
header's link to "Mijn route" for the people of a route (its coordinator, the programme's
leads, the verified members of a school that has one)."""

from django.core.cache import cache

from .models import Programme, Route

# Whether someone has a route changes rarely; the header is on every page a member opens.
LINK_SECONDS = 300


def has_route(user):
    def compute():
        profile = getattr(user, "profile", None)
        school_id = profile.verified_school_id if profile is not None else None
        routes = Route.objects.filter(coordinator=user)
        if school_id:
            routes = routes | Route.objects.filter(school_id=school_id)
        return routes.exists() or Programme.objects.filter(leads=user).exists()

    return cache.get_or_set(f"routes:header-link:{user.pk}", compute, LINK_SECONDS)


def workspace_link(context, extra_class=""):
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not has_route(user):
        return None
    return {"request": request, "extra_class": extra_class}
