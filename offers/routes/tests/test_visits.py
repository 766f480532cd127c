from datetime import date

from django.urls import reverse

from ..models import Visit

REFLECTION = "De directeur geeft helder richting aan het taalbeleid."


def test_a_draft_keeps_every_word_and_is_resumed(client, route, coordinator):
    client.force_login(coordinator)
    url = reverse("routes:visit", args=[route.pk])
    response = client.post(
        url,
        {
            "draft": "1",
            "date": "geen datum",  # a half-typed date does not lose the rest
            "notes": "Gesprek met de IB'er over groep 3.",
            "reflection_direction": REFLECTION,
            "follow_title_1": "Leesplan delen",
        },
    )
    assert response.status_code == 302
    page = client.get(url).content.decode()
    assert "Gesprek met de IB&#x27;er over groep 3." in page
    assert REFLECTION in page
    assert "Leesplan delen" in page
    assert "U gaat verder met uw concept" in page
    # A second draft save updates the same draft.
    client.post(url, {"draft": "1", "notes": "Aangevuld"})
    assert Visit.objects.filter(route=route, status="draft").count() == 1


def test_recording_with_errors_keeps_the_text(client, route, coordinator):
    client.force_login(coordinator)
    url = reverse("routes:visit", args=[route.pk])
    response = client.post(url, {"record": "1", "notes": "Alles wat ik typte"})
    assert response.status_code == 200
    assert "Vul de datum van het bezoek in." in response.content.decode()
    assert Visit.objects.get(route=route, status="draft").notes == "Alles wat ik typte"


def test_recording_a_visit_makes_follow_ups_milestones(client, route, coordinator, school_member):
    client.force_login(coordinator)
    url = reverse("routes:visit", args=[route.pk])
    response = client.post(
        url,
        {
            "record": "1",
            "date": "2026-10-05",
            "mode": "on_site",
            "attendees": "directeur, IB'er",
            "notes": "Goed gesprek",
            "reflection_people": "Teamscholing loopt",
            "follow_title_1": "Leesplan delen",
            "follow_owner_1": str(school_member.pk),
            "follow_due_1": "2026-10-20",
        },
    )
    assert response.status_code == 302
    visit = Visit.objects.get(route=route)
    assert visit.status == "final"
    milestone = route.milestones.get(title="Leesplan delen")
    assert (milestone.due, milestone.owner, milestone.visit) == (
        date(2026, 10, 20),
        school_member,
        visit,
    )
    # The form is empty again: the next visit starts fresh.
    assert "Goed gesprek" not in client.get(url).content.decode()
    # The school sees its visit on the route.
    client.force_login(school_member)
    assert (
        "Teamscholing loopt"
        in client.get(reverse("routes:detail", args=[route.pk])).content.decode()
    )


def test_follow_up_owner_outside_the_route_is_refused(client, route, coordinator, stranger):
    client.force_login(coordinator)
    response = client.post(
        reverse("routes:visit", args=[route.pk]),
        {
            "record": "1",
            "date": "2026-10-05",
            "mode": "phone",
            "follow_title_1": "Iets",
            "follow_owner_1": str(stranger.pk),
            "follow_due_1": "2026-10-20",
        },
    )
    assert response.status_code == 200
    assert not route.milestones.filter(title="Iets").exists()
