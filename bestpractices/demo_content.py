"""Demo content for this app: five best practices and four Ontwikkelplekken from the seeds.

Facts (names, places, partners) come from the founding documents; the sentences are our own.
Everything is found by slug, so running the demo again changes nothing.
"""

import datetime

from core.demo import add_child, translate
from core.models import Region, TargetGroup, Theme

from .models import (
    BestPracticeIndexPage,
    BestPracticePage,
    BestPracticeRelatedPage,
    OntwikkelplekIndexPage,
    OntwikkelplekPage,
    Phase,
    StoryUpdatePage,
)


def p(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def paragraph(*texts):
    return {"type": "paragraph", "value": p(*texts)}


def quote(text, who=""):
    return {"type": "quote", "value": {"quote": text, "attribution": who}}


def key_figures(title, *figures):
    return {
        "type": "key_figures",
        "value": {
            "title": title,
            "figures": [{"figure": figure, "label": label} for figure, label in figures],
        },
    }


def timeline(title, *milestones):
    return {
        "type": "timeline",
        "value": {
            "title": title,
            "milestones": [
                {"when": when, "title": what, "text": text} for when, what, text in milestones
            ],
        },
    }


# Shared lessons from the alliance's meeting with schools and partners (June 2023).
COMMON_SUCCESS = ul(
    "Scholen zien het aanbod graag op één plek in plaats van verspreid over tientallen sites.",
    "Een vast gezicht op school, iemand die de school kent en de weg weet in het aanbod.",
    "De school houdt zelf de regie over wat er in de klas gebeurt.",
)
COMMON_SUCCESS_EN = ul(
    "Schools want to see the offers in one place instead of spread over dozens of sites.",
    "A familiar face at school: someone who knows the school and finds the way in the offers.",
    "The school stays in charge of what happens in the classroom.",
)

BEST_PRACTICES = [
    {
        "slug": "sbb-den-haag",
        "title": "SBB Den Haag: partners rond het Haagse kind",
        "organisation_name": "SBB Den Haag",
        "organisation_kind": "civil-society",
        "listing_summary": "Een Haagse organisatie die scholen, kindcentra, ouders en sport "
        "duurzaam met elkaar verbindt.",
        "goal": "Elk kind in Den Haag de kans geven zich breed en zo goed mogelijk te ontwikkelen.",
        "how_it_works": p(
            "SBB werkt langs vier lijnen. Ze <b>verbindt</b> professionals, kindcentra en andere "
            "partijen in de stad. Ze <b>ondersteunt</b> buurtscholen en kindcentra door zelf "
            "werkgever te zijn van mensen die daar aan de slag gaan. Ze <b>adviseert</b> over "
            "betere samenwerking tussen ouders, de omgeving (zoals sportclubs) en de school. En "
            "ze <b>inspireert</b> door partijen uit te dagen en goede voorbeelden een podium te "
            "geven."
        ),
        "what_it_brings": p(
            "Een beproefde manier om partijen niet één keer maar jarenlang aan een school te "
            "binden. Andere regio's kunnen de werkwijze overnemen."
        ),
        "partnering": True,
        "delivers_services": True,
        "success_conditions": COMMON_SUCCESS
        + p(
            "Bij SBB blijkt vooral de lange adem het verschil te maken: relaties die jaren meegaan."
        ),
        "barriers_starting": p(
            "Partijen moeten elkaar eerst leren kennen en vertrouwen; dat kost tijd voordat er "
            "iets in de klas gebeurt."
        ),
        "barriers_lasting": p(
            "Een langdurige relatie vraagt om iemand die de verbindingen blijft onderhouden, "
            "ook als mensen van baan wisselen."
        ),
        "themes": ["samenwerking-in-de-wijk", "verrijkte-schooldag", "ouderbetrokkenheid"],
        "regions": ["GM0518"],
        "groups": ["groep-1-2", "groep-3-4", "groep-5-6", "groep-7-8"],
        "body": [
            heading("Vier rollen"),
            paragraph(
                "Verbinden, ondersteunen, adviseren en inspireren: die vier rollen maken SBB "
                "tot een spil in de Haagse wijken."
            ),
            key_figures(
                "In het kort",
                ("4", "rollen: verbinden, ondersteunen, adviseren, inspireren"),
                ("1", "stad: Den Haag"),
            ),
        ],
    },
    {
        "slug": "iedereen-een-meester",
        "title": "Iedereen een Meester: de samenleving helpt de leerkracht",
        "organisation_name": "Iedereen een Meester",
        "organisation_kind": "civil-society",
        "listing_summary": "Een platform waar vrijwillige 'meesters', maatschappelijk "
        "betrokken bedrijven en scholen met een hulpvraag elkaar vinden.",
        "goal": "Het onderwijs niet alleen op de schouders van leerkrachten leggen, maar de "
        "kennis en energie uit de samenleving inzetten om hen te helpen.",
        "how_it_works": p(
            "Op het platform melden drie groepen zich aan: mensen die als 'meester' iets willen "
            "bijdragen, organisaties die vanuit maatschappelijk verantwoord ondernemen meedoen, "
            "en scholen die extra handen zoeken. Het platform brengt die vraag en dat aanbod "
            "bij elkaar, met de behoefte van kinderen en scholen als vertrekpunt."
        ),
        "what_it_brings": p(
            "Extra handen en kennis in de klas, zonder dat de school zelf op zoek hoeft naar "
            "vrijwilligers."
        ),
        "it_platform": True,
        "partnering": True,
        "success_conditions": COMMON_SUCCESS,
        "barriers_starting": p(
            "Een school moet haar vraag helder kunnen formuleren voordat een vrijwilliger er "
            "iets mee kan."
        ),
        "barriers_lasting": p(
            "Vrijwillige inzet is kwetsbaar: wanneer een meester afhaakt, moet de match "
            "opnieuw gemaakt worden."
        ),
        "themes": ["lerarentekort", "onderwijs-anders-organiseren"],
        "national": True,
        "groups": ["groep-3-4", "groep-5-6", "groep-7-8"],
        "body": [
            heading("Drie soorten deelnemers"),
            paragraph(
                "Meesters, bedrijven en scholen: het platform is zo ingericht dat elk van hen "
                "op een eigen manier kan aanhaken."
            ),
            quote(
                "Wie iets te vertellen heeft over zijn vak, kan een klas veel laten zien.",
                "Gedachte achter Iedereen een Meester",
            ),
        ],
    },
    {
        "slug": "meester-rembrandt",
        "title": "Meester Rembrandt: een platform voor gastlessen",
        "organisation_name": "Meester Rembrandt",
        "organisation_kind": "civil-society",
        "listing_summary": "Een platform dat lijkt op Iedereen een Meester en scholen in "
        "contact brengt met mensen die willen bijdragen.",
        "goal": "Scholen helpen met mensen en kennis van buiten de school.",
        "how_it_works": p(
            "Meester Rembrandt werkt volgens een vergelijkbaar model als Iedereen een Meester: "
            "een online omgeving waar scholen en mensen die willen helpen elkaar vinden."
        ),
        "what_it_brings": p(
            "Het platform kan een basis zijn waarop de Ontwikkelplaats verder bouwt, "
            "bijvoorbeeld met een extra module."
        ),
        "it_platform": True,
        "success_conditions": COMMON_SUCCESS,
        "barriers_starting": p("Naast elkaar bestaande platforms kunnen scholen verwarren."),
        "barriers_lasting": p(
            "Platforms hebben blijvende financiering nodig voor onderhoud en doorontwikkeling."
        ),
        "themes": ["lerarentekort"],
        "national": True,
        "groups": ["groep-5-6", "groep-7-8"],
        "body": [
            paragraph(
                "Het doel van de alliantie is niet om met zulke platforms te concurreren, maar "
                "om ze elkaar te laten versterken."
            )
        ],
    },
    {
        "slug": "jeugdeducatiefonds",
        "title": "Jeugdeducatiefonds: wat een kind nodig heeft",
        "organisation_name": "Jeugdeducatiefonds",
        "organisation_kind": "fund",
        "listing_summary": "Een fonds dat basisscholen in staat stelt kinderen die in "
        "armoede opgroeien te geven wat ze nodig hebben.",
        "goal": "De ontwikkelkansen vergroten van kinderen die in armoede opgroeien.",
        "how_it_works": p(
            "Het fonds stelt basisscholen in staat te doen wat een kind nodig heeft. Het kind "
            "staat centraal, en de steun kan een enkel kind of een hele klas gelden."
        ),
        "what_it_brings": ul(
            "leermaterialen en leesboeken voor thuis;",
            "gezonde voeding;",
            "extra begeleiding of coaching van kinderen;",
            "praktische zaken zoals een bed of winterkleding;",
            "geld voor een schoolreis.",
        ),
        "delivers_services": True,
        "success_conditions": COMMON_SUCCESS
        + p("De school weet zelf het best wat een kind nodig heeft; het fonds volgt die vraag."),
        "barriers_starting": p("Scholen kennen de mogelijkheden van het fonds niet altijd."),
        "barriers_lasting": p(
            "Steun per kind vraagt dat de school blijft signaleren wat er thuis ontbreekt."
        ),
        "themes": ["kansengelijkheid-en-armoede", "gezonde-basis"],
        "national": True,
        "groups": ["groep-1-2", "groep-3-4", "groep-5-6", "groep-7-8"],
        "body": [
            heading("Voor het kind en voor de klas"),
            paragraph(
                "Soms gaat het om één leerling die een winterjas mist, soms om leesboeken voor "
                "een hele groep. Het fonds maakt beide mogelijk."
            ),
            key_figures(
                "Waar de steun naartoe gaat",
                ("5", "soorten steun: leren, voeding, begeleiding, thuis, schoolreis"),
            ),
        ],
        "en": {
            "title": "Jeugdeducatiefonds: what a child needs",
            "slug": "jeugdeducatiefonds",
            "listing_summary": "A fund that enables primary schools to give children growing "
            "up in poverty what they need.",
            "goal": "Increasing the development opportunities of children growing up in poverty.",
            "how_it_works": p(
                "The fund enables primary schools to do what a child needs. The child comes "
                "first, and support can go to a single child or a whole class."
            ),
            "what_it_brings": ul(
                "learning materials and books to read at home;",
                "healthy food;",
                "extra guidance or coaching for children;",
                "practical things such as a bed or winter clothes;",
                "money for a school trip.",
            ),
            "success_conditions": COMMON_SUCCESS_EN
            + p("The school knows best what a child needs; the fund follows that request."),
            "barriers_starting": p("Schools do not always know what the fund can do."),
            "barriers_lasting": p(
                "Support per child requires the school to keep noticing what is missing at home."
            ),
            "body": [
                heading("For the child and for the class"),
                paragraph(
                    "Sometimes one pupil lacks a winter coat, sometimes a whole group needs "
                    "reading books. The fund makes both possible."
                ),
                key_figures(
                    "Where the support goes",
                    ("5", "kinds of support: learning, food, guidance, home, school trip"),
                ),
            ],
        },
    },
    {
        "slug": "platform-andersom",
        "title": "Platform Andersom: onderwijsprogramma's vinden zonder winstoogmerk",
        "organisation_name": "Platform Andersom",
        "organisation_kind": "civil-society",
        "listing_summary": "Een matchingsplatform zonder winstoogmerk waar basisscholen "
        "programma's van externe aanbieders vinden.",
        "goal": "Het personeelstekort in het onderwijs helpen bestrijden.",
        "how_it_works": p(
            "Basisscholen zoeken op het platform naar onderwijsprogramma's van externe "
            "aanbieders. Het platform heeft geen winstoogmerk en legt de nadruk op goede "
            "matching."
        ),
        "what_it_brings": p(
            "Een werkende IT-omgeving. Van de onderzochte initiatieven ligt bij Andersom de "
            "sterkste focus op het platform zelf, en die omgeving zou de basis kunnen worden "
            "voor de Ontwikkelplaats."
        ),
        "it_platform": True,
        "partnering": True,
        "success_conditions": COMMON_SUCCESS,
        "barriers_starting": p(
            "Scholen zijn soms huiverig voor externe aanbieders, zeker als die een "
            "commercieel belang hebben."
        ),
        "barriers_lasting": p(
            "Aanbod moet blijven aansluiten bij de specifieke vraag van de school, anders "
            "haakt die af."
        ),
        "themes": ["lerarentekort", "onderwijs-anders-organiseren"],
        "national": True,
        "groups": ["groep-1-2", "groep-3-4", "groep-5-6", "groep-7-8"],
        "related": ["iedereen-een-meester", "meester-rembrandt"],
        "body": [
            heading("Waarom dit platform telt"),
            paragraph(
                "Het wiel opnieuw uitvinden is duur. Door voort te bouwen op wat Andersom al "
                "heeft, kan de alliantie haar kosten beperken."
            ),
        ],
        "en": {
            "title": "Platform Andersom: finding education programmes, not for profit",
            "slug": "platform-andersom",
            "listing_summary": "A not-for-profit matching platform where primary schools find "
            "programmes from external providers.",
            "goal": "Helping to fight the staff shortage in education.",
            "how_it_works": p(
                "Primary schools search the platform for education programmes from external "
                "providers. The platform is not for profit and focuses on good matching."
            ),
            "what_it_brings": p(
                "A working IT environment. Of the initiatives studied, Andersom focuses most "
                "strongly on the platform itself, and it could become the basis of the "
                "Ontwikkelplaats."
            ),
            "success_conditions": COMMON_SUCCESS_EN,
            "barriers_starting": p(
                "Schools are sometimes wary of external providers, especially those with a "
                "commercial interest."
            ),
            "barriers_lasting": p(
                "Offers must keep matching the school's specific need, or the school drops out."
            ),
            "body": [
                heading("Why this platform matters"),
                paragraph(
                    "Reinventing the wheel is expensive. Building on what Andersom already has "
                    "keeps the alliance's costs down."
                ),
            ],
        },
    },
]

ONTWIKKELPLEKKEN = [
    {
        "slug": "rotterdam-bavokring",
        "title": "Ontwikkelplek Rotterdam: de Bavokring",
        "listing_summary": "Een school in Kralingen die samen met de wijk een plek wil zijn "
        "waar kinderen zich volledig kunnen ontwikkelen.",
        "intro": "Basisschool de Bavokring in de Rotterdamse wijk Kralingen heeft haar imago de "
        "laatste jaren flink verbeterd. Nu wil de school meer betekenen, ook buiten haar eigen "
        "muren.",
        "initiator": "Basisschool de Bavokring",
        "schools": "Basisschool de Bavokring",
        "partners": "Stichting Campus Nederland",
        "municipality": "GM0599",
        "phase": Phase.RUNNING,
        "enriched_school_day": True,
        "neighbourhood": True,
        "themes": ["verrijkte-schooldag", "samenwerking-in-de-wijk", "kansengelijkheid-en-armoede"],
        "story": [
            heading("Leren houdt niet op bij de schoolbel"),
            paragraph(
                "De Ontwikkelplek gaat over het gebouw en de schooltijden heen: kinderen "
                "kunnen ook na schooltijd en buiten de school verder met hun ontwikkeling."
            ),
            paragraph(
                "De school werkt daarvoor samen met Stichting Campus Nederland, een Rotterdamse "
                "organisatie met educatieve programma's over kansengelijkheid, talent en "
                "welbevinden."
            ),
        ],
        "updates": [
            {
                "slug": "na-schooltijd-verder",
                "title": "Na schooltijd verder leren",
                "date": datetime.date(2024, 3, 14),
                "intro": "Met Campus Nederland krijgen leerlingen ook na de lessen een "
                "programma dat aansluit bij wat ze overdag doen.",
                "body": [
                    paragraph(
                        "Het naschoolse aanbod is geen losse activiteit, maar een vervolg op "
                        "de schooldag. Zo versterken school en partner elkaar."
                    )
                ],
            }
        ],
    },
    {
        "slug": "amsterdam-westelijke-tuinsteden",
        "title": "Ontwikkelplek Amsterdam: Stichting Westelijke Tuinsteden",
        "listing_summary": "Zestien basisscholen in Nieuw-West werken met bewoners, bedrijven "
        "en organisaties aan een betrokken leefomgeving voor kinderen.",
        "intro": "Stichting Westelijke Tuinsteden (STWT) heeft zestien basisscholen in "
        "Amsterdam Nieuw-West. De stichting wil dat kinderen leren en opgroeien in een "
        "positieve omgeving waarin iedereen meedoet.",
        "initiator": "Stichting Westelijke Tuinsteden",
        "schools": "Einsteinschool\nSpring High\nOBS de Toekomst",
        "partners": "Kinderopvang Impuls\nBewoners, bedrijven en organisaties uit Nieuw-West",
        "municipality": "GM0363",
        "phase": Phase.ANCHORING,
        "enriched_school_day": True,
        "neighbourhood": True,
        "themes": ["samenwerking-in-de-wijk", "onderwijs-anders-organiseren"],
        "story": [
            heading("Vanuit wat kinderen willen en kunnen"),
            paragraph(
                "STWT werkt samen met inwoners, bedrijven en organisaties uit onderwijs, zorg "
                "en welzijn. Het vertrekpunt zijn steeds de behoeften, talenten en ambities "
                "van de kinderen zelf."
            ),
            paragraph(
                "Het begon op twee plekken: de Einsteinschool en Spring High. De stichting wil "
                "er in de toekomst meer bij."
            ),
            timeline(
                "Mijlpalen",
                (
                    "September 2020",
                    "Manifest aangeboden aan de minister",
                    "STWT schreef mee aan het manifest 'Samen werken aan goed onderwijs', dat "
                    "op 24 september 2020 aan minister Slob werd overhandigd.",
                ),
                ("Daarna", "Twee fysieke ontwikkelplekken", "De Einsteinschool en Spring High."),
                (
                    "Later",
                    "Het ToekomstLAB",
                    "Met OBS de Toekomst en kinderopvang Impuls.",
                ),
            ),
            key_figures(
                "STWT in cijfers",
                ("16", "basisscholen in Nieuw-West"),
                ("2", "eerste ontwikkelplekken"),
            ),
        ],
        "updates": [
            {
                "slug": "toekomstlab",
                "title": "Het ToekomstLAB sluit aan",
                "date": datetime.date(2024, 5, 21),
                "intro": "In het ToekomstLAB werken STWT, OBS de Toekomst en kinderopvang "
                "Impuls samen. Publiek-private samenwerking wordt daar zichtbaar.",
                "body": [
                    paragraph(
                        "Het ToekomstLAB is als ontwikkelplek aangesloten bij de alliantie. "
                        "School en kinderopvang trekken er samen op."
                    )
                ],
            }
        ],
    },
    {
        "slug": "sittard-geleen-kindcentrum",
        "title": "Ontwikkelplek Sittard-Geleen: Kindcentrum Sittard",
        "listing_summary": "Basisschool, peuterspeelzaal en kinderopvang groeien samen uit tot "
        "een Basisschool van de Toekomst.",
        "intro": "Kindcentrum Sittard brengt een basisschool, een peuterspeelzaal en "
        "kinderopvang onder één dak en groeit uit tot een 'Basisschool van de Toekomst'.",
        "initiator": "Kindcentrum Sittard",
        "schools": "Kindcentrum Sittard",
        "partners": "Sportverenigingen\nGGD\nWelzijns- en zorginstellingen\nGemeente "
        "Sittard-Geleen",
        "municipality": "GM1883",
        "phase": Phase.RUNNING,
        "healthy_basis": True,
        "neighbourhood": True,
        "themes": ["gezonde-basis", "ouderbetrokkenheid", "kansengelijkheid-en-armoede"],
        "story": [
            heading("Gezond opgroeien in de buurt"),
            paragraph(
                "Kinderen uit kwetsbare buurten moeten hun schooltijd zo goed mogelijk kunnen "
                "doorlopen, in een gezonde omgeving en met plezier. Ouders doen daarbij actief "
                "mee."
            ),
            paragraph(
                "Het kindcentrum werkt samen met sportclubs, de GGD, welzijn, zorg en de "
                "gemeente, zodat kinderen sterker starten en gezond kunnen meedoen in hun buurt."
            ),
        ],
        "updates": [],
    },
    {
        "slug": "groningen-tijd-voor-toekomst",
        "title": "Ontwikkelplek Groningen: Tijd voor Toekomst",
        "listing_summary": "Een verrijkte schooldag met sport, cultuur, gezondheid en techniek "
        "voor basisscholen in de provincie Groningen.",
        "intro": "Armoede, eenzaamheid en een ongezonde leefstijl raken veel Groningse "
        "gezinnen. Tijd voor Toekomst antwoordt daarop met een verrijkte schooldag.",
        "initiator": "Hanzehogeschool Groningen",
        "schools": "Basisscholen in de provincie Groningen",
        "partners": "Hanzehogeschool Groningen",
        "municipality": "GM0014",
        "phase": Phase.RUNNING,
        "enriched_school_day": True,
        "healthy_basis": True,
        "themes": ["verrijkte-schooldag", "gezonde-basis", "kansengelijkheid-en-armoede"],
        "story": [
            heading("Een dagprogramma voor de hele provincie"),
            paragraph(
                "Tijd voor Toekomst vult de schooldag aan met sport, cultuur, gezondheid en "
                "techniek. Het doel: elke Groninger een goede en kansrijke toekomst."
            ),
            quote(
                "Een rijkere schooldag geeft kinderen meer om op te bouwen.", "Tijd voor Toekomst"
            ),
        ],
        "en": {
            "title": "Ontwikkelplek Groningen: Tijd voor Toekomst",
            "slug": "groningen-tijd-voor-toekomst",
            "listing_summary": "An enriched school day with sport, culture, health and "
            "technology for primary schools in the province of Groningen.",
            "intro": "Poverty, loneliness and an unhealthy lifestyle affect many families in "
            "Groningen. Tijd voor Toekomst (Time for the Future) answers with an enriched "
            "school day.",
            "story": [
                heading("A day programme for the whole province"),
                paragraph(
                    "Tijd voor Toekomst adds sport, culture, health and technology to the school "
                    "day. The aim: a good and promising future for everyone in Groningen."
                ),
                quote("A richer school day gives children more to build on.", "Tijd voor Toekomst"),
            ],
        },
        "updates": [
            {
                "slug": "sport-cultuur-techniek",
                "title": "Sport, cultuur en techniek in één dag",
                "date": datetime.date(2024, 9, 30),
                "intro": "Scholen die meedoen aan Tijd voor Toekomst bouwen hun dagprogramma "
                "op uit vier onderdelen.",
                "body": [
                    paragraph(
                        "Sport, cultuur, gezondheid en techniek wisselen elkaar af, zodat "
                        "ieder kind iets vindt waar het goed in is."
                    )
                ],
            }
        ],
    },
]

INDEX_NL = {
    "title": "Goede voorbeelden",
    "slug": "goede-voorbeelden",
    "show_in_menus": True,
    "listing_summary": "Wat we leren van initiatieven die al werken.",
    "intro": p(
        "Veel initiatieven helpen scholen al. Hier leest u wat ze doen, wat ze scholen kunnen "
        "brengen en wat nodig is om samenwerking te laten slagen."
    ),
}
INDEX_EN = {
    "title": "Best practices",
    "slug": "best-practices",
    "listing_summary": "What we learn from initiatives that already work.",
    "intro": p(
        "Many initiatives already help schools. Read what they do, what they can bring to "
        "schools and what it takes to make cooperation succeed."
    ),
}
PLACES_NL = {
    "title": "Ontwikkelplekken van de Toekomst",
    "slug": "ontwikkelplekken",
    "show_in_menus": True,
    "listing_summary": "Living labs waar scholen en partners het onderwijs van morgen uitproberen.",
    "intro": p(
        "Op een Ontwikkelplek van de Toekomst probeert een school met haar partners uit hoe "
        "het onderwijs van morgen eruitziet, rond drie speerpunten: de verrijkte schooldag, een "
        "gezonde basis en samenwerking in de wijk."
    ),
}
PLACES_EN = {
    "title": "Ontwikkelplekken: living labs",
    "slug": "living-labs",
    "listing_summary": "Living labs where schools and partners try out tomorrow's education.",
    "intro": p(
        "At an Ontwikkelplek van de Toekomst (living lab of the future) a school and its "
        "partners try out tomorrow's education around three spearheads: the enriched school "
        "day, a healthy basis and cooperation in the neighbourhood."
    ),
}


def _terms(model, locale, slugs):
    return list(model.objects.filter(locale=locale, slug__in=slugs))


def _translate_index(context, page, fields):
    translation = translate(page, context.locale_en, **fields)
    context.home_en.refresh_from_db()
    return translation


def build_best_practices(context):
    index_nl = add_child(context.home_nl, BestPracticeIndexPage(**INDEX_NL))
    context.home_nl.refresh_from_db()
    _translate_index(context, index_nl, INDEX_EN)
    created = {}
    for data in BEST_PRACTICES:
        data = dict(data)
        english = data.pop("en", None)
        themes = data.pop("themes")
        regions = data.pop("regions", [])
        groups = data.pop("groups", [])
        related = data.pop("related", [])
        national = data.pop("national", False)
        page = BestPracticePage(is_national=national, **data)
        page.themes = _terms(Theme, context.locale_nl, themes)
        page.target_groups = _terms(TargetGroup, context.locale_nl, groups)
        page.regions = list(Region.objects.filter(code__in=regions))
        page.related_links = [
            BestPracticeRelatedPage(page=created[slug]) for slug in related if slug in created
        ]
        page = add_child(index_nl, page)
        index_nl.refresh_from_db()
        created[page.slug] = page
        if english:
            translate(page, context.locale_en, **english)
    context.log("Goede voorbeelden klaar")


def build_ontwikkelplekken(context):
    index_nl = add_child(context.home_nl, OntwikkelplekIndexPage(**PLACES_NL))
    context.home_nl.refresh_from_db()
    _translate_index(context, index_nl, PLACES_EN)
    for data in ONTWIKKELPLEKKEN:
        data = dict(data)
        english = data.pop("en", None)
        themes = data.pop("themes")
        updates = data.pop("updates", [])
        data["municipality"] = Region.objects.get(code=data["municipality"])
        page = OntwikkelplekPage(**data)
        page.themes = _terms(Theme, context.locale_nl, themes)
        page = add_child(index_nl, page)
        index_nl.refresh_from_db()
        for update in updates:
            add_child(page, StoryUpdatePage(**update))
            page.refresh_from_db()
        if english:
            translate(page, context.locale_en, **english)
    context.log("Ontwikkelplekken klaar")


def build(context):
    build_best_practices(context)
    build_ontwikkelplekken(context)
