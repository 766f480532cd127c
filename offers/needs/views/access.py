"""Who may see a school's needs and shortlist: members verified for the school and its
coordinators (schools.access); everyone else gets the site's 403 page (templates/403.html), or a
404 for a need (as for one that does not exist).
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from offers.models import NeedProfile
from schools.access import schools_of
from schools.models import School


def refuse():
    """403: the message says who may see a school's needs (shown on the 403 page)."""
    raise PermissionDenied(
        _(
            "Hulpvragen en de keuzelijst van een school zijn alleen te zien voor leden die voor "
            "die school geverifieerd zijn, en voor coördinatoren van de school."
        )
    )


def school_or_403(request, pk):
    school = get_object_or_404(School, pk=pk)
    if not schools_of(request.user).filter(pk=school.pk).exists():
        refuse()
    return school


def need_or_403(request, pk):
    """The need, for members of its school; a 404 for anyone else, as for a need that does not
    exist: a 403 told outsiders which numbers are somebody's needs."""
    need = get_object_or_404(NeedProfile.objects.select_related("school__municipality"), pk=pk)
    if not schools_of(request.user).filter(pk=need.school_id).exists():
        raise Http404
    return need
