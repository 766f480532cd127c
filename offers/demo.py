"""Demo content of the Ontwikkelplaats: providers, offers with sessions, and funding schemes.

Run through core.demo.build_demo (hook in wagtail_hooks.py). Pages are found by slug and left
alone when they exist, so a second run changes nothing. Session dates are relative to the day
the demo is built, so the school-year calendar is never empty.
"""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone
from wagtail.rich_text import RichText

from core.demo import add_child, translate
from core.models import CurriculumGoal, LearningArea, Region, TargetGroup, Theme
from offers.calendar import SchoolYear
from offers.models import (
    FundingDeadline,
    FundingIndexPage,
    FundingSchemePage,
    OfferPage,
    OfferSession,
    ProviderIndexPage,
    ProviderPage,
)

PROVIDER_INDEX_NL = {
    "title": "Ontwikkelplaats: aanbod voor scholen",
    "slug": "aanbod",
    "show_in_menus": True,
    "intro": (
        "Wat bieden partners aan, wat kost het, wie betaalt het en bij welke kerndoelen past "
        "het? Zoek op thema, regio, groep en soort aanbod."
    ),
    "listing_summary": "Lessen, excursies en expertise van partners, gekoppeld aan kerndoelen.",
}
PROVIDER_INDEX_EN = {
    "title": "Ontwikkelplaats: offers for schools",
    "slug": "offers",
    "intro": (
        "What do partners offer, what does it cost, who pays and which curriculum goals does it "
        "serve? Search by theme, region, group and type of offer."
    ),
    "listing_summary": "Lessons, excursions and expertise from partners, linked to goals.",
}
FUNDING_INDEX_NL = {
    "title": "Regelingen en fondsen",
    "slug": "regelingen",
    "show_in_menus": True,
    "intro": (
        "Landelijke, regionale en gemeentelijke regelingen waaruit een school aanbod kan "
        "betalen. Bedragen zijn indicatief; kijk altijd op de site van de financier."
    ),
    "listing_summary": "Wie betaalt wat: fondsen, programma's en gemeentelijke subsidies.",
}
FUNDING_INDEX_EN = {
    "title": "Funding schemes",
    "slug": "funding",
    "intro": (
        "National, regional and municipal schemes a school can use to pay for offers. Amounts "
        "are indicative; always check the funder's own site."
    ),
    "listing_summary": "Who pays for what: funds, programmes and municipal grants.",
}

# slug, name, funder, funder kind, reach, regions, themes, offer types, applicants,
# rolling, co-financing, summary
SCHEMES = [
    {
        "slug": "cultuureducatie-met-kwaliteit",
        "title": "Cultuureducatie met Kwaliteit",
        "funder_name": "Fonds voor Cultuurparticipatie, met gemeenten en provincies",
        "funder_kind": "ministry",
        "themes": ["verrijkte-schooldag"],
        "offer_types": "lesson_package,guest_lesson,excursion,coaching",
        "applicants": "schools,boards",
        "co_financing_required": True,
        "co_financing_note": "Gemeente of provincie legt er een eigen bijdrage naast.",
        "summary": (
            "Landelijk programma dat scholen helpt cultuuronderwijs een vaste plek in het "
            "lesprogramma te geven, samen met culturele partners uit de buurt. Scholen doen mee "
            "via het netwerk in hun gemeente of regio."
        ),
    },
    {
        "slug": "de-bibliotheek-op-school",
        "title": "De Bibliotheek op school",
        "funder_name": "Openbare bibliotheken en gemeenten",
        "funder_kind": "ministry",
        "themes": ["verrijkte-schooldag", "kansengelijkheid-en-armoede"],
        "offer_types": "lesson_package,coaching,expertise",
        "applicants": "schools,boards",
        "co_financing_required": True,
        "co_financing_note": "School en bibliotheek maken samen afspraken over de kosten.",
        "summary": (
            "Een werkwijze waarin bibliotheek en school samen het lezen bevorderen: een "
            "leesconsulent in de school, een actuele collectie en een leesplan. De school sluit "
            "een overeenkomst met de bibliotheek in haar gemeente."
        ),
    },
    {
        "slug": "gezonde-school",
        "title": "Gezonde School",
        "funder_name": "Programma Gezonde School (Rijksoverheid, GGD'en)",
        "funder_kind": "ministry",
        "themes": ["gezonde-basis"],
        "offer_types": "lesson_package,coaching,expertise",
        "applicants": "schools",
        "summary": (
            "Ondersteunt scholen die structureel werken aan gezondheid: voeding, bewegen, "
            "welbevinden. Een adviseur van de GGD denkt mee; in aanvraagrondes is er een "
            "ondersteuningsbudget voor activiteiten."
        ),
    },
    {
        "slug": "jong-leren-eten",
        "title": "Jong Leren Eten",
        "funder_name": "Programma Jong Leren Eten (Rijksoverheid)",
        "funder_kind": "ministry",
        "themes": ["gezonde-basis", "duurzaamheid"],
        "offer_types": "lesson_package,excursion,guest_lesson",
        "applicants": "schools",
        "is_rolling": True,
        "summary": (
            "Landelijk programma voor voedseleducatie: proeven, koken, moestuinieren en op "
            "bezoek bij de boer. Scholen krijgen hulp van regionale adviseurs en kunnen een "
            "bijdrage aanvragen voor activiteiten."
        ),
    },
    {
        "slug": "sterk-techniekonderwijs",
        "title": "Sterk Techniekonderwijs",
        "funder_name": "Regionale samenwerkingsverbanden (Rijksoverheid)",
        "funder_kind": "ministry",
        "themes": ["verrijkte-schooldag"],
        "offer_types": "guest_lesson,excursion,lesson_package",
        "applicants": "boards,providers",
        "reach": "regional",
        "regions": ["provincie-groningen", "metropoolregio-amsterdam"],
        "summary": (
            "Regionale plannen waarin vmbo-scholen, bedrijven en basisscholen samen techniek "
            "aantrekkelijker maken. Basisscholen doen mee via de activiteiten van het plan in "
            "hun regio."
        ),
    },
    {
        "slug": "jeugdeducatiefonds",
        "title": "Jeugdeducatiefonds",
        "funder_name": "Jeugdeducatiefonds",
        "funder_kind": "fund",
        "themes": ["kansengelijkheid-en-armoede"],
        "offer_types": "excursion,after_school,lesson_package",
        "applicants": "schools",
        "is_rolling": True,
        "summary": (
            "Fonds voor basisscholen met veel kinderen die opgroeien in armoede. De school "
            "vraagt aan voor wat een kind nodig heeft om mee te doen: van een ontbijt tot een "
            "excursie of een naschoolse activiteit."
        ),
    },
    {
        "slug": "npo-middelen",
        "title": "NPO-middelen (Nationaal Programma Onderwijs)",
        "funder_name": "Ministerie van OCW",
        "funder_kind": "ministry",
        "themes": ["kansengelijkheid-en-armoede", "leiderschap-en-schoolontwikkeling"],
        "offer_types": "coaching,expertise,after_school,lesson_package",
        "applicants": "schools,boards",
        "amount_note": "Tijdelijke middelen; wat er nog is, verschilt per school.",
        "summary": (
            "Na de coronajaren kregen scholen tijdelijk extra geld om achterstanden in te "
            "halen. Voor zover uw school nog NPO-middelen heeft, kunnen die aanbod uit de "
            "schoolkeuze-menukaart betalen."
        ),
    },
    {
        "slug": "rotterdams-onderwijsbeleid-verrijkte-schooldag",
        "title": "Subsidie verrijkte schooldag Rotterdam",
        "funder_name": "Gemeente Rotterdam",
        "funder_kind": "municipality",
        "themes": ["verrijkte-schooldag", "samenwerking-in-de-wijk"],
        "offer_types": "after_school,guest_lesson",
        "applicants": "schools,providers",
        "reach": "local",
        "regions": ["rotterdam-gm0599"],
        "deadline_in_days": 75,
        "amount_note": "indicatief",
        "summary": (
            "Voorbeeld van een gemeentelijke regeling: Rotterdamse scholen en hun partners "
            "vragen samen geld aan voor extra lestijd met sport, cultuur en techniek."
        ),
    },
    {
        "slug": "schoolkansen-sittard-geleen",
        "title": "Kansenfonds Sittard-Geleen",
        "funder_name": "Gemeente Sittard-Geleen",
        "funder_kind": "municipality",
        "themes": ["kansengelijkheid-en-armoede", "ouderbetrokkenheid"],
        "offer_types": "after_school,volunteer_hours,coaching",
        "applicants": "schools",
        "reach": "local",
        "regions": ["sittard-geleen-gm1883"],
        "deadline_in_days": 40,
        "amount_note": "indicatief",
        "summary": (
            "Voorbeeld van een gemeentelijke regeling voor scholen in Sittard-Geleen die met "
            "ouders en de wijk werken aan gelijke kansen."
        ),
    },
    {
        "slug": "leren-in-de-regio-noord-groningen",
        "title": "Regiofonds Leren in Noord-Groningen",
        "funder_name": "Gemeenten Eemsdelta en Het Hogeland",
        "funder_kind": "municipality",
        "themes": ["samenwerking-in-de-wijk", "verrijkte-schooldag"],
        "offer_types": "excursion,guest_lesson,lesson_package",
        "applicants": "schools,providers",
        "reach": "regional",
        "regions": ["noord-groningen"],
        "is_rolling": True,
        "amount_note": "indicatief",
        "summary": (
            "Voorbeeld van een regionale regeling: scholen in Noord-Groningen gebruiken de regio "
            "als klaslokaal en betalen er excursies en gastlessen van bij lokale partners."
        ),
    },
]

