"""{% shortlist_button page %}: a small form to put an offer on a school's shortlist."""

from django import template

from offers.demand import offer_demand
from offers.models import NeedProfile
from schools.access import is_offer_provider_member, request_schools, schools_of

register = template.Library()


@register.inclusion_tag("offers/needs/includes/shortlist_button.html", takes_context=True)
def shortlist_button(context, page):
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"show": False}
    schools = request_schools(request)
    if not schools:
        return {"show": False}
    needs = NeedProfile.objects.filter(school__in=schools).select_related("school")
    options = [(f"need:{need.pk}", need.title, need.school) for need in needs]
    options += [(f"school:{school.pk}", None, school) for school in schools]
    return {
        "show": True,
        "page": page,
        "options": options,
        "next": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("offers/needs/includes/provider_demand.html", takes_context=True)
def provider_demand(context, page):
    """Open needs this offer matches, for members of the offer's own provider only."""
    request = context.get("request")
    user = getattr(request, "user", None)
    # By translation key: the member of the Dutch provider page sees it on English offers too.
    if not is_offer_provider_member(user, page):
        return {"show": False}
    return {"show": True, "demand": offer_demand(page)}


@register.simple_tag(takes_context=True)
def holds_a_school(context):
    """True when the member may see needs: verified for a school, or a school's coordinator."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    return schools_of(user).exists()
