"""The alliance's own vocabulary (from the design and the founding documents), in both languages.

The official lists (kerndoelen, provinces, municipalities, named regions) are CSV files in
core/data/, with their sources in core/data/SOURCES.md.
"""

# (slug, Dutch name, English name)
THEMES = [
    ("lerarentekort", "Lerarentekort", "Teacher shortage"),
    (
        "onderwijs-anders-organiseren",
        "Onderwijs anders organiseren",
        "Organising education differently",
    ),
    ("samenwerking-in-de-wijk", "Samenwerking in de wijk", "Cooperation with the neighbourhood"),
    ("verrijkte-schooldag", "Verrijkte schooldag", "Enriched school day"),
    ("gezonde-basis", "Gezonde basis", "Healthy basis"),
    ("ouderbetrokkenheid", "Ouderbetrokkenheid", "Parental involvement"),
    (
        "kansengelijkheid-en-armoede",
        "Kansengelijkheid en armoede",
        "Equal opportunities and poverty",
    ),
    ("burgerschap", "Burgerschap", "Citizenship"),
    ("duurzaamheid", "Duurzaamheid", "Sustainability"),
    (
        "leiderschap-en-schoolontwikkeling",
        "Leiderschap en schoolontwikkeling",
        "Leadership and school development",
    ),
]

LEARNING_AREAS = [
    ("taal-en-lezen", "Taal en lezen", "Reading and language"),
    ("rekenen", "Rekenen", "Arithmetic"),
    ("cultuur", "Cultuur", "Culture"),
    ("gezondheid", "Gezondheid", "Health"),
    ("verkeer", "Verkeer", "Traffic"),
    ("burgerschap", "Burgerschap", "Citizenship"),
    ("sport-en-bewegen", "Sport en bewegen", "Sport and movement"),
    (
        "natuur-milieu-duurzaamheid",
        "Natuur, milieu en duurzaamheid",
        "Nature, environment and sustainability",
    ),
    ("techniek", "Techniek", "Technology"),
    ("aardrijkskunde", "Aardrijkskunde", "Geography"),
    ("digitale-geletterdheid", "Digitale geletterdheid", "Digital literacy"),
    ("ondernemerschap", "Ondernemerschap", "Entrepreneurship"),
    ("erfgoed-en-geschiedenis", "Erfgoed en geschiedenis", "Heritage and history"),
    ("levensbeschouwing", "Levensbeschouwing", "Worldview"),
]

# Which learning area each kerndoel belongs to, by the goal's content (its SLO label and domain).
# Goals 1-22 cover Dutch, English and Frisian; Ruimte (47-50) is geography.
GOAL_LEARNING_AREA = {
    **dict.fromkeys(range(1, 23), "taal-en-lezen"),
    **dict.fromkeys(range(23, 34), "rekenen"),
    34: "gezondheid",
    35: "verkeer",
    36: "burgerschap",
    37: "burgerschap",
    38: "levensbeschouwing",
    39: "natuur-milieu-duurzaamheid",
    **dict.fromkeys([40, 41, 42, 43, 46], "natuur-milieu-duurzaamheid"),
    44: "techniek",
    45: "techniek",
    **dict.fromkeys([47, 48, 49, 50], "aardrijkskunde"),
    **dict.fromkeys([51, 52, 53, 56], "erfgoed-en-geschiedenis"),
    54: "cultuur",
    55: "cultuur",
    57: "sport-en-bewegen",
    58: "sport-en-bewegen",
}

TARGET_GROUPS = [
    ("kinderopvang", "Kinderopvang", "Childcare"),
    ("groep-1-2", "Groep 1-2", "Groups 1-2"),
    ("groep-3-4", "Groep 3-4", "Groups 3-4"),
    ("groep-5-6", "Groep 5-6", "Groups 5-6"),
    ("groep-7-8", "Groep 7-8", "Groups 7-8"),
    ("voortgezet-onderwijs", "Voortgezet onderwijs", "Secondary education"),
]

# Named regions: code and slug for each name used in regions.csv, plus Noord-Groningen, which
# the advisory report "De Regio als Klaslokaal" describes as the municipalities Eemsdelta and
# Het Hogeland.
NAMED_REGIONS = {
    "Metropoolregio Amsterdam": ("RG-MRA", "metropoolregio-amsterdam"),
    "Brainport Eindhoven": ("RG-BRAINPORT", "brainport-eindhoven"),
    "Noord-Groningen": ("RG-NOORD-GRONINGEN", "noord-groningen"),
}
EXTRA_REGION_MEMBERS = {"Noord-Groningen": ["GM1979", "GM1966"]}
