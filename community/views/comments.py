"""Replies: posted through django-comments(-xtd) after our own checks; edit or remove own."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_comments.views.comments import post_comment as django_post_comment
from django_comments_xtd.models import XtdComment

from core.redirects import safe_next

from ..forms import (
    CommentEditForm,
)
from ..threads import count_post
from .common import edit_refused, get_profile, posting_refused


def _target_url(target):
    if hasattr(target, "get_absolute_url"):
        return target.get_absolute_url()
    return getattr(target, "url", None) or "/"


@require_POST
def post_comment(request):
    """Check the member, then let django-comments(-xtd) validate and save the reply."""
    next_url = safe_next(request, "/")
    if not request.user.is_authenticated:
        return redirect_to_login(next_url)
    refused = posting_refused(request)
    if refused:
        return refused
    data = request.POST.copy()
    data["name"] = get_profile(request.user).display_name[:50]
    data["email"] = request.user.email
    data["url"] = ""
    if not data.get("reply_to"):
        data["reply_to"] = "0"  # without it django-comments shows a preview and saves nothing
    request.POST = data
    response = django_post_comment(request, next=next_url)
    if response.status_code != 302:
        return response
    count_post(request.user)
    comment = (
        XtdComment.objects.filter(user=request.user)
        .select_related("content_type")
        .order_by("-pk")
        .first()
    )
    if comment is None:
        return redirect(next_url)
    return redirect(f"{_target_url(comment.content_object)}#c{comment.pk}")


def _own_comment(request, pk):
    comment = get_object_or_404(XtdComment, pk=pk, is_removed=False)
    refused = edit_refused(request, comment.user_id, comment.submit_date)
    return comment, refused


@login_required
def comment_edit(request, pk):
    comment, refused = _own_comment(request, pk)
    if refused:
        return refused
    form = CommentEditForm(request.POST or None, initial={"comment": comment.comment})
    if request.method == "POST" and form.is_valid():
        comment.comment = form.cleaned_data["comment"]
        comment.save()
        messages.success(request, _("Uw reactie is bijgewerkt."))
        return redirect(f"{_target_url(comment.content_object)}#c{comment.pk}")
    return render(request, "community/comment_form.html", {"form": form, "comment": comment})


@login_required
def comment_delete(request, pk):
    comment, refused = _own_comment(request, pk)
    if refused:
        return refused
    if request.method == "POST":
        comment.is_removed = True
        comment.save()
        messages.success(request, _("Uw reactie is verwijderd."))
        return redirect(f"{_target_url(comment.content_object)}#reacties")
    return render(
        request,
        "community/confirm_delete.html",
        {"object_title": _("uw reactie van %(date)s") % {"date": comment.submit_date}},
    )
