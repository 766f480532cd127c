"""Need profiles, matches, shortlist and plan of a school (login required; 403 for others).

Members verified for a school and coordinators holding it (offers.SchoolCoordinator) may see
and edit the school's needs and shortlist. The calendar feed of planned activities is read
through a secret token per school, so that a calendar app can subscribe without logging in.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from icalendar import Calendar, Event

from community.models import School
from core.redirects import safe_next
from offers.alerts import alert_for_token
from offers.matching import curriculum_coverage, match_need, planned_items
from offers.models import (
    NeedAlert,
    NeedProfile,
    OfferPage,
    SchoolPlanFeed,
    ShortlistItem,
    schools_of,
)
from offers.needs_forms import NeedProfileForm, ShortlistItemForm
from offers.views import ICAL_DOMAIN


def forbidden(request):
    return render(request, "offers/needs/forbidden.html", status=403)


def _school_or_403(request, pk):
    school = get_object_or_404(School, pk=pk)
    if not schools_of(request.user).filter(pk=school.pk).exists():
        return school, forbidden(request)
    return school, None


def _need_or_403(request, pk):
    need = get_object_or_404(NeedProfile.objects.select_related("school__municipality"), pk=pk)
    if not schools_of(request.user).filter(pk=need.school_id).exists():
        return need, forbidden(request)
    return need, None


@login_required
def need_list(request):
    schools = schools_of(request.user).select_related("municipality")
    if not schools.exists():
        return forbidden(request)
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
        return forbidden(request)
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
    need, refused = _need_or_403(request, pk)
    return refused or _need_form(request, need)


@login_required
def need_delete(request, pk):
    need, refused = _need_or_403(request, pk)
    if refused:
        return refused
    if request.method == "POST":
        need.delete()
        messages.success(request, _("De hulpvraag is verwijderd."))
        return redirect("offers:need_list")
    return render(request, "offers/needs/need_confirm_delete.html", {"need": need})


@login_required
def need_matches(request, pk):
    need, refused = _need_or_403(request, pk)
    if refused:
        return refused
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
        },
    )


@login_required
@require_POST
def need_alert(request, pk):
    """Turn the member's e-mail alert for new matches of this need on or off."""
    need, refused = _need_or_403(request, pk)
    if refused:
        return refused
    back = safe_next(request, reverse("offers:need_matches", args=[need.pk]))
    alert = NeedAlert.objects.filter(need=need, user=request.user).first()
    if request.POST.get("active"):
        if alert is None:
            NeedAlert.objects.create(need=need, user=request.user)
        elif not alert.active:
            # Starting again: only offers published from now on are new.
            alert.active, alert.subscribed_at, alert.last_sent_at = True, timezone.now(), None
            alert.save(update_fields=["active", "subscribed_at", "last_sent_at"])
        messages.success(
            request,
            _("U krijgt een e-mail als er nieuw passend aanbod is voor '%(title)s'.")
            % {"title": need.title},
        )
    else:
        if alert is not None and alert.active:
            alert.active = False
            alert.save(update_fields=["active"])
        messages.success(
            request,
            _("U krijgt geen e-mails meer over nieuw aanbod voor '%(title)s'.")
            % {"title": need.title},
        )
    return redirect(back)


def alert_unsubscribe(request, token):
    """Stop an alert from the link in its e-mail, without login: GET asks, POST stops."""
    try:
        alert = alert_for_token(token)
    except signing.BadSignature:
        return render(
            request, "offers/needs/alert_unsubscribe.html", {"problem": "invalid"}, status=400
        )
    except NeedAlert.DoesNotExist:
        return render(
            request, "offers/needs/alert_unsubscribe.html", {"problem": "gone"}, status=404
        )
    done = False
    if request.method == "POST":
        if alert.active:
            alert.active = False
            alert.save(update_fields=["active"])
        done = True
    return render(
        request,
        "offers/needs/alert_unsubscribe.html",
        {"alert": alert, "need_title": alert.need.title, "done": done or not alert.active},
    )


@login_required
def need_curriculum(request, pk):
    need, refused = _need_or_403(request, pk)
    if refused:
        return refused
    return render(
        request,
        "offers/needs/need_curriculum.html",
        {"need": need, "coverage": curriculum_coverage(need)},
    )


