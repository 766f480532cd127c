"""Who may see a school's needs and shortlist: members verified for the school and its
coordinators (offers.SchoolCoordinator); everyone else gets a 403 page.
"""

from django.shortcuts import get_object_or_404, render

from offers.models import NeedProfile
from schools.access import schools_of
from schools.models import School


def forbidden(request):
    return render(request, "offers/needs/forbidden.html", status=403)


def school_or_403(request, pk):
    school = get_object_or_404(School, pk=pk)
    if not schools_of(request.user).filter(pk=school.pk).exists():
        return school, forbidden(request)
    return school, None


def need_or_403(request, pk):
    need = get_object_or_404(NeedProfile.objects.select_related("school__municipality"), pk=pk)
    if not schools_of(request.user).filter(pk=need.school_id).exists():
        return need, forbidden(request)
    return need, None
