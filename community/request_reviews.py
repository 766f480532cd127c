"""Reviews as the requests' pages show them (registered in offers.bookings.reviews by
community.apps): requests sit below community and do not import its models."""

from .models import Review


class RequestReviews:
    def review_of(self, school, offer_id):
        return Review.objects.filter(offer_id=offer_id, school=school).first()

    def reviewed_offer_ids(self, school, offer_ids):
        return set(
            Review.objects.filter(school=school, offer_id__in=offer_ids).values_list(
                "offer_id", flat=True
            )
        )

    def replies_due(self, offer_ids):
        return list(
            Review.objects.public()
            .filter(offer_id__in=offer_ids, reply__isnull=True)
            .select_related("school", "offer")
            .order_by("-created")
        )
