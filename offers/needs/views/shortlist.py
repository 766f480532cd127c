"""A school's shortlist of offers: add, note, remove (login required).

The shortlist holds what the school saved. Each item shows where the school stands with the
offer from its requests (asked, planned, done; offers.bookings.standing) or a link to ask.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from core.numbers import parse_int
from core.redirects import safe_next
from offers.bookings.standing import standing_by_offer
from offers.models import NeedProfile, OfferPage, SchoolPlanFeed, ShortlistItem
from offers.needs.forms import ShortlistItemForm
from schools.access import schools_of
from schools.models import School

from .access import refuse, school_or_403


@login_required
def shortlist(request, school_pk):
    school = school_or_403(request, school_pk)
    items = list(school.shortlist.select_related("offer", "need").order_by("-created"))
    standing = standing_by_offer(school, [item.offer for item in items])
    providers = _provider_titles(item.offer for item in items)
    rows = []
    for item in items:
        item.booking = standing.get(item.offer.translation_key)
        item.provider_title = providers.get(item.offer.pk, "")
        rows.append((item, ShortlistItemForm(instance=item, prefix=f"i{item.pk}")))
    feed = SchoolPlanFeed.for_school(school)
    return render(
        request,
        "offers/needs/shortlist.html",
        {
            "school": school,
            "rows": rows,
            "feed_url": request.build_absolute_uri(
                reverse("offers:school_feed", args=[feed.token])
            ),
        },
    )


@login_required
@require_POST
def shortlist_add(request):
    offer = OfferPage.objects.live().filter(pk=_int(request.POST.get("offer"))).first()
    if offer is None:
        messages.error(request, _("Dit aanbod bestaat niet (meer)."))
        return redirect("offers:need_list")
    target = request.POST.get("target", "")
    kind, _sep, pk = target.partition(":")
    need = school = None
    if kind == "need":
        need = NeedProfile.objects.filter(pk=_int(pk)).select_related("school").first()
        school = need.school if need else None
    elif kind == "school":
        school = School.objects.filter(pk=_int(pk)).first()
    if school is None or not schools_of(request.user).filter(pk=school.pk).exists():
        refuse()
    item, created = ShortlistItem.objects.get_or_create(
        school=school, need=need, offer=offer, defaults={"added_by": request.user}
    )
    if created:
        messages.success(
            request, _("'%(title)s' staat op de keuzelijst van uw school.") % {"title": offer.title}
        )
    else:
        messages.info(request, _("'%(title)s' stond al op de keuzelijst.") % {"title": offer.title})
    return redirect(safe_next(request, reverse("offers:shortlist", args=[school.pk])))


def _provider_titles(offers):
    """{offer pk: the title of its provider, the parent page} in one query."""
    parent_paths = {offer.pk: offer.path[: -Page.steplen] for offer in offers}
    titles = dict(
        Page.objects.filter(path__in=set(parent_paths.values())).values_list("path", "title")
    )
    return {pk: titles.get(path, "") for pk, path in parent_paths.items()}


def _int(value):
    return parse_int(value)


@login_required
@require_POST
def shortlist_update(request, pk):
    item = get_object_or_404(ShortlistItem.objects.select_related("school", "offer"), pk=pk)
    if not schools_of(request.user).filter(pk=item.school_id).exists():
        refuse()
    form = ShortlistItemForm(request.POST, instance=item, prefix=f"i{item.pk}")
    if form.is_valid():
        form.save()
        messages.success(request, _("'%(title)s' is bijgewerkt.") % {"title": item.offer.title})
        return redirect(safe_next(request, reverse("offers:shortlist", args=[item.school_id])))
    return render(
        request,
        "offers/needs/shortlist_item_form.html",
        {"item": item, "form": form},
        status=400,
    )


@login_required
@require_POST
def shortlist_remove(request, pk):
    item = get_object_or_404(ShortlistItem.objects.select_related("offer"), pk=pk)
    if not schools_of(request.user).filter(pk=item.school_id).exists():
        refuse()
    school_pk = item.school_id
    item.delete()
    messages.success(
        request, _("'%(title)s' is van de keuzelijst gehaald.") % {"title": item.offer.title}
    )
    return redirect(safe_next(request, reverse("offers:shortlist", args=[school_pk])))
