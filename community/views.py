"""Views of the Leercommunity: discussions, replies, profiles, and a member's own data."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_comments.views.comments import post_comment as django_post_comment
from django_comments_xtd.models import XtdComment
from wagtail.models import Page

from core.models import Theme
from core.redirects import safe_next
from search import service
from search.query import SearchQuery
from search.sources import parse_key

from .auth import has_verified_email
from .forms import (
    CommentEditForm,
    DeleteAccountForm,
    DiscussionForm,
    ProfileForm,
    SchoolChoiceForm,
)
from .models import AccountDeletion, Discussion, Profile, School
from .threads import count_post, post_limit_reached, thread_context

PER_PAGE = 20
SCHOOL_RESULTS = 25


def get_profile(user):
    """The member's profile, created on first use (for accounts made outside sign-up)."""
    profile = getattr(user, "profile", None)
    if profile is None:
        profile, _created = Profile.objects.get_or_create(
            user=user,
            defaults={"display_name": user.get_full_name() or _("Lid %(pk)s") % {"pk": user.pk}},
        )
    return profile


def message_page(request, title, text, status=200, link=None, link_text=None):
    return render(
        request,
        "community/message.html",
        {"title": title, "text": text, "link": link, "link_text": link_text},
        status=status,
    )


def posting_refused(request):
    """A response when the member may not post now, or None when they may."""
    if not has_verified_email(request.user):
        return message_page(
            request,
            _("Bevestig eerst uw e-mailadres"),
            _(
                "U kunt berichten plaatsen zodra u uw e-mailadres heeft bevestigd. Volg de "
                "link in de e-mail die wij u stuurden, of vraag een nieuwe aan."
            ),
            status=403,
            link="account_email",
            link_text=_("E-mailadressen beheren"),
        )
    if post_limit_reached(request.user):
        return message_page(
            request,
            _("Even rustig aan"),
            _(
                "U heeft in korte tijd veel berichten geplaatst. Wacht een paar minuten en "
                "probeer het dan opnieuw."
            ),
            status=429,
        )
    return None


SEARCH_LIMIT = 500


def _search(rows, query):
    """Newest activity first; with a query, the site's search engine ranks the discussions
    (stemming, and typo tolerance on Elasticsearch), restricted to `rows`."""
    if not query:
        return rows.order_by("-last_activity", "-pk")
    found = service.search(
        SearchQuery(
            language=get_language(),
            text=query,
            filters={"kind": ["discussion"]},
            page_size=SEARCH_LIMIT,
        )
    )
    ranked = [
        pk for kind, pk in map(parse_key, (hit.key for hit in found.hits)) if kind == "discussion"
    ]
    by_pk = rows.in_bulk(ranked)
    return [by_pk[pk] for pk in ranked if pk in by_pk]


def discussion_list(request, theme_slug=None):
    themes = Theme.objects.for_current_language()
    theme = None
    rows = Discussion.objects.filter(is_removed=False).select_related("theme", "author__profile")
    if theme_slug is not None:
        theme = themes.filter(slug=theme_slug).first()
        if theme is None:
            theme = get_object_or_404(Theme, slug=theme_slug, locale__language_code="nl")
        rows = rows.filter(theme__slug=theme_slug)
    query = request.GET.get("q", "").strip()[:200]
    rows = _search(rows, query)
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("pagina"))
    return render(
        request,
        "community/discussion_list.html",
        {
            "themes": themes,
            "theme": theme,
            "query": query,
            "discussions": page,
            "can_start": request.user.is_authenticated,
        },
    )


def discussion_detail(request, theme_slug, pk):
    discussion = get_object_or_404(
        Discussion.objects.select_related("theme", "author__profile", "page"),
        pk=pk,
        is_removed=False,
    )
    if discussion.theme.slug != theme_slug:
        return redirect(discussion, permanent=True)
    context = thread_context(request, discussion)
    context.update(
        {
            "discussion": discussion,
            "editable": discussion.author_id == request.user.pk
            and _within_window(discussion.created),
        }
    )
    return render(request, "community/discussion_detail.html", context)


def _within_window(moment):
    minutes = settings.COMMUNITY_EDIT_WINDOW_MINUTES
    return (timezone.now() - moment).total_seconds() <= minutes * 60


def _linked_page(value):
    try:
        return Page.objects.live().filter(pk=int(value)).first()
    except (TypeError, ValueError):
        return None


@login_required
def discussion_create(request):
    refused = posting_refused(request)
    if refused:
        return refused
    linked = _linked_page(request.POST.get("page") or request.GET.get("pagina"))
    form = DiscussionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        discussion = form.save(commit=False)
        discussion.author = request.user
        discussion.page = linked
        discussion.save()
        count_post(request.user)
        messages.success(request, _("Uw discussie staat online."))
        return redirect(discussion)
    return render(
        request,
        "community/discussion_form.html",
        {"form": form, "linked_page": linked, "editing": False},
    )