SCHEMES_EN = {
    "jeugdeducatiefonds": {
        "title": "Jeugdeducatiefonds (youth education fund)",
        "slug": "jeugdeducatiefonds-en",
        "summary": (
            "A fund for primary schools with many children growing up in poverty. The school "
            "applies for what a child needs to take part: from breakfast to an excursion or an "
            "after-school activity."
        ),
    },
    "jong-leren-eten": {
        "title": "Jong Leren Eten (young people learn to eat)",
        "slug": "jong-leren-eten-en",
        "summary": (
            "A national food-education programme: tasting, cooking, gardening and visiting a "
            "farm. Schools get help from regional advisers and can apply for a contribution."
        ),
    },
}

PROVIDERS = [
    {
        "slug": "techniekwerkplaats-zuid",
        "title": "Techniekwerkplaats Zuid",
        "organisation_name": "Stichting Techniekwerkplaats Zuid",
        "kind": "civil_society",
        "regions": ["rotterdam-gm0599"],
        "website": "https://techniekwerkplaats.example",
        "contact_email": "scholen@techniekwerkplaats.example",
        "description": "Een werkplaats in Rotterdam-Zuid waar kinderen met echt gereedschap "
        "leren bouwen, solderen en programmeren.",
    },
    {
        "slug": "wadden-en-wierden-educatie",
        "title": "Wadden en Wierden Educatie",
        "organisation_name": "Wadden en Wierden Educatie",
        "kind": "civil_society",
        "regions": ["noord-groningen"],
        "website": "https://waddenwierden.example",
        "contact_email": "info@waddenwierden.example",
        "description": "Natuur- en erfgoededucatie in Noord-Groningen: het wad, de wierden en "
        "het landschap als leeromgeving.",
    },
    {
        "slug": "amsterdamse-cultuurkoepel",
        "title": "Cultuurkoepel Amsterdam",
        "organisation_name": "Cultuurkoepel Amsterdam",
        "kind": "public",
        "regions": ["metropoolregio-amsterdam"],
        "website": "https://cultuurkoepel.example",
        "contact_email": "onderwijs@cultuurkoepel.example",
        "description": "Brengt musea, theaters en kunstenaars in de Amsterdamse regio naar de "
        "klas, en de klas naar hen.",
    },
    {
        "slug": "gezond-op-school",
        "title": "Gezond op School",
        "organisation_name": "Gezond op School B.V.",
        "kind": "social_enterprise",
        "is_national": True,
        "website": "https://gezondopschool.example",
        "contact_email": "hallo@gezondopschool.example",
        "description": "Een bedrijf met een maatschappelijk doel dat scholen helpt met "
        "gezonde voeding, beweging en een rustige klas.",
    },
    {
        "slug": "vakmensen-voor-de-klas",
        "title": "Vakmensen voor de klas",
        "organisation_name": "Vereniging Vakmensen voor de klas",
        "kind": "volunteers",
        "is_national": True,
        "website": "https://vakmensen.example",
        "contact_email": "koppelen@vakmensen.example",
        "description": "Een netwerk van vrijwilligers uit het bedrijfsleven die gastlessen "
        "geven en scholen met raad en daad helpen.",
    },
    {
        "slug": "buurtschool-westelijke-mijnstreek",
        "title": "Buurtschool Westelijke Mijnstreek",
        "organisation_name": "Stichting Buurtschool Westelijke Mijnstreek",
        "kind": "school_board",
        "regions": ["sittard-geleen-gm1883"],
        "website": "https://buurtschool-wm.example",
        "contact_email": "info@buurtschool-wm.example",
        "description": "Een schoolbestuur dat met buurthuizen, sportclubs en ouders een "
        "verlengde schooldag organiseert in Sittard-Geleen.",
    },
    {
        "slug": "leiderschapslab",
        "title": "Leiderschapslab",
        "organisation_name": "Leiderschapslab voor schoolleiders",
        "kind": "civil_society",
        "is_national": True,
        "website": "https://leiderschapslab.example",
        "contact_email": "contact@leiderschapslab.example",
        "description": "Ervaren schoolleiders die collega's begeleiden bij het verbeteren van "
        "hun school en het werven en behouden van leraren.",
    },
    {
        "slug": "maaklab-brainport",
        "title": "Maaklab Brainport",
        "organisation_name": "Maaklab Brainport B.V.",
        "kind": "social_enterprise",
        "regions": ["brainport-eindhoven"],
        "website": "https://maaklab-brainport.example",
        "contact_email": "scholen@maaklab-brainport.example",
        "description": "Een maakplaats in Eindhoven waar ingenieurs en leerlingen samen "
        "ontwerpen, printen en programmeren. De winst gaat naar techniekles in de regio.",
    },
    {
        "slug": "haags-natuurlokaal",
        "title": "Haags Natuurlokaal",
        "organisation_name": "Natuurlokaal Den Haag (gemeente Den Haag)",
        "kind": "public",
        "regions": ["s-gravenhage-gm0518", "provincie-zuid-holland"],
        "website": "https://haagsnatuurlokaal.example",
        "contact_email": "educatie@haagsnatuurlokaal.example",
        "description": "Natuur- en milieueducatie in Den Haag: de schooltuin, de duinen en het "
        "strand zijn ons klaslokaal.",
    },
    {
        "slug": "leeshuis-stad-en-ommeland",
        "title": "Leeshuis Stad en Ommeland",
        "organisation_name": "Stichting Leeshuis Stad en Ommeland",
        "kind": "public",
        "regions": ["groningen-gm0014", "het-hogeland-gm1966", "provincie-groningen"],
        "website": "https://leeshuis.example",
        "contact_email": "school@leeshuis.example",
        "description": "Leesconsulenten en voorlezers voor scholen in de stad Groningen en Het "
        "Hogeland, van het eerste prentenboek tot de spreekbeurt in groep 8.",
    },
    {
        "slug": "nieuw-west-samen",
        "title": "Nieuw-West Samen",
        "organisation_name": "Stichting Nieuw-West Samen",
        "kind": "civil_society",
        "regions": ["amsterdam-gm0363", "metropoolregio-amsterdam"],
        "website": "https://nieuwwestsamen.example",
        "contact_email": "scholen@nieuwwestsamen.example",
        "description": "Buurtwerkers, ouders en scholen in Amsterdam Nieuw-West die samen "
        "zorgen dat ieder kind na school een plek heeft om te leren en te spelen.",
    },
    {
        "slug": "fonds-iedereen-doet-mee",
        "title": "Fonds Iedereen Doet Mee",
        "organisation_name": "Stichting Fonds Iedereen Doet Mee",
        "kind": "fund",
        "is_national": True,
        "website": "https://iedereendoetmee.example",
        "contact_email": "scholen@iedereendoetmee.example",
        "description": "Een fonds dat scholen niet alleen geld geeft, maar ook helpt om kinderen "
        "uit gezinnen met weinig geld overal aan mee te laten doen.",
    },
]

