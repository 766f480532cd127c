"""What the requests' pages show of reviews, answered by the app that owns reviews.

Reviews (community) are written about done requests, so community sits above requests and
imports them; requests may not import community back (that was a loop). The request page and
the two workspaces still show "your review" and "reviews waiting for your reply": they ask
this registry, which community fills in its AppConfig.ready (community.request_reviews).
Without a registered source the answers are empty, and the pages simply show no reviews.
"""


class NoReviews:
    """The answers when no app has registered reviews."""

    def review_of(self, school, offer_id):
        return None

    def reviewed_offer_ids(self, school, offer_ids):
        return set()

    def replies_due(self, offer_ids):
        return []


_source = NoReviews()


def register(source):
    """Called once by the app that owns reviews (community.apps)."""
    global _source
    _source = source


def review_of(school, offer_id):
    """The school's review of the offer, or None."""
    return _source.review_of(school, offer_id)


def reviewed_offer_ids(school, offer_ids):
    """The ids among `offer_ids` that `school` has reviewed."""
    return _source.reviewed_offer_ids(school, offer_ids)


def replies_due(offer_ids):
    """Public reviews of these offers that the provider has not answered yet, newest first."""
    return _source.replies_due(offer_ids)