@login_required
def need_plan(request, pk):
    """A one-page plan to print and discuss with the team."""
    need, refused = _need_or_403(request, pk)
    if refused:
        return refused
    coverage = curriculum_coverage(need)
    return render(
        request,
        "offers/needs/need_plan.html",
        {
            "need": need,
            "coverage": coverage,
            "items": planned_items(need),
            "saved": need.shortlist.filter(status=ShortlistItem.Status.SAVED).select_related(
                "offer"
            ),
        },
    )


@login_required
def shortlist(request, school_pk):
    school, refused = _school_or_403(request, school_pk)
    if refused:
        return refused
    items = school.shortlist.select_related("offer", "need").prefetch_related(
        Prefetch("offer__sessions")
    )
    feed = SchoolPlanFeed.for_school(school)
    return render(
        request,
        "offers/needs/shortlist.html",
        {
            "school": school,
            "rows": [
                (item, ShortlistItemForm(instance=item, prefix=f"i{item.pk}")) for item in items
            ],
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
        return forbidden(request)
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


def _int(value):
    value = str(value or "")
    return int(value) if value.isdigit() else None


@login_required
@require_POST
def shortlist_update(request, pk):
    item = get_object_or_404(ShortlistItem.objects.select_related("school", "offer"), pk=pk)
    if not schools_of(request.user).filter(pk=item.school_id).exists():
        return forbidden(request)
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
def shortlist_done(request, pk):
    """Mark a planned item as run ("uitgevoerd"); this unlocks the school's review of the offer."""
    item = get_object_or_404(ShortlistItem.objects.select_related("offer"), pk=pk)
    if not schools_of(request.user).filter(pk=item.school_id).exists():
        return forbidden(request)
    back = safe_next(request, reverse("offers:shortlist", args=[item.school_id]))
    if item.status != ShortlistItem.Status.PLANNED:
        messages.error(
            request,
            _("Alleen gepland aanbod kan als uitgevoerd worden gemarkeerd: plan het eerst."),
        )
        return redirect(back)
    item.status = ShortlistItem.Status.DONE
    item.save(update_fields=["status"])
    messages.success(
        request,
        _("'%(title)s' is uitgevoerd. Uw school kan het aanbod nu beoordelen.")
        % {"title": item.offer.title},
    )
    return redirect(back)


@login_required
@require_POST
def shortlist_remove(request, pk):
    item = get_object_or_404(ShortlistItem.objects.select_related("offer"), pk=pk)
    if not schools_of(request.user).filter(pk=item.school_id).exists():
        return forbidden(request)
    school_pk = item.school_id
    item.delete()
    messages.success(
        request, _("'%(title)s' is van de keuzelijst gehaald.") % {"title": item.offer.title}
    )
    return redirect(safe_next(request, reverse("offers:shortlist", args=[school_pk])))


def school_feed(request, token):
    """The school's planned activities as iCalendar; the token in the URL is the key."""
    feed_row = get_object_or_404(SchoolPlanFeed.objects.select_related("school"), token=token)
    school = feed_row.school
    items = school.shortlist.filter(
        status__in=[ShortlistItem.Status.PLANNED, ShortlistItem.Status.DONE],
        planned_date__isnull=False,
    ).select_related("offer", "need")
    calendar = Calendar()
    calendar.add("prodid", "-//Leercommunity & Ontwikkelplaats//Plan van de school//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Plan van %(school)s") % {"school": school.name})
    stamp = timezone.now().replace(microsecond=0)
    for item in items:
        offer = item.offer
        event = Event()
        event.add("uid", f"shortlist-{item.pk}@{ICAL_DOMAIN}")
        event.add("dtstamp", stamp)
        session = _session_on(offer, item.planned_date)
        if session is not None:
            event.add("dtstart", timezone.localtime(session.start))
            event.add("dtend", timezone.localtime(session.end))
        else:
            event.add("dtstart", item.planned_date)
        event.add("summary", offer.title)
        url = offer.get_url(request)
        if url:
            event.add("url", request.build_absolute_uri(url))
        description = [offer.summary]
        if item.need:
            description.append(_("Hulpvraag: %(title)s") % {"title": item.need.title})
        if item.note:
            description.append(item.note)
        event.add("description", "\n".join(part for part in description if part))
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="plan.ics"'
    return response


def _session_on(offer, day):
    for session in offer.sessions.all():
        if timezone.localtime(session.start).date() == day:
            return session
    return None
