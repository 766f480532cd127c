"""A static, hand-made map of the Netherlands: an outline and one marker per place.

Positions are approximate (the centre of each province) and need no tile server or script.
Coordinates are longitude and latitude, projected onto a plain SVG canvas.
"""

from dataclasses import dataclass

WEST, NORTH = 3.2, 53.65
X_SCALE, Y_SCALE = 68, 111  # kilometres per degree at about 52° north
WIDTH, HEIGHT = 285, 330

# A rough outline of the mainland, clockwise from the south-west (Zeeuws-Vlaanderen).
OUTLINE = [
    (3.37, 51.37),
    (3.55, 51.58),
    (3.75, 51.72),
    (4.02, 51.87),
    (4.12, 52.0),
    (4.37, 52.2),
    (4.55, 52.45),
    (4.64, 52.78),
    (4.74, 52.96),
    (5.05, 53.05),
    (5.42, 53.23),
    (5.9, 53.38),
    (6.35, 53.42),
    (6.9, 53.45),
    (7.2, 53.26),
    (7.2, 53.0),
    (7.06, 52.8),
    (6.75, 52.65),
    (7.05, 52.4),
    (6.85, 52.12),
    (6.4, 51.85),
    (5.95, 51.8),
    (6.2, 51.52),
    (6.08, 51.2),
    (5.85, 51.05),
    (6.02, 50.82),
    (5.7, 50.75),
    (5.64, 51.0),
    (5.55, 51.25),
    (5.1, 51.45),
    (4.75, 51.5),
    (4.3, 51.45),
    (4.25, 51.36),
    (3.8, 51.22),
    (3.37, 51.3),
]

# The approximate centre of each province, by CBS code.
PROVINCE_CENTRES = {
    "PV20": (6.72, 53.22),  # Groningen
    "PV21": (5.8, 53.08),  # Friesland
    "PV22": (6.58, 52.86),  # Drenthe
    "PV23": (6.45, 52.44),  # Overijssel
    "PV24": (5.6, 52.5),  # Flevoland
    "PV25": (5.9, 52.06),  # Gelderland
    "PV26": (5.2, 52.08),  # Utrecht
    "PV27": (4.85, 52.58),  # Noord-Holland
    "PV28": (4.5, 51.98),  # Zuid-Holland
    "PV29": (3.85, 51.5),  # Zeeland
    "PV30": (5.2, 51.56),  # Noord-Brabant
    "PV31": (5.93, 51.2),  # Limburg
}


def project(lon, lat):
    return round((lon - WEST) * X_SCALE, 1), round((NORTH - lat) * Y_SCALE, 1)


def outline_path():
    points = [project(lon, lat) for lon, lat in OUTLINE]
    return "M" + " L".join(f"{x},{y}" for x, y in points) + " Z"


@dataclass
class Marker:
    place: object
    number: int
    x: float
    y: float


def marker_positions(places):
    """One numbered marker per place at its province's centre; places sharing a province
    are set side by side so every marker stays visible."""
    markers = []
    per_province = {}
    for number, place in enumerate(places, start=1):
        municipality = getattr(place, "municipality", None)
        code = municipality.province.code if municipality and municipality.province else None
        if code not in PROVINCE_CENTRES:
            continue
        x, y = project(*PROVINCE_CENTRES[code])
        offset = per_province.get(code, 0)
        per_province[code] = offset + 1
        markers.append(Marker(place, number, x + offset * 14, y))
    return markers


OUTLINE_PATH = outline_path()