# Every offer: provider slug, fields, taxonomy slugs, goals (numbers), session plan.
OFFERS = [
    (
        "techniekwerkplaats-zuid",
        {
            "slug": "robots-bouwen",
            "title": "Robots bouwen en programmeren",
            "offer_type": "lesson_package",
            "reach": "local",
            "regions": ["rotterdam-gm0599"],
            "themes": ["verrijkte-schooldag"],
            "areas": ["techniek", "digitale-geletterdheid"],
            "groups": ["groep-5-6", "groep-7-8"],
            "goals": [44, 45],
            "replaces": [45],
            "replaces_text": "Vervangt de techniekles uit de methode in zes weken.",
            "summary": "In zes lessen bouwen leerlingen een robot die op licht reageert en leren "
            "ze de stappen van ontwerpen, testen en verbeteren.",
            "duration": "6 lessen van 60 minuten",
            "at_school": True,
            "is_free": False,
            "price": Decimal("8.50"),
            "price_unit": "pupil",
            "group_size_max": 30,
            "schemes": ["rotterdams-onderwijsbeleid-verrijkte-schooldag"],
            "accreditation_level": "substantiated",
            "sessions": 4,
        },
    ),
    (
        "techniekwerkplaats-zuid",
        {
            "slug": "werkplaats-op-woensdag",
            "title": "Werkplaats op woensdagmiddag",
            "offer_type": "after_school",
            "reach": "local",
            "regions": ["rotterdam-gm0599"],
            "themes": ["verrijkte-schooldag", "samenwerking-in-de-wijk"],
            "areas": ["techniek"],
            "groups": ["groep-5-6", "groep-7-8"],
            "goals": [44],
            "summary": "Elke woensdagmiddag timmeren, solderen en uitvinden in de werkplaats, met "
            "begeleiders uit de buurt.",
            "duration": "Wekelijks 2 uur",
            "school_time": "after",
            "location": "Werkplaats Zuid, Rotterdam",
            "is_free": True,
            "sessions": 6,
        },
    ),
    (
        "wadden-en-wierden-educatie",
        {
            "slug": "wadlopen-met-de-klas",
            "title": "Wadlopen met de klas",
            "offer_type": "excursion",
            "reach": "regional",
            "regions": ["noord-groningen"],
            "themes": ["duurzaamheid", "verrijkte-schooldag"],
            "areas": ["natuur-milieu-duurzaamheid", "aardrijkskunde"],
            "groups": ["groep-7-8"],
            "goals": [40, 41, 47],
            "replaces": [40],
            "replaces_text": "Vervangt twee natuurlessen over getijden en dieren van het wad.",
            "summary": "Met een gids het wad op: leerlingen zoeken wormen, schelpen en krabben en "
            "leren hoe eb en vloed het landschap vormen.",
            "duration": "Een dagdeel",
            "location": "Pieterburen",
            "is_free": False,
            "price": Decimal("95.00"),
            "price_unit": "group",
            "group_size_max": 32,
            "schemes": ["leren-in-de-regio-noord-groningen"],
            "accreditation_level": "described",
            "sessions": 3,
        },
    ),
    (
        "wadden-en-wierden-educatie",
        {
            "slug": "wierden-vertellen",
            "title": "Wat de wierden vertellen",
            "offer_type": "guest_lesson",
            "reach": "local",
            "regions": ["eemsdelta-gm1979", "het-hogeland-gm1966"],
            "themes": ["burgerschap"],
            "areas": ["erfgoed-en-geschiedenis"],
            "groups": ["groep-5-6"],
            "goals": [51, 52, 56],
            "summary": "Een gastles over de terpen en wierden van Groningen: waarom mensen hoog "
            "gingen wonen en wat archeologen er vonden.",
            "duration": "90 minuten",
            "at_school": True,
            "is_free": True,
            "on_request": True,
        },
    ),
    (
        "wadden-en-wierden-educatie",
        {
            "slug": "boerderij-in-de-klas",
            "title": "Van boerderij tot bord",
            "offer_type": "excursion",
            "reach": "regional",
            "regions": ["provincie-groningen"],
            "themes": ["gezonde-basis", "duurzaamheid"],
            "areas": ["gezondheid", "natuur-milieu-duurzaamheid"],
            "groups": ["groep-3-4", "groep-5-6"],
            "goals": [34, 39],
            "summary": "Een bezoek aan een melkveebedrijf, met proeven en een les over waar ons "
            "eten vandaan komt.",
            "duration": "Een ochtend",
            "location": "Boerderijen in de provincie Groningen",
            "is_free": False,
            "price": Decimal("3.00"),
            "price_unit": "pupil",
            "schemes": ["jong-leren-eten"],
            "sessions": 3,
        },
    ),
    (
        "amsterdamse-cultuurkoepel",
        {
            "slug": "museum-als-klaslokaal",
            "title": "Het museum als klaslokaal",
            "offer_type": "excursion",
            "reach": "regional",
            "regions": ["metropoolregio-amsterdam"],
            "themes": ["verrijkte-schooldag"],
            "areas": ["cultuur", "erfgoed-en-geschiedenis"],
            "groups": ["groep-5-6", "groep-7-8"],
            "goals": [54, 55, 56],
            "replaces": [54],
            "replaces_text": "Vervangt een blok tekenen en kunstgeschiedenis.",
            "summary": "Een museumbezoek met een opdracht vooraf en een maakles achteraf: kijken, "
            "vragen stellen en zelf iets maken.",
            "duration": "Drie dagdelen",
            "location": "Musea in de regio Amsterdam",
            "is_free": False,
            "price": Decimal("6.00"),
            "price_unit": "pupil",
            "schemes": ["cultuureducatie-met-kwaliteit"],
            "accreditation_level": "proven",
            "sessions": 5,
        },
    ),
    (
        "amsterdamse-cultuurkoepel",
        {
            "slug": "muziek-in-de-klas",
            "title": "Muziek in de klas",
            "offer_type": "lesson_package",
            "reach": "local",
            "regions": ["amsterdam-gm0363"],
            "themes": ["verrijkte-schooldag"],
            "areas": ["cultuur"],
            "groups": ["groep-1-2", "groep-3-4"],
            "goals": [54, 55],
            "summary": "Een vakdocent muziek geeft tien weken les samen met de groepsleerkracht, "
            "die daarna zelf verder kan.",
            "duration": "10 lessen van 45 minuten",
            "at_school": True,
            "is_free": False,
            "price": Decimal("450.00"),
            "price_unit": "group",
            "schemes": ["cultuureducatie-met-kwaliteit"],
            "sessions": 2,
        },
    ),
    (
        "amsterdamse-cultuurkoepel",
        {
            "slug": "voorleesfeest-kinderopvang",
            "title": "Voorleesfeest in de opvang",
            "offer_type": "guest_lesson",
            "reach": "local",
            "regions": ["amsterdam-gm0363"],
            "themes": ["ouderbetrokkenheid", "kansengelijkheid-en-armoede"],
            "areas": ["taal-en-lezen"],
            "groups": ["kinderopvang", "groep-1-2"],
            "goals": [1, 2],
            "summary": "Een verteller en een muzikant maken van voorlezen een feest, met ouders "
            "erbij en een boek om mee naar huis te nemen.",
            "duration": "60 minuten",
            "at_school": True,
            "is_free": True,
            "schemes": ["de-bibliotheek-op-school"],
            "sessions": 2,
        },
    ),
    (
        "gezond-op-school",
        {
            "slug": "gezonde-lunch-in-de-klas",
            "title": "Gezonde lunch in de klas",
            "offer_type": "lesson_package",
            "reach": "national",
            "themes": ["gezonde-basis"],
            "areas": ["gezondheid"],
            "groups": ["groep-3-4", "groep-5-6", "groep-7-8"],
            "goals": [34],
            "replaces": [34],
            "replaces_text": "Vervangt de lessen over voeding uit de methode.",
            "summary": "Een lespakket over gezond eten met proeflessen en een plan om de lunch op "
            "school samen met ouders gezonder te maken.",
            "duration": "8 lessen",
            "at_school": True,
            "is_free": False,
            "price": Decimal("250.00"),
            "price_unit": "school",
            "schemes": ["gezonde-school", "jong-leren-eten"],
            "accreditation_level": "substantiated",
            "on_request": True,
        },
    ),
    (
        "gezond-op-school",
        {
            "slug": "rust-in-de-klas",
            "title": "Rust in de klas",
            "offer_type": "coaching",
            "reach": "national",
            "themes": ["gezonde-basis", "leiderschap-en-schoolontwikkeling"],
            "areas": ["gezondheid"],
            "groups": ["groep-1-2", "groep-3-4", "groep-5-6", "groep-7-8"],
            "goals": [34],
            "summary": "Coaching van het team: hoe maak je een prikkelarme klas waarin ieder kind "
            "tot leren komt?",
            "duration": "4 bijeenkomsten",
            "at_school": True,
            "is_free": False,
            "price": Decimal("1200.00"),
            "price_unit": "school",
            "suitability_notes": "Ook voor speciaal (basis)onderwijs; prikkelarm opgezet.",
            "schemes": ["npo-middelen", "gezonde-school"],
            "sessions": 2,
        },
    ),
    (
        "vakmensen-voor-de-klas",
        {
            "slug": "beroepen-in-de-klas",
            "title": "Beroepen in de klas",
            "offer_type": "guest_lesson",
            "reach": "national",
            "themes": ["samenwerking-in-de-wijk", "kansengelijkheid-en-armoede"],
            "areas": ["ondernemerschap", "burgerschap"],
            "groups": ["groep-7-8"],
            "goals": [36],
            "summary": "Een loodgieter, een verpleegkundige of een programmeur vertelt over het "
            "werk en laat leerlingen iets uitproberen.",
            "duration": "60 minuten",
            "at_school": True,
            "is_free": True,
            "accreditation_level": "described",
            "sessions": 4,
        },
    ),
    (
        "vakmensen-voor-de-klas",
        {
            "slug": "rekenmaatjes",
            "title": "Rekenmaatjes",
            "offer_type": "volunteer_hours",
            "reach": "national",
            "themes": ["kansengelijkheid-en-armoede", "lerarentekort"],
            "areas": ["rekenen"],
            "groups": ["groep-5-6", "groep-7-8"],
            "goals": [23, 26, 28],
            "summary": "Vrijwilligers oefenen wekelijks met kleine groepjes leerlingen die extra "
            "rekentijd nodig hebben.",
            "duration": "Een schooljaar, wekelijks",
            "at_school": True,
            "is_free": True,
            "on_request": True,
        },
    ),
    (
        "vakmensen-voor-de-klas",
        {
            "slug": "ict-advies-pro-bono",
            "title": "ICT-advies zonder kosten",
            "offer_type": "expertise",
            "reach": "national",
            "themes": ["onderwijs-anders-organiseren"],
            "areas": ["digitale-geletterdheid"],
            "groups": ["groep-7-8"],
            "goals": [],
            "summary": "Een ICT-specialist uit het bedrijfsleven helpt de school bij het kiezen en "
            "inrichten van apparaten en software.",
            "duration": "In overleg",
            "at_school": True,
            "is_free": True,
            "on_request": True,
        },
    ),
    (
        "buurtschool-westelijke-mijnstreek",
        {
            "slug": "sport-en-spel-na-school",
            "title": "Sport en spel na school",
            "offer_type": "after_school",
            "reach": "local",
            "regions": ["sittard-geleen-gm1883"],
            "themes": ["gezonde-basis", "samenwerking-in-de-wijk"],
            "areas": ["sport-en-bewegen"],
            "groups": ["groep-3-4", "groep-5-6", "groep-7-8"],
            "goals": [57, 58],
            "summary": "Sportclubs uit de wijk geven na schooltijd les op het schoolplein en in de "
            "gymzaal; kinderen proberen elke maand een andere sport.",
            "duration": "Wekelijks 90 minuten",
            "school_time": "after",
            "at_school": True,
            "is_free": True,
            "schemes": ["schoolkansen-sittard-geleen"],
            "sessions": 5,
        },
    ),
    (
        "buurtschool-westelijke-mijnstreek",
        {
            "slug": "ouders-als-partner",
            "title": "Ouders als partner",
            "offer_type": "coaching",
            "reach": "local",
            "regions": ["sittard-geleen-gm1883"],
            "themes": ["ouderbetrokkenheid"],
            "areas": ["taal-en-lezen"],
            "groups": ["groep-1-2", "groep-3-4"],
            "goals": [],
            "summary": "Begeleiding van het team bij huisbezoeken, ouderkoffie en gesprekken "
            "waarin ouders en school samen optrekken.",
            "duration": "5 bijeenkomsten",
            "at_school": True,
            "is_free": False,
            "price": Decimal("900.00"),
            "price_unit": "school",
            "schemes": ["schoolkansen-sittard-geleen", "npo-middelen"],
            "sessions": 2,
        },
    ),
    (
        "leiderschapslab",
        {
            "slug": "schoolleider-zoekt-maatje",
            "title": "Schoolleider zoekt maatje",
            "offer_type": "coaching",
            "reach": "national",
            "themes": ["leiderschap-en-schoolontwikkeling", "lerarentekort"],
            "areas": [],
            "groups": ["groep-1-2", "groep-3-4", "groep-5-6", "groep-7-8"],
            "goals": [],
            "summary": "Een ervaren schoolleider begeleidt een collega een jaar lang bij het "
            "maken en uitvoeren van een verbeterplan.",
            "duration": "Een schooljaar",
            "location": "Op school en online",
            "is_free": False,
            "price": Decimal("2500.00"),
            "price_unit": "school",
            "schemes": ["npo-middelen"],
            "accreditation_level": "described",
            "sessions": 3,
        },
    ),
    (
        "maaklab-brainport",
        {
            "slug": "zonneboot-ontwerpen",
            "title": "Ontwerp een zonneboot",
            "offer_type": "lesson_package",
            "reach": "regional",
            "regions": ["brainport-eindhoven"],
            "themes": ["duurzaamheid"],
            "areas": ["techniek", "natuur-milieu-duurzaamheid"],
            "groups": ["groep-5-6", "groep-7-8"],
            "goals": [42, 45, 46],
            "replaces": [45],
            "replaces_text": "Vervangt het hoofdstuk over energie uit de techniekmethode.",
            "summary": "Leerlingen ontwerpen en bouwen in vier lessen een bootje dat op "
            "zonne-energie vaart. In de laatste les houdt de klas een race.",
            "duration": "4 lessen van 75 minuten",
            "at_school": True,
            "is_free": False,
            "price": Decimal("7.50"),
            "price_unit": "pupil",
            "group_size_max": 30,
            "accreditation_level": "substantiated",
            "sessions": 4,
        },
    ),
    (
        "maaklab-brainport",
        {
            "slug": "ingenieur-in-de-klas",
            "title": "Ingenieur in de klas",
            "offer_type": "guest_lesson",
            "reach": "local",
            "regions": ["eindhoven-gm0772", "helmond-gm0794", "veldhoven-gm0861"],
            "themes": ["samenwerking-in-de-wijk", "lerarentekort"],
            "areas": ["techniek", "ondernemerschap"],
            "groups": ["groep-7-8"],
            "goals": [44],
            "replaces_text": "Vervangt een les wereldoriëntatie over uitvindingen.",
            "summary": "Een ingenieur van een bedrijf uit de regio neemt een echt onderdeel mee "
            "en laat zien hoe het gemaakt is. Daarna lossen leerlingen een ontwerpvraag op.",
            "duration": "90 minuten",
            "at_school": True,
            "is_free": True,
            "sessions": 3,
        },
    ),
    (
        "maaklab-brainport",
        {
            "slug": "techniekcoach-voor-het-team",
            "title": "Techniekcoach voor het team",
            "offer_type": "coaching",
            "reach": "regional",
            "regions": ["brainport-eindhoven"],
            "themes": ["leiderschap-en-schoolontwikkeling", "onderwijs-anders-organiseren"],
            "areas": ["techniek"],
            "groups": ["groep-1-2", "groep-3-4", "groep-5-6", "groep-7-8"],
            "goals": [42, 44, 45],
            "replaces": [44, 45],
            "replaces_text": "Vervangt losse techniekprojecten door één lijn van groep 1 tot 8.",
            "summary": "Een techniekcoach helpt het team een jaarplan voor techniek te maken en "
            "geeft de eerste lessen samen met de leerkracht.",
            "duration": "5 bijeenkomsten in een schooljaar",
            "at_school": True,
            "is_free": False,
            "price": Decimal("1800.00"),
            "price_unit": "school",
            "schemes": ["npo-middelen"],
            "sessions": 2,
        },
    ),
    (
        "maaklab-brainport",
        {
            "slug": "codeclub-na-school",
            "title": "Codeclub na school",
            "offer_type": "after_school",
            "reach": "local",
            "regions": ["eindhoven-gm0772", "geldrop-mierlo-gm1771", "best-gm0753"],
            "themes": ["kansengelijkheid-en-armoede", "samenwerking-in-de-wijk"],
            "areas": ["digitale-geletterdheid"],
            "groups": ["groep-5-6", "groep-7-8"],
            "goals": [25],
            "summary": "Elke week programmeren kinderen een spel of een lampje, met hulp van "
            "studenten. Laptops zijn er; kinderen hoeven niets mee te nemen.",
            "duration": "Wekelijks 90 minuten",
            "school_time": "after",
            "location": "Maaklab Brainport, Eindhoven",
            "is_free": True,
            "group_size_max": 16,
            "sessions": 6,
        },
    ),
    (
        "maaklab-brainport",
        {
            "slug": "slim-door-het-verkeer",
            "title": "Slim door het verkeer",
            "offer_type": "lesson_package",
            "reach": "regional",
            "regions": ["brainport-eindhoven"],
            "themes": ["burgerschap"],
            "areas": ["verkeer", "techniek"],
            "groups": ["groep-5-6"],
            "goals": [35, 44],
            "replaces": [35],
            "replaces_text": "Vervangt vier lessen uit de verkeersmethode.",
            "summary": "Hoe weet een slim stoplicht dat er een fietser aankomt? Leerlingen "
            "onderzoeken een kruispunt bij school en bedenken hoe het veiliger kan.",
            "duration": "4 lessen van 60 minuten",
            "at_school": True,
            "is_free": False,
            "price": Decimal("120.00"),
            "price_unit": "group",
            "on_request": True,
        },
    ),
    (
        "haags-natuurlokaal",
        {
            "slug": "seizoen-in-de-schooltuin",
            "title": "Een seizoen in de schooltuin",
            "offer_type": "lesson_package",
            "reach": "local",
            "regions": ["s-gravenhage-gm0518"],
            "themes": ["duurzaamheid"],
            "areas": ["natuur-milieu-duurzaamheid"],
            "groups": ["groep-5-6"],
            "goals": [39, 40, 41],
            "replaces": [40, 41],
            "replaces_text": "Vervangt de natuurlessen over planten van april tot oktober.",
            "summary": "Elk kind krijgt een eigen stukje tuin: zaaien, wieden en oogsten. "
            "Een tuinles per week, met een oogstfeest voor ouders aan het eind.",
            "duration": "Wekelijks, van april tot oktober",
            "location": "Schooltuinen in Den Haag",
            "is_free": False,
            "price": Decimal("4.00"),
            "price_unit": "pupil",
            "schemes": ["jong-leren-eten"],
            "accreditation_level": "proven",
            "sessions": 5,
        },
    ),
    (
        "haags-natuurlokaal",
        {
            "slug": "wat-het-strand-vertelt",
            "title": "Wat het strand vertelt",
            "offer_type": "excursion",
            "reach": "local",
            "regions": ["s-gravenhage-gm0518"],
            "themes": ["duurzaamheid", "burgerschap"],
            "areas": ["aardrijkskunde", "natuur-milieu-duurzaamheid"],
            "groups": ["groep-7-8"],
            "goals": [39, 43, 48],
            "replaces": [48],
            "replaces_text": "Vervangt de aardrijkskundeles over de kust en de zeewering.",
            "summary": "Op het strand van Scheveningen meten leerlingen de wind, zoeken ze "
            "aangespoeld plastic en horen ze hoe duinen en dijken het land beschermen.",
            "duration": "Een ochtend",
            "location": "Strand van Scheveningen",
            "is_free": False,
            "price": Decimal("75.00"),
            "price_unit": "group",
            "group_size_max": 32,
            "sessions": 3,
        },
    ),
    (
        "haags-natuurlokaal",
        {
            "slug": "afval-de-baas",
            "title": "Afval de baas",
            "offer_type": "guest_lesson",
            "reach": "regional",
            "regions": ["provincie-zuid-holland"],
            "themes": ["duurzaamheid", "burgerschap"],
            "areas": ["natuur-milieu-duurzaamheid", "burgerschap"],
            "groups": ["groep-3-4", "groep-5-6"],
            "goals": [37, 39],
            "replaces": [39],
            "replaces_text": "Vervangt de methodeles over afval en hergebruik.",
            "summary": "De klas sorteert een dag lang het eigen afval en telt wat er overblijft. "
            "Samen maken de leerlingen drie afspraken die de school echt invoert.",
            "duration": "2 uur",
            "at_school": True,
            "is_free": True,
            "sessions": 4,
        },
    ),
    (
        "haags-natuurlokaal",
        {
            "slug": "groen-schoolplein",
            "title": "Advies voor een groen schoolplein",
            "offer_type": "expertise",
            "reach": "local",
            "regions": ["s-gravenhage-gm0518"],
            "themes": ["duurzaamheid", "samenwerking-in-de-wijk", "ouderbetrokkenheid"],
            "areas": ["natuur-milieu-duurzaamheid"],
            "groups": ["groep-1-2", "groep-3-4"],
            "goals": [40],
            "summary": "Een ontwerper denkt mee over een plein met bomen, water en zand. Hij "
            "betrekt ouders en buren en helpt bij de aanvraag van geld.",
            "duration": "3 gesprekken en een ontwerp",
            "at_school": True,
            "is_free": True,
            "on_request": True,
        },
    ),
    (
        "haags-natuurlokaal",
        {
            "slug": "buiten-leren-met-peuters",
            "title": "Buiten leren met peuters en kleuters",
            "offer_type": "coaching",
            "reach": "local",
            "regions": ["s-gravenhage-gm0518"],
            "themes": ["duurzaamheid", "onderwijs-anders-organiseren"],
            "areas": ["natuur-milieu-duurzaamheid"],
            "groups": ["kinderopvang", "groep-1-2"],
            "goals": [40],
            "replaces_text": "Verplaatst een deel van de kringactiviteiten naar buiten.",
            "summary": "Pedagogisch medewerkers en kleuterleerkrachten leren hoe ze dagelijks "
            "buiten kunnen werken, met eenvoudige materialen en in elk weer.",
            "duration": "3 bijeenkomsten",
            "at_school": True,
            "is_free": False,
            "price": Decimal("600.00"),
            "price_unit": "school",
            "suitability_notes": "Voor een team van kinderopvang en school samen (IKC).",
            "sessions": 2,
        },
    ),
    (
        "leeshuis-stad-en-ommeland",
        {
            "slug": "voorleesouders",
            "title": "Voorleesouders in de klas",
            "offer_type": "volunteer_hours",
            "reach": "local",
            "regions": ["groningen-gm0014", "het-hogeland-gm1966"],
            "themes": ["ouderbetrokkenheid", "kansengelijkheid-en-armoede"],
            "areas": ["taal-en-lezen"],
            "groups": ["kinderopvang", "groep-1-2", "groep-3-4"],
            "goals": [1, 9],
            "replaces_text": "Vervangt een deel van de kring door voorlezen in kleine groepjes.",
            "summary": "Wij trainen ouders en buurtbewoners om voor te lezen. Daarna lezen zij "
            "elke week in de klas voor aan groepjes van vier kinderen.",
            "duration": "Wekelijks, een schooljaar lang",
            "at_school": True,
            "is_free": True,
            "schemes": ["de-bibliotheek-op-school"],
            "sessions": 4,
        },
    ),
    (
        "leeshuis-stad-en-ommeland",
        {
            "slug": "spreekbeurt-zonder-stress",
            "title": "Spreekbeurt zonder stress",
            "offer_type": "lesson_package",
            "reach": "local",
            "regions": ["groningen-gm0014"],
            "themes": ["burgerschap", "kansengelijkheid-en-armoede"],
            "areas": ["taal-en-lezen", "digitale-geletterdheid"],
            "groups": ["groep-5-6", "groep-7-8"],
            "goals": [2, 3, 4, 8],
            "replaces": [2, 8],
            "replaces_text": "Vervangt de methodelessen spreken en presenteren van één blok.",
            "summary": "Leerlingen zoeken bronnen in de bibliotheek, kiezen wat klopt en oefenen "
            "hun verhaal in tweetallen. Zo staat ieder kind goed voorbereid voor de klas.",
            "duration": "5 lessen van 45 minuten",
            "at_school": True,
            "is_free": False,
            "price": Decimal("3.50"),
            "price_unit": "pupil",
            "schemes": ["de-bibliotheek-op-school"],
            "accreditation_level": "described",
            "sessions": 3,
        },
    ),
    (
        "leeshuis-stad-en-ommeland",
        {
            "slug": "verhalen-in-de-streektaal",
            "title": "Verhalen in de streektaal",
            "offer_type": "guest_lesson",
            "reach": "regional",
            "regions": ["provincie-groningen", "provincie-friesland"],
            "themes": ["burgerschap"],
            "areas": ["taal-en-lezen", "erfgoed-en-geschiedenis"],
            "groups": ["groep-3-4", "groep-5-6"],
            "goals": [9, 17, 18, 19],
            "replaces": [17, 18],
            "replaces_text": "Vervangt een les begrijpend luisteren; in Friesland een les Fries.",
            "summary": "Een verteller leest voor in het Gronings of het Fries. De klas raadt "
            "woorden, vergelijkt ze met het Nederlands en vertelt zelf een stukje na.",
            "duration": "60 minuten",
            "at_school": True,
            "languages": "Nederlands, Gronings, Fries",
            "is_free": False,
            "price": Decimal("60.00"),
            "price_unit": "group",
            "schemes": ["leren-in-de-regio-noord-groningen"],
            "on_request": True,
        },
    ),
    (
        "leeshuis-stad-en-ommeland",
        {
            "slug": "leesplan-voor-de-hele-school",
            "title": "Leesplan voor de hele school",
            "offer_type": "coaching",
            "reach": "regional",
            "regions": ["provincie-groningen"],
            "themes": ["leiderschap-en-schoolontwikkeling", "kansengelijkheid-en-armoede"],
            "areas": ["taal-en-lezen"],
            "groups": ["groep-1-2", "groep-3-4", "groep-5-6", "groep-7-8"],
            "goals": [9, 10, 12],
            "replaces": [9],
            "replaces_text": "Vervangt losse leesacties door vaste leestijd in elke groep.",
            "summary": "Een leesconsulent maakt met het team een leesplan: wat lezen we, wanneer "
            "en hoe merken we dat kinderen meer lezen? Na een jaar kijken we samen terug.",
            "duration": "4 bijeenkomsten",
            "at_school": True,
            "is_free": False,
            "price": Decimal("950.00"),
            "price_unit": "school",
            "schemes": ["de-bibliotheek-op-school", "npo-middelen"],
            "accreditation_level": "substantiated",
            "sessions": 2,
        },
    ),
    (
        "leeshuis-stad-en-ommeland",
        {
            "slug": "engels-voorleesuur",
            "title": "Engels voorleesuur",
            "offer_type": "guest_lesson",
            "reach": "local",
            "regions": ["groningen-gm0014"],
            "themes": ["samenwerking-in-de-wijk"],
            "areas": ["taal-en-lezen"],
            "groups": ["groep-5-6", "groep-7-8"],
            "goals": [13, 14, 15, 16],
            "replaces": [13],
            "replaces_text": "Vervangt een luisterles Engels uit de methode.",
            "summary": "Internationale studenten uit de stad lezen een Engels prentenboek voor. "
            "Leerlingen stellen vragen in het Engels en zoeken nieuwe woorden op.",
            "duration": "45 minuten",
            "at_school": True,
            "languages": "Engels, Nederlands",
            "is_free": True,
            "sessions": 3,
        },
    ),
    (
        "nieuw-west-samen",
        {
            "slug": "huiswerkklas-nieuw-west",
            "title": "Huiswerkklas in de buurt",
            "offer_type": "after_school",
            "reach": "local",
            "regions": ["amsterdam-gm0363"],
            "themes": ["kansengelijkheid-en-armoede", "samenwerking-in-de-wijk"],
            "areas": ["rekenen", "taal-en-lezen"],
            "groups": ["groep-5-6", "groep-7-8"],
            "goals": [12, 27],
            "summary": "Twee middagen per week maken kinderen in het buurthuis huiswerk met hulp "
            "van studenten. Er is fruit, een rustige plek en iemand die meekijkt.",
            "duration": "Twee middagen per week",
            "school_time": "after",
            "location": "Buurthuis in Amsterdam Nieuw-West",
            "is_free": True,
            "schemes": ["jeugdeducatiefonds"],
            "sessions": 6,
        },
    ),
    (
        "nieuw-west-samen",
        {
            "slug": "ouderkamer-die-loopt",
            "title": "Een ouderkamer die loopt",
            "offer_type": "expertise",
            "reach": "local",
            "regions": ["amsterdam-gm0363"],
            "themes": ["ouderbetrokkenheid", "samenwerking-in-de-wijk"],
            "areas": ["taal-en-lezen"],
            "groups": ["groep-1-2", "groep-3-4"],
            "goals": [],
            "summary": "Een buurtwerker helpt de school een ouderkamer op te zetten waar ouders "
            "graag komen: met koffie, taalles en korte lijnen naar de leerkracht.",
            "duration": "Een half jaar, in overleg",
            "at_school": True,
            "languages": "Nederlands, Turks, Arabisch",
            "is_free": False,
            "price": Decimal("400.00"),
            "price_unit": "school",
            "schemes": ["npo-middelen"],
            "on_request": True,
        },
    ),
    (
        "nieuw-west-samen",
        {
            "slug": "speurtocht-door-de-tuinsteden",
            "title": "Speurtocht door de tuinsteden",
            "offer_type": "excursion",
            "reach": "local",
            "regions": ["amsterdam-gm0363"],
            "themes": ["burgerschap", "samenwerking-in-de-wijk"],
            "areas": ["erfgoed-en-geschiedenis", "aardrijkskunde"],
            "groups": ["groep-5-6", "groep-7-8"],
            "goals": [47, 50, 51, 52],
            "replaces": [52],
            "replaces_text": "Vervangt de geschiedenisles over de wederopbouw na 1945.",
            "summary": "Met een kaart van 1955 lopen leerlingen door hun eigen wijk. Ze "
            "vergelijken oud en nieuw en interviewen een bewoner van het eerste uur.",
            "duration": "Een ochtend",
            "location": "Start bij de school, in Amsterdam Nieuw-West",
            "is_free": False,
            "price": Decimal("2.50"),
            "price_unit": "pupil",
            "schemes": ["cultuureducatie-met-kwaliteit"],
            "sessions": 4,
        },
    ),
    (
        "nieuw-west-samen",
        {
            "slug": "op-bezoek-bij-de-buren",
            "title": "Op bezoek bij de buren",
            "offer_type": "excursion",
            "reach": "local",
            "regions": ["amsterdam-gm0363"],
            "themes": ["burgerschap"],
            "areas": ["levensbeschouwing", "burgerschap"],
            "groups": ["groep-7-8"],
            "goals": [37, 38],
            "replaces": [38],
            "replaces_text": "Vervangt twee lessen levensbeschouwing uit de methode.",
            "summary": "De klas bezoekt een moskee, een kerk en een tempel in de wijk. "
            "Leerlingen bereiden vragen voor en praten na over wat ze zagen.",
            "duration": "Twee ochtenden",
            "location": "Gebedshuizen in Amsterdam Nieuw-West",
            "is_free": True,
            "accreditation_level": "described",
            "sessions": 3,
        },
    ),
    (
        "nieuw-west-samen",
        {
            "slug": "brugklasmaatje",
            "title": "Brugklasmaatje",
            "offer_type": "volunteer_hours",
            "reach": "regional",
            "regions": ["metropoolregio-amsterdam"],
            "themes": ["kansengelijkheid-en-armoede"],
            "areas": ["gezondheid", "burgerschap"],
            "groups": ["groep-7-8", "voortgezet-onderwijs"],
            "goals": [34],
            "summary": "Een student is een jaar lang maatje van een leerling uit groep 8 en "
            "helpt bij de overstap naar de middelbare school: plannen, rooster, nieuwe vrienden.",
            "duration": "Een jaar, elke twee weken",
            "location": "Op school en in de buurt",
            "is_free": True,
            "on_request": True,
        },
    ),
    (
        "fonds-iedereen-doet-mee",
        {
            "slug": "zwemles-voor-wie-nog-niet-kan-zwemmen",
            "title": "Zwemles voor wie nog niet kan zwemmen",
            "offer_type": "lesson_package",
            "reach": "national",
            "themes": ["kansengelijkheid-en-armoede"],
            "areas": ["sport-en-bewegen"],
            "groups": ["groep-5-6", "groep-7-8"],
            "goals": [57],
            "replaces": [57],
            "replaces_text": "Vervangt een gymles per week door zwemles in het bad.",
            "summary": "Kinderen zonder zwemdiploma krijgen onder schooltijd les, tot ze het "
            "diploma halen. Het fonds betaalt het bad; de school regelt vervoer.",
            "duration": "Wekelijks, tot het diploma",
            "location": "Zwembad bij de school",
            "is_free": True,
            "suitability_notes": "Ook voor kinderen die bang zijn voor water; kleine groepjes.",
            "on_request": True,
        },
    ),
    (
        "fonds-iedereen-doet-mee",
        {
            "slug": "armoede-herkennen-in-de-klas",
            "title": "Armoede herkennen in de klas",
            "offer_type": "coaching",
            "reach": "national",
            "themes": ["kansengelijkheid-en-armoede", "leiderschap-en-schoolontwikkeling"],
            "areas": [],
            "groups": ["groep-1-2", "groep-3-4", "groep-5-6", "groep-7-8"],
            "goals": [],
            "summary": "Het team leert signalen van armoede zien en er zonder schaamte over te "
            "praten. U weet daarna welke hulp er in uw gemeente is.",
            "duration": "2 online bijeenkomsten van 90 minuten",
            "location": "Online",
            "is_free": True,
            "accreditation_level": "substantiated",
            "sessions": 3,
        },
    ),
    (
        "fonds-iedereen-doet-mee",
        {
            "slug": "klassendag-in-het-theater",
            "title": "Klassendag in het theater",
            "offer_type": "excursion",
            "reach": "regional",
            "regions": ["provincie-limburg"],
            "themes": ["kansengelijkheid-en-armoede", "burgerschap"],
            "areas": ["cultuur"],
            "groups": ["groep-3-4", "groep-5-6"],
            "goals": [54, 56],
            "replaces": [54],
            "replaces_text": "Vervangt een blok drama uit de methode.",
            "summary": "Een dag in een Limburgs theater: achter de schermen kijken, een "
            "voorstelling zien en zelf een scène spelen. Het fonds betaalt vervoer en kaartjes.",
            "duration": "Een schooldag",
            "location": "Theaters in Limburg",
            "is_free": False,
            "price": Decimal("1.00"),
            "price_unit": "pupil",
            "schemes": ["jeugdeducatiefonds"],
            "sessions": 3,
        },
    ),
    (
        "vakmensen-voor-de-klas",
        {
            "slug": "kinderen-ondernemen",
            "title": "Kinderen ondernemen",
            "offer_type": "guest_lesson",
            "reach": "national",
            "themes": ["burgerschap", "samenwerking-in-de-wijk"],
            "areas": ["ondernemerschap", "rekenen"],
            "groups": ["groep-7-8"],
            "goals": [24, 29, 33],
            "replaces": [33],
            "replaces_text": "Vervangt de rekenlessen over geld, winst en procenten.",
            "summary": "Een ondernemer helpt de klas een kraam op te zetten: inkopen, prijzen "
            "bepalen en verkopen. Na afloop rekent de klas uit wat er over is.",
            "duration": "3 lessen en een marktdag",
            "at_school": True,
            "is_free": True,
            "sessions": 2,
        },
    ),
    (
        "buurtschool-westelijke-mijnstreek",
        {
            "slug": "mijnverleden-van-de-buurt",
            "title": "Het mijnverleden van de buurt",
            "offer_type": "guest_lesson",
            "reach": "local",
            "regions": ["sittard-geleen-gm1883"],
            "themes": ["burgerschap", "samenwerking-in-de-wijk"],
            "areas": ["erfgoed-en-geschiedenis"],
            "groups": ["groep-5-6", "groep-7-8"],
            "goals": [51, 53],
            "replaces": [53],
            "replaces_text": "Vervangt de geschiedenisles over de industriële revolutie.",
            "summary": "Oud-mijnwerkers en hun kinderen vertellen over het werk onder de grond. "
            "Leerlingen bekijken foto's uit de buurt en schrijven een korte reportage.",
            "duration": "2 lessen van 60 minuten",
            "at_school": True,
            "is_free": True,
            "schemes": ["schoolkansen-sittard-geleen"],
            "accreditation_level": "described",
            "sessions": 3,
        },
    ),
    (
        "buurtschool-westelijke-mijnstreek",
        {
            "slug": "taalcafe-voor-ouders",
            "title": "Taalcafé voor ouders",
            "offer_type": "volunteer_hours",
            "reach": "local",
            "regions": ["sittard-geleen-gm1883"],
            "themes": ["ouderbetrokkenheid", "kansengelijkheid-en-armoede"],
            "areas": ["taal-en-lezen"],
            "groups": ["kinderopvang", "groep-1-2"],
            "goals": [12],
            "replaces_text": "Vervangt de losse informatieavond door een wekelijks taalmoment.",
            "summary": "Vrijwilligers oefenen elke week Nederlands met ouders in de school. Ouders "
            "leren zo ook hoe ze thuis met hun kind kunnen voorlezen.",
            "duration": "Wekelijks 90 minuten",
            "school_time": "both",
            "at_school": True,
            "is_free": True,
            "schemes": ["schoolkansen-sittard-geleen"],
            "sessions": 5,
        },
    ),
    (
        "leiderschapslab",
        {
            "slug": "leraren-vinden-en-houden",
            "title": "Leraren vinden en houden",
            "offer_type": "coaching",
            "reach": "national",
            "themes": ["lerarentekort", "leiderschap-en-schoolontwikkeling"],
            "areas": [],
            "groups": ["groep-1-2", "groep-3-4", "groep-5-6", "groep-7-8"],
            "goals": [],
            "summary": "Een coach zoekt met de schoolleider uit waarom leraren blijven of "
            "vertrekken. Daarna maakt het team een plan voor werven en inwerken.",
            "duration": "6 gesprekken in een half jaar",
            "location": "Op school en online",
            "is_free": False,
            "price": Decimal("1500.00"),
            "price_unit": "school",
            "schemes": ["npo-middelen"],
            "accreditation_level": "substantiated",
            "on_request": True,
        },
    ),
    (
        "leiderschapslab",
        {
            "slug": "werken-in-een-onderwijsteam",
            "title": "Werken in een onderwijsteam",
            "offer_type": "expertise",
            "reach": "regional",
            "regions": ["provincie-noord-brabant", "provincie-limburg"],
            "themes": ["onderwijs-anders-organiseren", "lerarentekort"],
            "areas": [],
            "groups": ["groep-3-4", "groep-5-6", "groep-7-8"],
            "goals": [],
            "summary": "Drie studiedagen over werken met een team dat samen meerdere groepen "
            "draagt, met leraren, onderwijsassistenten en vakspecialisten.",
            "duration": "3 studiedagen",
            "location": "Eindhoven en Sittard",
            "is_free": False,
            "price": Decimal("750.00"),
            "price_unit": "school",
            "schemes": ["npo-middelen"],
            "sessions": 3,
        },
    ),
    (
        "techniekwerkplaats-zuid",
        {
            "slug": "repaircafe-junior",
            "title": "Repaircafé junior",
            "offer_type": "guest_lesson",
            "reach": "local",
            "regions": ["rotterdam-gm0599"],
            "themes": ["duurzaamheid", "samenwerking-in-de-wijk"],
            "areas": ["techniek", "natuur-milieu-duurzaamheid"],
            "groups": ["groep-7-8"],
            "goals": [39, 44],
            "replaces": [44],
            "replaces_text": "Vervangt een techniekles over producten en materialen.",
            "summary": "Leerlingen nemen een kapot apparaat mee en repareren het samen met "
            "vrijwilligers uit het buurt-repaircafé. Wat niet te maken is, halen ze uit elkaar.",
            "duration": "2 uur",
            "at_school": True,
            "is_free": False,
            "price": Decimal("60.00"),
            "price_unit": "group",
            "sessions": 3,
        },
    ),
    (
        "wadden-en-wierden-educatie",
        {
            "slug": "dijk-en-klimaat",
            "title": "Dijk en klimaat",
            "offer_type": "lesson_package",
            "reach": "regional",
            "regions": ["noord-groningen"],
            "themes": ["duurzaamheid", "burgerschap"],
            "areas": ["aardrijkskunde", "natuur-milieu-duurzaamheid"],
            "groups": ["groep-7-8"],
            "goals": [43, 48, 49, 50],
            "replaces": [43, 48],
            "replaces_text": "Vervangt de lessen over weer, klimaat en waterbeheer.",
            "summary": "Drie lessen en een wandeling over de dijk bij Uithuizen: waarom de zee "
            "stijgt, hoe de dijk ons beschermt en wat er verandert voor boeren.",
            "duration": "3 lessen en een dagdeel buiten",
            "location": "Op school en aan de dijk bij Uithuizen",
            "is_free": False,
            "price": Decimal("45.00"),
            "price_unit": "group",
            "schemes": ["leren-in-de-regio-noord-groningen"],
            "on_request": True,
        },
    ),
]

