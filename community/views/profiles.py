"""Profiles: a member's public page, editing one's own profile and choosing one's school."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_comments_xtd.models import XtdComment

from schools.models import Profile, School

from ..auth import has_verified_email
from ..forms import (
    ProfileForm,
    SchoolChoiceForm,
)
from ..models import Discussion, Follow
from ..models.follows import follow_key
from .common import get_profile

SCHOOL_RESULTS = 25


# Not from the anonymous page cache: a member who hides their profile must vanish at once.
@never_cache
def profile_detail(request, public_id):
    """A member's page, for whom the member chose (a hidden profile is a 404, not a 403: the
    URL should not even tell that the member exists)."""
    profile = get_object_or_404(
        Profile.objects.select_related("school", "region", "verified_school"),
        public_id=public_id,
    )
    if not profile.is_visible_to(request.user):
        raise Http404
    discussions = Discussion.objects.filter(author=profile.user, is_removed=False).select_related(
        "theme"
    )[:20]
    comments = (
        XtdComment.objects.filter(user=profile.user, is_public=True, is_removed=False)
        .select_related("content_type")
        .order_by("-submit_date")[:20]
    )
    return render(
        request,
        "community/profile_detail.html",
        {
            "profile": profile,
            "discussions": discussions,
            "comments": [(c, c.content_object) for c in comments],
            "themes": profile.themes.all(),
        },
    )


@login_required
def my_profile(request):
    profile = get_profile(request.user)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Uw profiel is opgeslagen."))
        return redirect("community:my_profile")
    return render(
        request,
        "community/my_profile.html",
        {
            "form": form,
            "profile": profile,
            "email_verified": has_verified_email(request.user),
            "follows": followed_items(request.user),
        },
    )


@login_required
def choose_school(request):
    profile = get_profile(request.user)
    query = request.GET.get("q", "").strip()[:100]
    if request.method == "POST":
        form = SchoolChoiceForm(request.POST)
        if form.is_valid():
            profile.school = form.cleaned_data["school"]
            profile.save()
            messages.success(request, _("Uw school is opgeslagen."))
            return redirect("community:my_profile")
    else:
        form = SchoolChoiceForm(initial={"school": profile.school_id})
    results = list(School.objects.search(query).select_related("municipality")[:SCHOOL_RESULTS])
    return render(
        request,
        "community/choose_school.html",
        {
            "form": form,
            "profile": profile,
            "query": query,
            "results": results,
            "more": len(results) == SCHOOL_RESULTS,
        },
    )


def followed_items(user):
    """(item, kind, key) of what the member follows, for the list on their own profile."""
    rows = []
    for follow in Follow.objects.by(user).select_related("content_type"):
        item = follow.item
        if item is not None:
            kind, key = follow_key(getattr(item, "specific", item))
            rows.append((item, kind, key))
    return rows
