"""Who may see a school's needs and shortlist: members verified for the school and its
coordinators (offers.SchoolCoordinator); everyone else gets a 403 page (a 404 for a need).
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from community.models import School
from offers.models import (
    NeedProfile,
    schools_of,
)


def forbidden(request):
    return render(request, "offers/needs/forbidden.html", status=403)


def school_or_403(request, pk):
    school = get_object_or_404(School, pk=pk)
    if not schools_of(request.user).filter(pk=school.pk).exists():
        return school, forbidden(request)
    return school, None


def need_or_403(request, pk):
    """The need, for members of its school; a 404 for anyone else, as for a need that does not
    exist: a 403 told outsiders which numbers are somebody's needs."""
    need = get_object_or_404(NeedProfile.objects.select_related("school__municipality"), pk=pk)
    if not schools_of(request.user).filter(pk=need.school_id).exists():
        raise Http404
    return need, None