OFFERS_EN = {
    "robots-bouwen": {
        "title": "Build and program robots",
        "slug": "build-robots",
        "summary": "In six lessons pupils build a robot that reacts to light and learn to "
        "design, test and improve.",
        "duration": "6 lessons of 60 minutes",
        "replaces_text": "Replaces the technology lessons of the textbook for six weeks.",
        "languages": "Dutch",
    },
    "museum-als-klaslokaal": {
        "title": "The museum as a classroom",
        "slug": "museum-as-classroom",
        "summary": "A museum visit with an assignment beforehand and a making lesson "
        "afterwards: looking, asking questions and creating something yourself.",
        "duration": "Three half-days",
        "replaces_text": "Replaces a block of drawing and art history.",
        "languages": "Dutch",
        "location": "Museums in the Amsterdam region",
    },
}
PROVIDERS_EN = {
    "techniekwerkplaats-zuid": {
        "slug": "technology-workshop-south",
        "description": RichText(
            "<p>A workshop in Rotterdam-Zuid where children learn to build, solder and "
            "program with real tools.</p>"
        ),
    },
    "amsterdamse-cultuurkoepel": {
        "slug": "culture-umbrella-amsterdam",
        "description": RichText(
            "<p>Brings museums, theatres and artists in the Amsterdam region to the classroom, "
            "and the classroom to them.</p>"
        ),
    },
}


