"""The visit form: made for a phone, and nothing typed is lost.

"Concept opslaan" stores whatever is in the form (no field is required for a draft) in the one
draft a coordinator has per route; opening the form again resumes it. "Bezoek vastleggen"
validates, records the visit and turns its follow-ups into milestones.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ..access import COORDINATOR, LEAD
from ..forms import VisitForm, draft_values
from ..models import Visit
from ..services import record_visit
from .common import display_name, route_for


def _owners(route):
    """Who a follow-up can be given to: the coordinator and the school's verified members."""
    from django.contrib.auth import get_user_model

    members = get_user_model().objects.filter(profile__verified_school=route.school_id)
    people = [route.coordinator, *members.select_related("profile").order_by("pk")[:30]]
    return [(user, display_name(user)) for user in people]


def _draft(route, user):
    return Visit.objects.filter(route=route, author=user, status=Visit.Status.DRAFT).first()


@login_required
def visit_form(request, pk):
    route, role = route_for(request, pk, {COORDINATOR, LEAD})
    owners = _owners(route)
    draft = _draft(route, request.user)
    if request.method == "POST":
        values = draft_values(request.POST)
        if draft is None:
            draft = Visit(route=route, author=request.user)
        for name, value in values.items():
            setattr(draft, name, value)
        # Always saved first: a failed validation below still keeps the text.
        draft.save()
        if "record" not in request.POST:
            messages.success(request, _("Concept opgeslagen. U kunt later verder."))
            return redirect("routes:visit", pk=route.pk)
        form = VisitForm(request.POST, instance=draft, owners=owners)
        if form.is_valid():
            visit = form.save(commit=False)
            by_pk = {str(user.pk): user for user, _name in owners}
            record_visit(visit, form.follow_ups(), by_pk)
            messages.success(request, _("Het bezoek is vastgelegd."))
            return redirect("routes:detail", pk=route.pk)
    else:
        form = VisitForm(instance=draft, owners=owners)
    return render(
        request,
        "routes/visit_form.html",
        {"route": route, "form": form, "draft": draft},
    )
