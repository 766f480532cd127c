"""The community's part of the home page: the "Praat mee" task and the newest discussions."""

from django.urls import reverse
from django.utils.translation import gettext as _

from community.models import Discussion
from core import pagecache

NEWEST = 5


def _newest():
    discussions = list(
        Discussion.objects.filter(is_removed=False)
        .select_related("theme")
        .order_by("-created")[:NEWEST]
    )
    return {"discussions": discussions, "list_url": reverse("community:discussion_list")}


def home_content(request, home):
    # A reply changes the counts shown: the "discussions" tag's version is part of the key.
    version = pagecache.versions([pagecache.DISCUSSIONS])[pagecache.DISCUSSIONS]
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
                "fragment_key": f"newest-discussions:{version}",
                "load": _newest,
            }
        ],
    }
