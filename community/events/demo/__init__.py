"""Demo events: six events, past and upcoming, one full with a waiting list, one online, one for
the members of a network (Brainport Eindhoven), one whose registrations the organiser approves.

The step `build_events_demo` (core.demo.steps, after the members) reads `data/events.json`;
days are relative to the day the demo is built. Registrations are written directly (no
e-mails). Idempotent: pages are found by slug, registrations by session and address.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from core.demo import add_child, load_data, terms, translate
from core.models import Region, Theme

from ..models import EventIndexPage, EventPage, EventSession, Registration, Status

DATA = "community.events.demo"
DOMAIN = "leercommunity.example"


def _network(slug):
    # The networks app is a sibling (no import): reach its model through the field.
    if not slug:
        return None
    return EventPage._meta.get_field("network").related_model.objects.filter(slug=slug).first()


def _region(code):
    return Region.objects.filter(code=code).first() if code else None


def _sessions(data):
    today = timezone.localtime().replace(minute=0, second=0, microsecond=0)
    sessions = []
    for item in data["sessions"]:
        start = (today + timedelta(days=item["days"])).replace(hour=item["hour"])
        sessions.append(
            EventSession(
                start=start,
                end=start + timedelta(hours=item["hours"]),
                place=item["place"],
                municipality=_region(item["municipality"]),
                online_url=item.get("online_url", ""),
                capacity=item["capacity"],
            )
        )
    return sessions


def _register(page, keys_by_status):
    users = get_user_model().objects.select_related("profile")
    session = page.sessions.order_by("start").first()
    now = timezone.now()
    for status, keys in keys_by_status.items():
        for key in keys:
            user = users.filter(email=f"{key}@{DOMAIN}").first()
            if user is None:
                continue
            Registration.objects.get_or_create(
                session=session,
                email=user.email,
                defaults={
                    "user": user,
                    "name": user.profile.display_name,
                    "language": user.profile.language,
                    "status": status,
                    "waiting_since": now if status == Status.WAITING else None,
                    "checked_in_at": session.start if status == Status.ATTENDED else None,
                },
            )


def build_events_demo(context):
    context.log("Bijeenkomsten")
    data = load_data(DATA, "events")
    index_data = data["index"]
    index = add_child(
        context.home_nl,
        EventIndexPage(
            title=index_data["title"],
            slug=index_data["slug"],
            intro=index_data["intro"],
            # In the header menu beside the catalogue and the best practices.
            show_in_menus=True,
        ),
    )
    translate(index, context.locale_en, **index_data["en"])
    for item in data["events"]:
        page = EventPage(
            title=item["title"],
            slug=item["slug"],
            kind=item["kind"],
            intro=item["intro"],
            listing_summary=item["intro"][:300],
            audience=item["audience"],
            speakers=item["speakers"],
            region=_region(item["region"]),
            network=_network(item.get("network")),
            requires_approval=item.get("requires_approval", False),
            themes=terms(Theme, item["themes"]),
            sessions=_sessions(item),
        )
        page = add_child(index, page)
        translate(page, context.locale_en, **item["en"], listing_summary=item["en"]["intro"])
        _register(page, item.get("registrations", {}))
