"""What requests add to the site's shared templates (core.sections, registered in
offers.bookings.apps): the header's links to the member's workspaces."""

from schools.access import provider_page_of, request_schools


def workspace_links(context, extra_class=""):
    """The variables of bookings/includes/workspace_links.html, or None for a visitor."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    # The header shows the links twice (wide and narrow): read the member's schools once.
    cached = getattr(request, "_workspace_links", None)
    if cached is None:
        cached = {
            "school": bool(request_schools(request)),
            "provider": provider_page_of(user) is not None,
        }
        request._workspace_links = cached
    if not (cached["school"] or cached["provider"]):
        return None
    return {"request": request, "workspaces": cached, "extra_class": extra_class}
