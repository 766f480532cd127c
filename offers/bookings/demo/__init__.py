"""Demo requests of the demo school for the demo provider's offers, in every state.

The step `build_requests_demo` (core.demo.steps, after the reviews) reads `data/requests.json`:
each request with its status, days relative to the day the demo is built, and its timeline.
Requests are written directly (no e-mails, no checks on dates in the past). Idempotent: a
request is found by school, offer and message.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from core.demo import load_data
from offers.models import FundingSchemePage, OfferPage

from ..choices import Side, Status
from ..models import BookingRequest, RequestEvent

DEMO_SCHOOL_MEMBER = "school@leercommunity.example"
DEMO_PROVIDER_MEMBER = "aanbieder@leercommunity.example"


def school_day(days, hour=0, hours=0):
    """A moment `days` from now at `hour`, moved off the weekend; and its end."""
    start = timezone.localtime() + timedelta(days=days)
    while start.weekday() >= 5:
        start += timedelta(days=1 if days >= 0 else -1)
    start = start.replace(hour=hour, minute=0, second=0, microsecond=0)
    return start, start + timedelta(hours=hours)


def record_done_activity(school, offer, day, user):
    """A done request of `school` for `offer` on `day` (unlocks its review); found or made."""
    offer = offer.specific.source_page()
    existing = BookingRequest.objects.filter(school=school, offer=offer, status=Status.DONE)
    if existing.exists():
        return existing.first()
    day = day or timezone.localdate() - timedelta(days=30)
    start = timezone.make_aware(timezone.datetime(day.year, day.month, day.day, 10))
    booking = BookingRequest.objects.create(
        school=school,
        offer=offer,
        provider=offer.get_parent().specific,
        groups="groep 7 en 8",
        pupils=25,
        contact_name=user.profile.display_name,
        contact_email=user.email,
        message="Wij willen dit graag met de bovenbouw doen.",
        status=Status.DONE,
        start=start,
        end=start + timedelta(hours=2),
        school_confirmed_at=start + timedelta(days=1),
        created_by=user,
        created=start - timedelta(days=21),
    )
    RequestEvent.objects.create(
        request=booking,
        kind="created",
        side=Side.SCHOOL,
        actor=user,
        to_status="new",
        at=booking.created,
    )
    RequestEvent.objects.create(
        request=booking,
        kind="done",
        side=Side.SCHOOL,
        actor=user,
        from_status="accepted",
        to_status="done",
        at=booking.school_confirmed_at,
    )
    return booking


def build_requests_demo(context):
    users = get_user_model().objects.select_related("profile")
    teacher = users.filter(email=DEMO_SCHOOL_MEMBER).first()
    provider_member = users.filter(email=DEMO_PROVIDER_MEMBER).first()
    if teacher is None or provider_member is None:
        return
    school = teacher.profile.verified_school
    provider = provider_member.profile.provider_page
    if school is None or provider is None:
        return
    offers = {
        offer.slug: offer
        for offer in OfferPage.objects.child_of(provider).filter(locale=context.locale_nl)
    }
    added = 0
    for spec in load_data("offers.bookings.demo", "requests"):
        offer = offers.get(spec["offer"])
        if offer is None:
            continue
        if BookingRequest.objects.filter(
            school=school, offer=offer, message=spec["message"]
        ).exists():
            continue
        _build_one(spec, school, offer, provider.specific, teacher, provider_member)
        added += 1
    context.log(f"Aanvragen: {added} demo-aanvragen toegevoegd")


def _build_one(spec, school, offer, provider, teacher, provider_member):
    created = timezone.now() + timedelta(days=spec["created_days"])
    booking = BookingRequest(
        school=school,
        offer=offer,
        provider=provider,
        groups=spec["groups"],
        pupils=spec["pupils"],
        contact_name=teacher.profile.display_name,
        contact_email=teacher.email,
        message=spec["message"],
        status=spec["status"],
        created_by=teacher,
        created=created,
    )
    days = [school_day(offset)[0].date() for offset in spec["dates"]]
    for number, day in enumerate(days[:3], start=1):
        setattr(booking, f"date_option_{number}", day)
    if spec.get("scheme"):
        booking.funding_scheme = FundingSchemePage.objects.filter(
            slug=spec["scheme"], locale=offer.locale
        ).first()
    if "start" in spec:
        moment = spec["start"]
        booking.start, booking.end = school_day(moment["days"], moment["hour"], moment["hours"])
    if "proposed" in spec:
        moment = spec["proposed"]
        booking.proposed_start, booking.proposed_end = school_day(
            moment["days"], moment["hour"], moment["hours"]
        )
    if booking.status == Status.DONE:
        booking.school_confirmed_at = booking.end + timedelta(days=1)
    booking.save()
    RequestEvent.objects.create(
        request=booking,
        kind="created",
        side=Side.SCHOOL,
        actor=teacher,
        to_status=Status.NEW,
        text=spec["message"],
        at=created,
    )
    for event in spec["events"]:
        actor = teacher if event["side"] == Side.SCHOOL else provider_member
        RequestEvent.objects.create(
            request=booking,
            kind=event["kind"],
            side=event["side"],
            actor=actor,
            text=event["text"],
            at=timezone.now() + timedelta(days=event["days"]),
        )
    # A spec's "review" is written by community's demo step (build_request_reviews): reviews
    # belong to community, which sits above requests.
