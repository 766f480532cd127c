"""A member's requests and messages in the data export, and what deleting the account leaves of
them (core.member_data): the request stays for the school and the provider, without the
contact's name, address, phone or message."""

from django.dispatch import receiver

from core.member_data import deleting, export_requested

from .models import BookingRequest, RequestEvent


def _iso(moment):
    return moment.isoformat() if moment else None


@receiver(export_requested, dispatch_uid="bookings_export")
def export_requests(sender, user, **kwargs):
    requests = BookingRequest.objects.filter(created_by=user).select_related("offer", "school")
    events = (
        RequestEvent.objects.filter(actor=user)
        .exclude(text="")
        .select_related("request__offer")
        .order_by("at")
    )
    return {
        "requests": [
            {
                "offer": booking.offer.title,
                "school": booking.school.name,
                "status": booking.status,
                "groups": booking.groups,
                "pupils": booking.pupils,
                "contact_name": booking.contact_name,
                "contact_email": booking.contact_email,
                "contact_phone": booking.contact_phone,
                "message": booking.message,
                "created": _iso(booking.created),
            }
            for booking in requests
        ],
        "request_messages": [
            {
                "offer": event.request.offer.title,
                "kind": event.kind,
                "text": event.text,
                "at": _iso(event.at),
            }
            for event in events
        ],
    }


@receiver(deleting, dispatch_uid="bookings_anonymise")
def anonymise_requests(sender, user, **kwargs):
    mine = BookingRequest.objects.filter(created_by=user)
    # The first event repeats the request's message.
    RequestEvent.objects.filter(request__in=mine, kind=RequestEvent.Kind.CREATED).update(text="")
    mine.update(contact_name="", contact_email="", contact_phone="", message="")