@login_required
def discussion_edit(request, pk):
    discussion = get_object_or_404(Discussion, pk=pk, is_removed=False)
    refused = _edit_refused(request, discussion.author_id, discussion.created)
    if refused:
        return refused
    form = DiscussionForm(request.POST or None, instance=discussion)
    if request.method == "POST" and form.is_valid():
        discussion = form.save(commit=False)
        discussion.edited = timezone.now()
        discussion.save()
        messages.success(request, _("Uw wijziging is opgeslagen."))
        return redirect(discussion)
    return render(
        request,
        "community/discussion_form.html",
        {"form": form, "discussion": discussion, "editing": True},
    )


@login_required
def discussion_delete(request, pk):
    discussion = get_object_or_404(Discussion, pk=pk, is_removed=False)
    refused = _edit_refused(request, discussion.author_id, discussion.created)
    if refused:
        return refused
    if request.method == "POST":
        discussion.is_removed = True
        discussion.save(update_fields=["is_removed"])
        messages.success(request, _("Uw discussie is verwijderd."))
        return redirect("community:discussion_list")
    return render(request, "community/confirm_delete.html", {"object_title": discussion.title})


def _edit_refused(request, author_id, created):
    if author_id != request.user.pk:
        return HttpResponseForbidden(_("U kunt alleen uw eigen berichten wijzigen."))
    if not _within_window(created):
        return message_page(
            request,
            _("Wijzigen kan niet meer"),
            _(
                "U kunt een bericht tot %(minutes)s minuten na het plaatsen wijzigen of "
                "verwijderen. Vraag de redactie als er iets weg moet."
            )
            % {"minutes": settings.COMMUNITY_EDIT_WINDOW_MINUTES},
            status=403,
        )
    return None


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
    refused = _edit_refused(request, comment.user_id, comment.submit_date)
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


def _iso(moment):
    return moment.isoformat() if moment else None


def export_payload(user):
    """The member's own data: account, profile, discussions and replies."""
    profile = get_profile(user)
    discussions = Discussion.objects.filter(author=user).select_related("theme")
    comments = XtdComment.objects.filter(user=user).select_related("content_type")
    return {
        "exported_at": _iso(timezone.now()),
        "account": {
            "email": user.email,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
            "email_addresses": [
                {"email": a.email, "verified": a.verified, "primary": a.primary}
                for a in user.emailaddress_set.all()
            ],
        },
        "profile": {
            "display_name": profile.display_name,
            "role": profile.role,
            "organisation": profile.organisation,
            "school": str(profile.school) if profile.school else None,
            "region": str(profile.region) if profile.region else None,
            "bio": profile.bio,
            "contribution": profile.contribution,
            "themes": [t.name for t in profile.themes.all()],
            "verified_school": str(profile.verified_school) if profile.verified_school else None,
            "consent_at": _iso(profile.consent_at),
            "privacy_version": profile.privacy_version,
        },
        "discussions": [
            {
                "title": d.title,
                "body": d.body,
                "theme": d.theme.name,
                "created": _iso(d.created),
                "removed": d.is_removed,
            }
            for d in discussions
        ],
        "comments": [
            {
                "comment": c.comment,
                "submit_date": _iso(c.submit_date),
                "on": str(c.content_object) if c.content_object else None,
                "removed": c.is_removed,
            }
            for c in comments
        ],
        "reviews": review_export(user),
    }


def review_export(user):
    """The reviews this member last wrote for their school, and their provider replies."""
    from .models import ProviderReply, Review

    reviews = Review.objects.filter(author=user).select_related("offer", "school")
    replies = ProviderReply.objects.filter(author=user).select_related("review__offer")
    return [
        {
            "offer": r.offer.title,
            "school": r.school.name,
            "rating": r.rating,
            "ran_on": r.ran_on.isoformat() if r.ran_on else None,
            "text": r.text,
            "created": _iso(r.created),
            "public": r.is_public,
        }
        for r in reviews
    ] + [
        {"reply_to_review_of": p.review.offer.title, "text": p.text, "created": _iso(p.created)}
        for p in replies
    ]


@login_required
def export_data(request):
    payload = json.dumps(export_payload(request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(payload, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens-leercommunity.json"'
    return response


def delete_member(user):
    """Delete an account; posts stay, without the author's name or address. Returns the log."""
    with transaction.atomic():
        posts = XtdComment.objects.filter(user=user).update(
            user=None, user_name="", user_email="", user_url="", ip_address=None, followup=False
        )
        posts += Discussion.objects.filter(author=user).update(author=None)
        log = AccountDeletion.objects.create(user_id_deleted=user.pk, posts_anonymised=posts)
        user.delete()
    return log


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        delete_member(user)
        messages.success(request, _("Uw account is verwijderd. Bedankt voor uw bijdragen."))
        return redirect("/")
    return render(request, "community/delete_account.html", {"form": form})
