"""The community's part of the home page: the "Praat mee" task and the newest discussions."""

from django.urls import reverse
from django.utils.translation import gettext as _

from community.models import Discussion

NEWEST = 5


def home_content(request, home):
    discussions = list(
        Discussion.objects.filter(is_removed=False)
        .select_related("theme")
        .order_by("-created")[:NEWEST]
    )
    return {
        "tasks": [
            {
                "order": 40,
                "title": _("Praat mee"),
                "text": _("Stel een vraag aan collega's en deel wat u geleerd heeft."),
                "url": reverse("community:discussion_list"),
            }
        ],
        "panels": [
            {
                "order": 10,
                "template": "community/includes/home_discussions.html",
                "discussions": discussions,
                "list_url": reverse("community:discussion_list"),
            }
        ],
    }
