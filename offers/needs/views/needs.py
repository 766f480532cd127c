"""A school's need profiles: list, create, edit, delete, matches, coverage and plan."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from core.models.taxonomy import localized_terms
from offers.models import NeedAlert, NeedProfile, ShortlistItem
from offers.needs.coverage import curriculum_coverage
from offers.needs.forms import NeedProfileForm
from offers.needs.matching import match_need
from schools.access import schools_of

from .access import need_or_403, refuse


@login_required
def need_list(request):
    schools = schools_of(request.user).select_related("municipality")
    if not schools.exists():
        refuse()
    needs = NeedProfile.objects.filter(school__in=schools).prefetch_related(
        "themes", "target_groups"
    )
    groups = [
        (school, [need for need in needs if need.school_id == school.pk]) for school in schools
    ]
    return render(request, "offers/needs/need_list.html", {"groups": groups})


def _need_form(request, need=None):
    schools = schools_of(request.user)
    if not schools.exists():
        refuse()
    form = NeedProfileForm(request.POST or None, instance=need, schools=schools)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        if need is None:
            saved.created_by = request.user
        saved.save()
        form.save_m2m()
        messages.success(request, _("De hulpvraag is opgeslagen."))
        return redirect("offers:need_matches", pk=saved.pk)
    return render(
        request,
        "offers/needs/need_form.html",
        {"form": form, "need": need},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def need_create(request):
    return _need_form(request)


@login_required
def need_edit(request, pk):
    return _need_form(request, need_or_403(request, pk))


@login_required
def need_delete(request, pk):
    need = need_or_403(request, pk)
    if request.method == "POST":
        with transaction.atomic():
            # Its saved offers stay on the list without a need (SET_NULL), except those that
            # are there without one already: an offer is on the list once per need.
            ShortlistItem.objects.filter(
                need=need,
                offer__in=ShortlistItem.objects.filter(
                    school=need.school_id, need__isnull=True
                ).values("offer"),
            ).delete()
            need.delete()
        messages.success(request, _("De hulpvraag is verwijderd."))
        return redirect("offers:need_list")
    return render(request, "offers/needs/need_confirm_delete.html", {"need": need})


@login_required
def need_matches(request, pk):
    need = need_or_403(request, pk)
    result = match_need(need)
    shortlisted = set(need.school.shortlist.values_list("offer_id", flat=True))
    return render(
        request,
        "offers/needs/need_matches.html",
        {
            "need": need,
            "result": result,
            "left_out": result.left_out,
            "shortlisted": shortlisted,
            "themes": need.themes.all(),
            "target_groups": need.target_groups.all(),
            "alert": NeedAlert.objects.filter(need=need, user=request.user, active=True).first(),
            "subject": subject_of(need),
        },
    )


def subject_of(need):
    """The need's subject in words: its learning areas ("Cultuur en Erfgoed"), else its
    curriculum goals."""
    areas = [str(area.name) for area in localized_terms(need.learning_areas.all())]
    if areas:
        return (
            areas[0]
            if len(areas) == 1
            else _("%(first)s of %(last)s")
            % {
                "first": ", ".join(areas[:-1]),
                "last": areas[-1],
            }
        )
    return _("uw kerndoelen")


@login_required
def need_curriculum(request, pk):
    need = need_or_403(request, pk)
    return render(
        request,
        "offers/needs/need_curriculum.html",
        {"need": need, "coverage": curriculum_coverage(need)},
    )


@login_required
def need_plan(request, pk):
    """A one-page plan to print and discuss with the team: the activities agreed with
    providers (the school's requests), then what is only saved on the shortlist."""
    need = need_or_403(request, pk)
    coverage = curriculum_coverage(need)
    shortlist = list(need.shortlist.select_related("offer").order_by("offer__title"))
    notes = {item.offer.translation_key: item.note for item in shortlist}
    for booking in coverage.planned:
        booking.note = notes.get(booking.offer.translation_key, "")
    planned_keys = {booking.offer.translation_key for booking in coverage.planned}
    return render(
        request,
        "offers/needs/need_plan.html",
        {
            "need": need,
            "coverage": coverage,
            "items": coverage.planned,
            "saved": [item for item in shortlist if item.offer.translation_key not in planned_keys],
        },
    )