def _dutch(model, slugs):
    return list(model.objects.filter(locale__language_code="nl", slug__in=slugs))


def _regions(slugs):
    return list(Region.objects.filter(slug__in=slugs))


def _session_dates(count, index, today):
    """Dates spread over the current school year, the first always in the coming weeks."""
    year = SchoolYear.containing(today)
    dates = [today + timedelta(days=7 + (index % 5) * 3)]
    span = (year.last_day - year.first_day).days
    for number in range(1, count):
        offset = (span * number) // count + index * 2
        dates.append(year.first_day + timedelta(days=offset % span))
    zone = timezone.get_current_timezone()
    hour = 9 if index % 2 else 13
    return sorted(datetime.combine(day, time(hour, 0), tzinfo=zone) for day in dates)


def build_schemes(funding_index, today):
    schemes = {}
    for data in SCHEMES:
        data = dict(data)
        slug = data["slug"]
        themes = _dutch(Theme, data.pop("themes"))
        regions = _regions(data.pop("regions", []))
        deadline_in_days = data.pop("deadline_in_days", None)
        page = FundingSchemePage(
            **data,
            listing_summary=data["summary"][:300],
            themes=themes,
            regions=regions,
            application_url=f"https://regelingen.example/{slug}",
        )
        if deadline_in_days:
            page.deadlines = [FundingDeadline(date=today + timedelta(days=deadline_in_days))]
        schemes[slug] = add_child(funding_index, page)
    return schemes


