"""Discussions: the list per theme (with search), one discussion, start, edit or remove one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.models import Theme
from core.numbers import parse_int
from core.pagination import page_links
from search import service
from search.query import SearchQuery
from search.sources import parse_key

from ..forms import (
    DiscussionForm,
)
from ..models import Discussion, Follow
from ..tasks import notify_new_discussion_task
from ..threads import take_post_slot, thread_context
from .common import (
    confirm_removal,
    edit_refused,
    post_limit_page,
    posting_refused,
    within_edit_window,
)

PER_PAGE = 20
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
    keys = [parse_key(hit.key) for hit in found.hits]
    ranked = [pk for kind, pk in keys if kind == "discussion"]
    by_pk = rows.in_bulk(ranked)
    return [by_pk[pk] for pk in ranked if pk in by_pk]


def discussion_list(request, theme_slug=None):
    themes = Theme.objects.for_current_language()
    theme = None
    notes = []
    rows = Discussion.objects.filter(is_removed=False).select_related("theme", "author__profile")
    if theme_slug is None and request.GET.get("thema"):
        # The one filter vocabulary: `thema` as on every listing, besides the theme's own URL.
        wanted = request.GET["thema"][:100]
        if Theme.objects.filter(slug=wanted).exists():
            theme_slug = wanted
        else:
            notes.append(service.unknown_note([("thema", wanted)]))
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
            "page_links": page_links(request.GET, page.number, page.paginator.num_pages),
            "response": {"notes": notes},
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
            and within_edit_window(discussion.created),
        }
    )
    return render(request, "community/discussion_detail.html", context)


def _linked_page(value):
    pk = parse_int(value)
    return Page.objects.live().filter(pk=pk).first() if pk is not None else None


@login_required
def discussion_create(request):
    refused = posting_refused(request)
    if refused:
        return refused
    linked = _linked_page(request.POST.get("page") or request.GET.get("pagina"))
    form = DiscussionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not take_post_slot(request.user):
            return post_limit_page(request)
        discussion = form.save(commit=False)
        discussion.author = request.user
        discussion.page = linked
        discussion.save()
        # The starter hears of replies (and can stop in one click from the first mail).
        Follow.start(request.user, discussion)
        notify_new_discussion_task.enqueue(discussion.pk)
        messages.success(request, _("Uw discussie staat online."))
        return redirect(discussion)
    return render(
        request,
        "community/discussion_form.html",
        {"form": form, "linked_page": linked, "editing": False},
    )


def own_discussion(request, pk):
    """(discussion, None) when the member may still change it; (None, the refusal) otherwise."""
    discussion = get_object_or_404(Discussion, pk=pk, is_removed=False)
    refused = edit_refused(request, discussion.author_id, discussion.created)
    return (None, refused) if refused else (discussion, None)


@login_required
def discussion_edit(request, pk):
    discussion, refused = own_discussion(request, pk)
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
    discussion, refused = own_discussion(request, pk)
    if refused:
        return refused
    return confirm_removal(
        request,
        discussion,
        _("Uw discussie is verwijderd."),
        reverse("community:discussion_list"),
        discussion.title,
    )
