"""The dashboard's map: the programme's schools by province and phase, drawn as inline SVG.

The school list carries no coordinates (DUO gives addresses; the site keeps postcode and
municipality), so the map is a tile map of the twelve provinces, each tile roughly where the
province lies, with one dot per school in its phase's colour. No tiles from elsewhere, no
requests. The table next to it says the same in words (the accessible equivalent).
"""

from django.utils.translation import gettext as _

from .models.programmes import PhaseKey

# Province (CBS code) -> its name and the centre of its tile in a 360 x 460 box, north at the top.
TILES = {
    "PV20": ("Groningen", 300, 45),
    "PV21": ("Friesland", 200, 55),
    "PV22": ("Drenthe", 300, 120),
    "PV27": ("Noord-Holland", 105, 140),
    "PV24": ("Flevoland", 205, 140),
    "PV23": ("Overijssel", 300, 200),
    "PV28": ("Zuid-Holland", 90, 235),
    "PV26": ("Utrecht", 185, 225),
    "PV25": ("Gelderland", 290, 290),
    "PV29": ("Zeeland", 50, 335),
    "PV30": ("Noord-Brabant", 180, 330),
    "PV31": ("Limburg", 290, 420),
}
TILE_W, TILE_H = 90, 64
WIDTH, HEIGHT = 360, 460
# Whole numbers only: a localized template would write 3.5 as "3,5" in the SVG.
DOT_R, DOT_STEP, PER_ROW, ROWS = 4, 10, 8, 3

# Colours apart for most kinds of colour blindness, each with 3:1 against white.
PHASE_COLOURS = {
    "kickoff": "#b35806",
    "intake": "#1f78b4",
    "routemap": "#33a02c",
    "plan": "#6a3d9a",
    "execution": "#c2185b",
    "evaluation": "#00798c",
    "finished": "#555555",
}


def _province(route):
    municipality = route.school.municipality
    if municipality is None or municipality.province_id is None:
        return None
    return municipality.province


def province_map(routes):
    """Tiles (every province, with its schools as dots), a legend and the table's rows."""
    counts = {}
    unknown = dict.fromkeys(PhaseKey.values, 0)
    for route in routes:
        province = _province(route)
        if province is None or province.code not in TILES:
            unknown[route.phase] += 1
            continue
        counts.setdefault(province.code, dict.fromkeys(PhaseKey.values, 0))[route.phase] += 1
    tiles = []
    for code, (name, cx, cy) in TILES.items():
        by_phase = counts.get(code, {})
        phases = [key for key in PhaseKey.values for _n in range(by_phase.get(key, 0))]
        x, y = cx - TILE_W // 2, cy - TILE_H // 2
        dots = [
            {
                "cx": x + 8 + (index % PER_ROW) * DOT_STEP,
                "cy": y + 30 + (index // PER_ROW) * DOT_STEP,
                "colour": PHASE_COLOURS[phase],
            }
            for index, phase in enumerate(phases[: PER_ROW * ROWS])
        ]
        tiles.append(
            {
                "code": code,
                "name": name,
                "x": x,
                "y": y,
                "text_x": x + 6,
                "text_y": y + 15,
                "count_x": x + TILE_W - 6,
                "count_y": y + TILE_H - 6,
                "count": len(phases),
                "more": max(len(phases) - PER_ROW * ROWS, 0),
                "dots": dots,
            }
        )
    rows = [
        (TILES[code][0], [counts[code][key] for key in PhaseKey.values], sum(counts[code].values()))
        for code in sorted(counts, key=lambda code: TILES[code][0])
    ]
    if sum(unknown.values()):
        rows.append((_("Provincie onbekend"), list(unknown.values()), sum(unknown.values())))
    return {
        "tiles": tiles,
        "width": WIDTH,
        "height": HEIGHT,
        "tile_w": TILE_W,
        "tile_h": TILE_H,
        "dot_r": DOT_R,
        "legend": [(label, PHASE_COLOURS[key]) for key, label in PhaseKey.choices],
        "rows": rows,
    }