def build_providers(provider_index):
    providers = {}
    for data in PROVIDERS:
        data = dict(data)
        regions = _regions(data.pop("regions", []))
        description = data.pop("description")
        page = ProviderPage(
            **data,
            description=RichText(f"<p>{description}</p>"),
            listing_summary=description[:300],
            regions=regions,
        )
        providers[data["slug"]] = add_child(provider_index, page)
    return providers


def build_offers(providers, schemes, today):
    goals_nl = {
        goal.number: goal for goal in CurriculumGoal.objects.filter(locale__language_code="nl")
    }
    offers = {}
    for index, (provider_slug, data) in enumerate(OFFERS):
        data = dict(data)
        sessions = data.pop("sessions", 0)
        page = OfferPage(
            **{
                key: value
                for key, value in data.items()
                if key
                not in {"themes", "areas", "groups", "goals", "replaces", "schemes", "regions"}
            },
            listing_summary=data["summary"][:300],
            themes=_dutch(Theme, data["themes"]),
            learning_areas=_dutch(LearningArea, data["areas"]),
            target_groups=_dutch(TargetGroup, data["groups"]),
            curriculum_goals=[goals_nl[n] for n in data["goals"]],
            replaces_goals=[goals_nl[n] for n in data.get("replaces", [])],
            regions=_regions(data.get("regions", [])),
            funding_schemes=[schemes[slug] for slug in data.get("schemes", [])],
            booking_email=f"aanmelden@{provider_slug}.example",
            accreditation_date=today - timedelta(days=60)
            if data.get("accreditation_level")
            else None,
        )
        if page.accreditation_level:
            page.accreditation_justification = (
                "Beoordeeld door de redactie aan de hand van de beschrijving, de onderbouwing "
                "en de ervaringen van scholen."
            )
        page.sessions = (
            [
                OfferSession(
                    start=start,
                    end=start + timedelta(hours=2),
                    place=data.get("location", "") or "Op school",
                    places_left=(index * 3 + number) % 12,
                )
                for number, start in enumerate(_session_dates(sessions, index, today))
            ]
            if sessions
            else []
        )
        offers[data["slug"]] = add_child(providers[provider_slug], page)
    return offers


