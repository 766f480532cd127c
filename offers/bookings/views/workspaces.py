"""The two workspaces on the site: "Mijn school" and "Mijn aanbod", and the bookings as CSV.

Both read every request of their side in one query and group them in Python, so the number of
queries does not grow with the number of requests (tested).
"""

import csv
from collections import Counter

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q, Sum
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from offers.demand import offer_demand
from offers.models import NeedProfile, OfferPage, ProviderPage, SchoolPlanFeed, ShortlistItem
from offers.visits import views_since
from schools.access import provider_page_of, schools_of

from .. import reviews
from ..choices import Side, Status
from ..models import BookingRequest
from ..standing import standing_by_offer
from .common import refuse

# The groups of each workspace. Open requests are split by whose turn it is, so that "Wacht
# op uw antwoord (4)" counts only what waits for the reader, not what waits for the other side.
GROUPS = [
    ("open", gettext_lazy("Wacht op uw antwoord")),
    ("waiting", None),  # the label names the other side (WAITING_LABELS)
    ("planned", gettext_lazy("Gepland")),
    ("to_confirm", gettext_lazy("Heeft het plaatsgevonden?")),
    ("done", gettext_lazy("Uitgevoerd")),
    ("closed", gettext_lazy("Afgewezen, geannuleerd of niet doorgegaan")),
]
WAITING_LABELS = {
    Side.SCHOOL: gettext_lazy("Wacht op de aanbieder"),
    Side.PROVIDER: gettext_lazy("Wacht op de school"),
}


CLOSED_UNDONE = (Status.DECLINED, Status.CANCELLED, Status.NOT_HELD)


def group_of(booking, side):
    """The group of a request in the workspace of `side`."""
    if booking.status in (Status.NEW, Status.PROPOSED):
        return "open" if booking.awaits(side) else "waiting"
    if booking.status == Status.ACCEPTED:
        if not booking.has_passed:
            return "planned"
        # Passed: the provider who said it took place waits for the school's week.
        return "to_confirm" if booking.awaits(side) else "waiting"
    if booking.status == Status.DONE:
        return "done"
    return "closed"


def grouped(bookings, side):
    """[(key, label, [requests])] in the order of GROUPS; planned ones soonest first."""
    by_group = {key: [] for key, _label in GROUPS}
    for booking in bookings:
        by_group[group_of(booking, side)].append(booking)
    by_group["planned"].sort(key=lambda booking: booking.start)
    return [(key, label or WAITING_LABELS[side], by_group[key]) for key, label in GROUPS]


def _chosen_school(request, schools):
    wanted = request.GET.get("school", "")
    for school in schools:
        if str(school.pk) == wanted:
            return school
    return schools[0]


@never_cache
@login_required
def my_school(request):
    schools = list(schools_of(request.user).select_related("municipality").order_by("name"))
    if not schools:
        refuse("school")
    school = _chosen_school(request, schools)
    bookings = list(BookingRequest.objects.filter(school=school).for_list())
    groups = grouped(bookings, Side.SCHOOL)
    done_offer_ids = {b.offer_id for b in bookings if b.status == Status.DONE}
    reviewed = reviews.reviewed_offer_ids(school, done_offer_ids)
    to_review = {}
    for booking in bookings:
        if booking.status == Status.DONE and booking.offer_id not in reviewed:
            to_review.setdefault(booking.offer_id, booking.offer)
    needs = list(NeedProfile.objects.filter(school=school).order_by("title"))
    # Saved offers not asked for yet (or whose request closed); the others are among the
    # requests below.
    saved = list(
        ShortlistItem.objects.filter(school=school).select_related("offer").order_by("-created")
    )
    standing = standing_by_offer(school, [item.offer for item in saved])
    shortlist = [
        item
        for item in saved
        if standing.get(item.offer.translation_key) is None
        or standing[item.offer.translation_key].status in CLOSED_UNDONE
    ]
    feed = SchoolPlanFeed.for_school(school)
    return render(
        request,
        "bookings/my_school.html",
        {
            "school": school,
            "schools": schools,
            "groups": groups,
            "counts": {key: len(items) for key, _label, items in groups},
            "to_review": list(to_review.values()),
            "needs": needs,
            "shortlist": shortlist,
            "feed_url": request.build_absolute_uri(
                reverse("offers:school_feed", args=[feed.token])
            ),
        },
    )


def source_provider(page):
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page.specific
    return (
        ProviderPage.objects.filter(translation_key=page.translation_key, locale=default).first()
        or page.specific
    )


