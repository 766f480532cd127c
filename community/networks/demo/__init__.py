"""Demo networks: Brainport Eindhoven, Metropoolregio Amsterdam, Noord-Groningen and the four
Ontwikkelplekken, with coordinators and members from the demo members (`data/networks.json`),
and a discussion in three of them (Noord-Groningen's is public, the others members-only).
Idempotent: networks are found by slug, memberships by network and member."""

from django.contrib.auth import get_user_model

from core.demo import load_data
from core.models import Region, Theme

from ..models import Membership, Network, NetworkPost

DOMAIN = "leercommunity.example"


def build_networks_demo(context):
    context.log("Leernetwerken")
    users = get_user_model().objects.select_related("profile")
    for item in load_data("community.networks.demo", "networks"):
        coordinator = users.filter(email=f"{item['coordinator']}@{DOMAIN}").first()
        if coordinator is None:
            continue
        network, _ = Network.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "kind": item["kind"],
                "description": item["description"],
                "region": Region.objects.filter(code=item["region"]).first()
                if item["region"]
                else None,
                "theme": Theme.objects.filter(slug=item["theme"], locale=context.locale_nl).first(),
                "coordinator": coordinator,
            },
        )
        for status, keys in item["members"].items():
            for key in keys:
                user = users.filter(email=f"{key}@{DOMAIN}").first()
                if user is None:
                    continue
                Membership.objects.get_or_create(
                    network=network,
                    user=user,
                    defaults={"status": status, "school": user.profile.verified_school},
                )
        _discussion(network, item.get("discussion"), users)


def _discussion(network, data, users):
    """One discussion with a reply; the network's choice of who reads it."""
    if not data:
        return
    if network.public_discussions != data["public"]:
        network.public_discussions = data["public"]
        network.save(update_fields=["public_discussions"])
    author = users.filter(email=f"{data['author']}@{DOMAIN}").first()
    post, created = NetworkPost.objects.get_or_create(
        network=network,
        parent=None,
        title=data["title"],
        defaults={"body": data["body"], "author": author},
    )
    if created and data.get("reply"):
        NetworkPost.objects.create(
            network=network,
            parent=post,
            body=data["reply"]["body"],
            author=users.filter(email=f"{data['reply']['author']}@{DOMAIN}").first(),
        )
