"""System questions: filing, "herkenbaar", the editors' moves and merges, the public page.

The public list and a published question's page show no names. An unpublished question is
seen only by the member who filed it and by editors (404 for others: its existence is private).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.statemachine import IllegalMove

from ..access import COORDINATOR, LEAD, is_editor, route_role
from ..forms import EndorseForm, MergeForm, QuestionForm
from ..machine import QUESTION_MACHINE
from ..models import Route, SystemQuestion
from ..services import endorse, merge_questions


def public_questions():
    return (
        SystemQuestion.objects.filter(published=True, merged_into=None)
        .select_related("theme")
        .annotate(count=Count("endorsements"))
    )


def question_list(request):
    questions = list(public_questions().order_by("theme__name", "level", "-count"))
    groups = {}
    for question in questions:
        key = (question.theme.name if question.theme else _("Overig"), question.get_level_display())
        groups.setdefault(key, []).append(question)
    return render(
        request,
        "routes/question_list.html",
        {
            "groups": [(theme, level, rows, len(rows)) for (theme, level), rows in groups.items()],
            "editor": is_editor(request.user),
            "pending": SystemQuestion.objects.filter(published=False, merged_into=None)
            if is_editor(request.user)
            else [],
        },
    )


def _visible_question(request, pk):
    question = get_object_or_404(SystemQuestion.objects.select_related("theme"), pk=pk)
    if question.published or is_editor(request.user):
        return question
    if request.user.is_authenticated and question.filed_by_id == request.user.pk:
        return question
    raise Http404


def question_detail(request, pk):
    question = _visible_question(request, pk)
    editor = is_editor(request.user)
    endorsed = (
        request.user.is_authenticated and question.endorsements.filter(user=request.user).exists()
    )
    return render(
        request,
        "routes/question_detail.html",
        {
            "question": question,
            "count": question.endorsements.count(),
            "examples": question.endorsements.exclude(example="").values_list("example", flat=True),
            "endorsed": endorsed,
            "endorse_form": EndorseForm(),
            "editor": editor,
            "moves": QUESTION_MACHINE.available(question, "editor") if editor else [],
            "merge_form": MergeForm() if editor else None,
        },
    )


@login_required
def question_create(request):
    # Filed from a visit: the route is remembered when the visitor may act for it.
    route = None
    route_pk = request.GET.get("route") or request.POST.get("route")
    if route_pk and str(route_pk).isdigit():
        candidate = Route.objects.filter(pk=route_pk).select_related("programme").first()
        if candidate and route_role(request.user, candidate) in {COORDINATOR, LEAD, "school"}:
            route = candidate
    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        question = form.save(commit=False)
        question.filed_by = request.user
        question.route = route
        question.save()
        endorse(question, request.user)
        messages.success(
            request,
            _("Dank u. De redactie bekijkt de vraag en publiceert haar zonder namen."),
        )
        return redirect("routes:question", pk=question.pk)
    return render(request, "routes/question_form.html", {"form": form, "route": route})


@login_required
@require_POST
def question_endorse(request, pk):
    question = _visible_question(request, pk)
    form = EndorseForm(request.POST)
    example = form.cleaned_data["example"] if form.is_valid() else ""
    if endorse(question, request.user, example):
        messages.success(request, _("U heeft deze vraag als herkenbaar gemarkeerd."))
    else:
        messages.info(request, _("U had deze vraag al als herkenbaar gemarkeerd."))
    return redirect("routes:question", pk=question.pk)


def _editor_question(request, pk):
    if not is_editor(request.user):
        raise PermissionDenied
    return get_object_or_404(SystemQuestion, pk=pk)


@login_required
@require_POST
def question_move(request, pk, move):
    question = _editor_question(request, pk)
    try:
        QUESTION_MACHINE.run(
            question, move, request.user, {"answer": request.POST.get("answer")}, role="editor"
        )
    except IllegalMove as error:
        messages.error(request, str(error))
    else:
        messages.success(request, str(QUESTION_MACHINE.table[move].done))
    return redirect("routes:question", pk=question.pk)


@login_required
@require_POST
def question_publish(request, pk):
    question = _editor_question(request, pk)
    if question.merged_into_id is None:
        question.published = request.POST.get("published") == "1"
        question.save(update_fields=["published"])
        messages.success(request, _("Opgeslagen."))
    return redirect("routes:question", pk=question.pk)


@login_required
@require_POST
def question_merge(request, pk):
    question = _editor_question(request, pk)
    form = MergeForm(request.POST)
    if not form.is_valid() or form.cleaned_data["target"].pk == question.pk:
        messages.error(request, _("Kies een andere vraag om mee samen te voegen."))
        return redirect("routes:question", pk=question.pk)
    target = merge_questions(question, form.cleaned_data["target"])
    messages.success(request, _("Samengevoegd; de herkenbaar-markeringen zijn meegegaan."))
    return redirect("routes:question", pk=target.pk)
