"""Demo leermeester–gezel: six school leaders who opted in and four pairs in different states
(`data/pairs.json`). Idempotent: profiles by member, pairs by leermeester and gezel."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from core.demo import load_data
from core.models import Region, Theme

from ..pairs import Pair, PairingProfile, PairMeeting

DOMAIN = "leercommunity.example"


def build_pairs_demo(context):
    context.log("Leermeester en gezel")
    data = load_data("community.networks.demo", "pairs")
    users = {u.email: u for u in get_user_model().objects.filter(email__endswith=DOMAIN)}

    def user(key):
        return users.get(f"{key}@{DOMAIN}")

    broker = user(data["broker"])
    if broker is None:
        return
    for item in data["profiles"]:
        if user(item["key"]) is None:
            continue
        profile, created = PairingProfile.objects.get_or_create(
            user=user(item["key"]),
            defaults={
                "role": item["role"],
                "phase": item["phase"],
                "municipality": Region.objects.filter(code=item["municipality"]).first(),
                "half_days": item["half_days"],
                "capacity": item.get("capacity", 1),
            },
        )
        if created:
            profile.themes.set(
                Theme.objects.filter(locale=context.locale_nl, slug__in=item["themes"])
            )
    today = timezone.localdate()
    for item in data["pairs"]:
        master, apprentice = user(item["master"]), user(item["apprentice"])
        if master is None or apprentice is None:
            continue
        pair, created = Pair.objects.get_or_create(
            master=master,
            apprentice=apprentice,
            defaults={
                "broker": broker,
                "status": item["status"],
                "master_accepted": item["status"] != "proposed",
                "apprentice_accepted": item["status"] != "proposed",
                "evaluation": item.get("evaluation", ""),
            },
        )
        if created:
            for meeting in item["meetings"]:
                PairMeeting.objects.create(
                    pair=pair,
                    date=today + timedelta(days=meeting["days"]),
                    topic=meeting["topic"],
                    reflection=meeting["reflection"],
                    author=apprentice,
                )