def build_offers_demo(context):
    log = context.log
    today = timezone.localdate()
    locale_en = context.locale_en
    funding_nl = add_child(context.home_nl, FundingIndexPage(**FUNDING_INDEX_NL))
    index_nl = add_child(context.home_nl, ProviderIndexPage(**PROVIDER_INDEX_NL))
    translate(funding_nl, locale_en, **FUNDING_INDEX_EN)
    translate(index_nl, locale_en, **PROVIDER_INDEX_EN)

    schemes = build_schemes(funding_nl, today)
    providers = build_providers(index_nl)
    offers = build_offers(providers, schemes, today)

    for slug, fields in SCHEMES_EN.items():
        translate(schemes[slug], locale_en, **fields)
    for slug, fields in PROVIDERS_EN.items():
        translate(providers[slug], locale_en, **fields)
    for slug, fields in OFFERS_EN.items():
        translate(offers[slug], locale_en, **fields)
    log(
        f"Ontwikkelplaats: {len(providers)} aanbieders, {len(offers)} aanbiedingen, "
        f"{len(schemes)} regelingen"
    )
    return {"providers": providers, "offers": offers, "schemes": schemes}


def dates_are_current(today: date | None = None):
    """Whether the demo has sessions in the current school year (used by tests)."""
    year = SchoolYear.containing(today or timezone.localdate())
    start, end = year.bounds()
    return OfferSession.objects.filter(start__gte=start, start__lt=end).exists()
