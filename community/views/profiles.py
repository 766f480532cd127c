"""Profiles: a member's public page, editing one's own profile and choosing one's school."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django_comments_xtd.models import XtdComment

from ..auth import has_verified_email
from ..forms import (
    ProfileForm,
    SchoolChoiceForm,
)
from ..models import Discussion, Profile, School
from .common import get_profile

SCHOOL_RESULTS = 25


def profile_detail(request, pk):
    profile = get_object_or_404(
        Profile.objects.select_related("school", "region", "verified_school"), pk=pk
    )
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
        {"form": form, "profile": profile, "email_verified": has_verified_email(request.user)},
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
