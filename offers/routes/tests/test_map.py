"""The dashboard's map: schools by province and phase as inline SVG, with a table in words."""

from datetime import date

from django.urls import reverse

from core.models import Region
from schools.tests.factories import SchoolFactory, member

from ..machine import ROUTE_MACHINE
from ..map import PHASE_COLOURS, province_map
from ..services import start_route


def _municipality(code, name, province_code, province_name):
    province, _created = Region.objects.get_or_create(
        code=province_code,
        defaults={"kind": "province", "name": province_name, "slug": f"p-{province_code}"},
    )
    municipality, _created = Region.objects.get_or_create(
        code=code,
        defaults={
            "kind": "municipality",
            "name": name,
            "slug": f"g-{code}",
            "province": province,
        },
    )
    return municipality


def test_map_places_schools_in_their_province_with_their_phase(
    client, route, programme, lead, coordinator
):
    eindhoven = _municipality("GM0772", "Eindhoven", "PV30", "Noord-Brabant")
    route.school.municipality = _municipality("GM0363", "Amsterdam", "PV27", "Noord-Holland")
    route.school.save()
    ROUTE_MACHINE.run(route, "to-intake", coordinator, {"confirmed": True})
    for _n in range(2):
        start_route(programme, SchoolFactory(municipality=eindhoven), date(2026, 9, 1), member())
    start_route(programme, SchoolFactory(), date(2026, 9, 1), member())  # no municipality
    client.force_login(lead)
    response = client.get(reverse("routes:dashboard", args=[programme.pk]))
    body = response.content.decode()
    rows = {name: (counts, total) for name, counts, total in response.context["map"]["rows"]}
    assert rows["Noord-Brabant"] == ([2, 0, 0, 0, 0, 0, 0], 2)
    assert rows["Noord-Holland"] == ([0, 1, 0, 0, 0, 0, 0], 1)
    assert rows["Provincie onbekend"][1] == 1
    tiles = {tile["name"]: tile for tile in response.context["map"]["tiles"]}
    assert [dot["colour"] for dot in tiles["Noord-Brabant"]["dots"]] == [
        PHASE_COLOURS["kickoff"]
    ] * 2
    assert [dot["colour"] for dot in tiles["Noord-Holland"]["dots"]] == [PHASE_COLOURS["intake"]]
    assert tiles["Limburg"]["count"] == 0
    # Drawn in the page, nothing fetched from elsewhere; the table says it in words.
    start, end = (
        body.index('id="map-heading"'),
        body.index("</section>", body.index('id="map-heading"')),
    )
    section = body[start:end]
    assert "<svg" in section and "<circle" in section
    assert "http" not in section.replace("http://www.w3.org/2000/svg", "")
    assert "<table" in section and "Noord-Brabant" in section


def test_many_schools_in_one_province_are_counted_not_overflowing(db):
    class Stub:
        def __init__(self, municipality):
            self.phase = "execution"
            self.school = type("S", (), {"municipality": municipality})()

    utrecht = _municipality("GM0344", "Utrecht", "PV26", "Utrecht")
    result = province_map([Stub(utrecht) for _n in range(40)])
    tile = next(tile for tile in result["tiles"] if tile["name"] == "Utrecht")
    assert (tile["count"], len(tile["dots"]), tile["more"]) == (40, 24, 16)
    # Whole numbers: in Dutch a template writes 3.5 as "3,5", which an SVG cannot read.
    assert all(isinstance(value, int) for dot in tile["dots"] for value in (dot["cx"], dot["cy"]))
    assert isinstance(result["dot_r"], int) and isinstance(tile["x"], int)
