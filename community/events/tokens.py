"""Signed links: a registration's own page (from every e-mail) and a member's calendar feed.

The link is the key for a guest without an account, so it is signed; it does not expire
because a cancellation must work until the event.
"""

from django.core import signing

REGISTRATION_SALT = "events.registration"
FEED_SALT = "events.feed"


def registration_token(registration):
    return signing.dumps(registration.pk, salt=REGISTRATION_SALT)


def registration_pk(token):
    """The pk in a token, or None when the token was not made by us."""
    try:
        return int(signing.loads(token, salt=REGISTRATION_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def feed_token(user):
    return signing.dumps(user.pk, salt=FEED_SALT)


def feed_user_pk(token):
    try:
        return int(signing.loads(token, salt=FEED_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None