VIEW_DAYS = 30


def offer_rows(provider, offers):
    """Each offer with its views of the last 30 days, its requests, open requests and booked
    places (two queries)."""
    stats = {
        row["offer_id"]: row
        for row in BookingRequest.objects.filter(provider=provider)
        .values("offer_id")
        .annotate(
            total=Count("pk"),
            # Open for the provider: new requests it has not answered (a proposal waits for
            # the school).
            open=Count("pk", filter=Q(status=Status.NEW)),
            bookings=Count("pk", filter=Q(status__in=[Status.ACCEPTED, Status.DONE])),
            pupils=Sum("pupils", filter=Q(status__in=[Status.ACCEPTED, Status.DONE])),
        )
        .order_by()
    }
    empty = {"total": 0, "open": 0, "bookings": 0, "pupils": 0}
    views = views_since(offers, days=VIEW_DAYS)
    return [
        {
            "offer": offer,
            "stats": stats.get(offer.pk, empty),
            "views": views.get(offer.pk, 0),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[offer.pk]),
        }
        for offer in offers
    ]


def demand_of(offers):
    """Open needs matching the provider's offers, by target group and by province (counts)."""
    groups, provinces, total = Counter(), Counter(), 0
    for offer in offers:
        demand = offer_demand(offer)
        total += demand.total
        groups.update(dict(demand.by_target_group))
        provinces.update(dict(demand.by_province))
    return {
        "total": total,
        "groups": sorted(groups.items()),
        "provinces": sorted(provinces.items()),
    }


@never_cache
@login_required
def my_offers(request):
    page = provider_page_of(request.user)
    if page is None:
        refuse("provider")
    provider = source_provider(page)
    offers = list(
        OfferPage.objects.child_of(provider)
        .live()
        .order_by("title")
        .prefetch_related("themes", "target_groups", "regions")
    )
    bookings = list(BookingRequest.objects.filter(provider=provider).for_list())
    groups = grouped(bookings, Side.PROVIDER)
    replies_due = reviews.replies_due([offer.pk for offer in offers])
    upcoming = [b for b in bookings if b.status == Status.ACCEPTED and not b.has_passed]
    upcoming.sort(key=lambda booking: booking.start)
    return render(
        request,
        "bookings/my_offers.html",
        {
            "provider": provider,
            "offers": offer_rows(provider, offers),
            "groups": groups,
            "counts": {key: len(items) for key, _label, items in groups},
            "upcoming": upcoming,
            "replies_due": replies_due,
            "demand": demand_of(offers),
        },
    )


CSV_FIELDS = [
    (gettext_lazy("aanbod"), lambda b: b.offer.title),
    (gettext_lazy("school"), lambda b: b.school.name),
    (gettext_lazy("plaats"), lambda b: b.school.place_display),
    (gettext_lazy("status"), lambda b: b.get_status_display()),
    (gettext_lazy("begin"), lambda b: _when(b.start)),
    (gettext_lazy("einde"), lambda b: _when(b.end)),
    (gettext_lazy("groep(en)"), lambda b: b.groups),
    (gettext_lazy("leerlingen"), lambda b: b.pupils),
    (gettext_lazy("contactpersoon"), lambda b: b.contact_name),
    (gettext_lazy("e-mailadres"), lambda b: b.contact_email),
    (gettext_lazy("telefoonnummer"), lambda b: b.contact_phone),
    (gettext_lazy("regeling"), lambda b: b.funding_scheme.title if b.funding_scheme else ""),
    (gettext_lazy("aangevraagd op"), lambda b: _when(b.created)),
]


def _when(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def _cell(value):
    """Text as a spreadsheet shows it, never as a formula (CSV injection)."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@never_cache
@login_required
def bookings_csv(request):
    """The provider's bookings (accepted and done requests) as CSV for a spreadsheet."""
    page = provider_page_of(request.user)
    if page is None:
        refuse("provider")
    provider = source_provider(page)
    bookings = (
        BookingRequest.objects.filter(provider=provider, status__in=[Status.ACCEPTED, Status.DONE])
        .for_list()
        .order_by("start")
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_("boekingen")}.csv"'
    response.write("\ufeff")  # so that spreadsheet programs read the file as UTF-8
    writer = csv.writer(response, delimiter=";")
    writer.writerow([str(label) for label, _value in CSV_FIELDS])
    for booking in bookings:
        writer.writerow([_cell(value(booking)) for _label, value in CSV_FIELDS])
    return response
