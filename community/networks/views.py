"""Networks: the list, a network's page (its schools for everyone, its people for members and the
coordinator), asking to join, and the coordinator's answers."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.documents import get_document_model

from core.statemachine import IllegalMove

from .machine import MACHINE
from .models import Membership, Network, NetworkDocument, NetworkPost

Status = Membership.Status


def network_list(request):
    networks = Network.objects.select_related("region", "theme")
    return render(request, "networks/network_list.html", {"networks": networks})


def network_detail(request, slug):
    network = get_object_or_404(Network.objects.select_related("coordinator__profile"), slug=slug)
    memberships = network.memberships.select_related("user__profile", "school")
    admitted = [m for m in memberships if m.status == Status.ADMITTED]
    user = request.user
    mine = next((m for m in memberships if user.is_authenticated and m.user_id == user.pk), None)
    mine = mine if mine is not None and mine.status in (Status.REQUESTED, Status.ADMITTED) else None
    is_coordinator = user.is_authenticated and network.coordinator_id == user.pk
    inside = is_coordinator or (mine is not None and mine.status == Status.ADMITTED)
    requests = []
    if is_coordinator:
        requests = [m for m in memberships if m.status == Status.REQUESTED]
        for membership in requests:
            membership.moves = MACHINE.available(membership, "coordinator")
    schools = sorted({m.school.name for m in admitted if m.school_id})
    return render(
        request,
        "networks/network_detail.html",
        {
            "network": network,
            "schools": schools,
            "people": admitted if inside else None,
            "mine": mine,
            "requests": requests,
            "is_coordinator": is_coordinator,
            # Its own events (EventPage.network, filled by community.events): members only.
            "events": network.events.live().filter(locale__language_code="nl").order_by("title")
            if inside
            else None,
            "discussions": network.posts.filter(parent=None).select_related("author__profile")
            if inside or network.public_discussions
            else None,
            "may_write": inside,
            "documents": network.documents.select_related("document") if inside else None,
        },
    )


def is_inside(user, network):
    """The coordinator and admitted members: they write, and read members-only discussions."""
    if not user.is_authenticated:
        return False
    return (
        network.coordinator_id == user.pk
        or network.memberships.filter(user=user, status=Status.ADMITTED).exists()
    )


def _readable(request, network):
    if network.public_discussions or is_inside(request.user, network):
        return
    if not request.user.is_authenticated:
        raise Http404
    raise PermissionDenied


def _post_from(request):
    body = request.POST.get("body", "").strip()
    if not body:
        return None, _("Schrijf een bericht.")
    if len(body) > 5000:
        return None, _("Een bericht is hoogstens 5000 tekens.")
    return body, None


@require_POST
def discussion_create(request, slug):
    network = get_object_or_404(Network, slug=slug)
    if not is_inside(request.user, network):
        raise PermissionDenied
    title = " ".join(request.POST.get("title", "").split())[:200]
    body, error = _post_from(request)
    if not title:
        error = _("Geef de discussie een titel.")
    if error:
        messages.error(request, error)
        return redirect("networks:detail", slug=slug)
    post = NetworkPost.objects.create(network=network, title=title, body=body, author=request.user)
    messages.success(request, _("Uw discussie is geplaatst."))
    return redirect("networks:discussion", slug=slug, pk=post.pk)


def discussion_detail(request, slug, pk):
    network = get_object_or_404(Network, slug=slug)
    _readable(request, network)
    post = get_object_or_404(network.posts.filter(parent=None), pk=pk)
    inside = is_inside(request.user, network)
    if request.method == "POST":
        if not inside:
            raise PermissionDenied
        body, error = _post_from(request)
        if error:
            messages.error(request, error)
        else:
            NetworkPost.objects.create(network=network, parent=post, body=body, author=request.user)
            messages.success(request, _("Uw reactie is geplaatst."))
        return redirect("networks:discussion", slug=slug, pk=pk)
    return render(
        request,
        "networks/discussion.html",
        {
            "network": network,
            "post": post,
            "replies": post.replies.select_related("author__profile"),
            "may_write": inside,
        },
    )


@login_required
@require_POST
def join(request, slug):
    network = get_object_or_404(Network, slug=slug)
    profile = getattr(request.user, "profile", None)
    try:
        with transaction.atomic():
            membership = Membership.objects.create(
                network=network,
                user=request.user,
                school=getattr(profile, "verified_school", None),
                motivation=request.POST.get("motivation", "")[:1000],
            )
            membership.entries.create(move="ask", actor=request.user, to_status=Status.REQUESTED)
    except IntegrityError:  # asked before, or already a member: the constraint says so
        messages.info(request, _("U heeft al gevraagd of bent al lid."))
    else:
        messages.success(request, _("Uw verzoek is verstuurd; de coördinator beslist."))
    return redirect("networks:detail", slug=slug)


@login_required
@require_POST
def membership_move(request, pk):
    membership = get_object_or_404(Membership.objects.select_related("network"), pk=pk)
    move = request.POST.get("move", "")
    try:
        MACHINE.run(membership, move, request.user)  # 403 for anyone not involved
    except IllegalMove as error:
        messages.error(request, str(error))
    else:
        messages.success(request, str(MACHINE.table[move].done))
    return redirect("networks:detail", slug=membership.network.slug)


class DocumentForm(forms.Form):
    title = forms.CharField(
        label=gettext_lazy("Titel"),
        max_length=200,
        error_messages={"required": gettext_lazy("Geef het document een titel.")},
    )
    file = forms.FileField(
        label=gettext_lazy("Bestand"),
        error_messages={"required": gettext_lazy("Kies een bestand.")},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if extension not in settings.WAGTAILDOCS_EXTENSIONS:
            raise forms.ValidationError(
                _("Dit soort bestand kan niet; kies een van: %(kinds)s.")
                % {"kinds": ", ".join(settings.WAGTAILDOCS_EXTENSIONS)}
            )
        if upload.size > settings.WAGTAILDOCS_MAX_UPLOAD_SIZE:
            raise forms.ValidationError(_("Het bestand is groter dan 10 MB."))
        return upload


@login_required
@require_POST
def document_upload(request, slug):
    """The coordinator shares a document with the network's members."""
    network = get_object_or_404(Network, slug=slug)
    if network.coordinator_id != request.user.pk:
        raise PermissionDenied
    form = DocumentForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect("networks:detail", slug=slug)
    with transaction.atomic():
        document = get_document_model().objects.create(
            title=form.cleaned_data["title"],
            file=form.cleaned_data["file"],
            uploaded_by_user=request.user,
        )
        NetworkDocument.objects.create(network=network, document=document, added_by=request.user)
    messages.success(request, _("Het document is gedeeld met de leden."))
    return redirect("networks:detail", slug=slug)


def document(request, slug, pk):
    """A shared document, for the network's members and coordinator (visitor 404, others 403)."""
    network = get_object_or_404(Network, slug=slug)
    shared = get_object_or_404(network.documents.select_related("document"), pk=pk)
    if not is_inside(request.user, network):
        if not request.user.is_authenticated:
            raise Http404
        raise PermissionDenied
    doc = shared.document
    response = FileResponse(doc.file.open("rb"), as_attachment=True, filename=doc.filename)
    response["Cache-Control"] = "private, no-store"
    return response
