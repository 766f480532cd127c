"""How often a member may ask and write, and one request per submitted form.

Each request and each message mails the other side: 15 identical request POSTs in 4 seconds
made 15 requests and 15 e-mails. Both are counted in the shared cache (core.ratelimit), per
member. The request form carries a token of its own; the first submit with it claims it
atomically (`cache.add`), so a double click or a resent POST leads to the request the first one
made instead of a second request.
"""

from django.conf import settings

from core import ratelimit
from core.cache import counter_cache

SUBMIT_MEMORY_SECONDS = 24 * 60 * 60
PENDING = "pending"


def take_request_slot(user):
    return ratelimit.take(
        f"bookings:requests:{user.pk}",
        settings.BOOKING_REQUEST_RATE_LIMIT,
        settings.BOOKING_RATE_WINDOW_SECONDS,
    )


def take_message_slot(user):
    return ratelimit.take(
        f"bookings:messages:{user.pk}",
        settings.BOOKING_MESSAGE_RATE_LIMIT,
        settings.BOOKING_RATE_WINDOW_SECONDS,
    )


def _submit_key(user, token):
    return f"bookings:submit:{user.pk}:{token[:64]}"


def claim_submit(user, token):
    """None when this form's first submit is this one; else what the first one left: the pk
    of its request, or PENDING while it is still being made."""
    if not token:
        return None
    key = _submit_key(user, token)
    if counter_cache().add(key, PENDING, timeout=SUBMIT_MEMORY_SECONDS):
        return None
    return counter_cache().get(key, PENDING)


def remember_submit(user, token, booking_pk):
    if token:
        counter_cache().set(_submit_key(user, token), booking_pk, timeout=SUBMIT_MEMORY_SECONDS)


def release_submit(user, token):
    """The submit made no request (refused): the form may be sent again, corrected."""
    if token:
        counter_cache().delete(_submit_key(user, token))
