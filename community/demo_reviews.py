"""Demo reviews of demo offers by the schools of the demo members, with a provider reply.

Runs after the catalogue's demo step (hook order in wagtail_hooks.py). Idempotent: a review is
found by offer and school, a vote by review and member, the reply by its review. A school may
only review an offer it ran, so each reviewing school gets a "done" item on its shortlist for
the offer (found by school, offer and status).
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from core.models import TargetGroup

from .demo import DOMAIN, _link_demo_provider
from .models import HelpfulVote, ProviderReply, Review
from .models.reviews import offer_page_model

# (offer slug, member key, rating, target group slug, days ago, text)
REVIEWS = [
    (
        "robots-bouwen",
        "school",
        4,
        "groep-7-8",
        70,
        "De kinderen waren zes weken lang enthousiast. De eerste les ging wat snel voor "
        "groep 7; de begeleider paste het tempo daarna goed aan.",
    ),
    (
        "robots-bouwen",
        "coordinator",
        5,
        "groep-5-6",
        40,
        "Alles was geregeld: materiaal, lesbrieven en een vakkracht die de klas goed aanvoelde. "
        "De techniekles uit onze methode hebben we die weken laten vallen.",
    ),
    (
        "robots-bouwen",
        "schoolleider",
        3,
        "groep-7-8",
        25,
        "Inhoudelijk sterk, maar de planning liep bij ons stroef: twee lessen vielen uit en "
        "moesten opnieuw worden ingepland.",
    ),
    (
        "museum-als-klaslokaal",
        "schoolleider",
        5,
        "groep-5-6",
        55,
        "Een dag die de kinderen nog lang bijbleef. De voorbereidende les in de klas maakte "
        "het bezoek veel rijker.",
    ),
    (
        "museum-als-klaslokaal",
        "school",
        4,
        "groep-3-4",
        30,
        "Goed aangepast aan jonge kinderen. Reken wel op extra begeleiders voor de reis.",
    ),
    (
        "wadlopen-met-de-klas",
        "coordinator",
        5,
        "groep-7-8",
        120,
        "Spannend en leerzaam. De gids vertelde boeiend over eb en vloed en de kinderen "
        "schreven er thuis nog over.",
    ),
    (
        "gezonde-lunch-in-de-klas",
        "leerkracht2",
        4,
        "groep-5-6",
        45,
        "Het samen eten gaf rust in de groep. Het kost wel tijd om de afspraken met ouders "
        "goed te regelen.",
    ),
    (
        "gezonde-lunch-in-de-klas",
        "school",
        3,
        "groep-1-2",
        20,
        "Leuk idee, maar voor de kleuters was het programma te lang. Met een kortere versie "
        "zouden we het zeker opnieuw doen.",
    ),
    (
        "rekenmaatjes",
        "leerkracht2",
        2,
        "groep-5-6",
        60,
        "De vrijwilligers waren hartelijk, maar wisselden vaak. Daardoor kwam de "
        "begeleiding van de zwakke rekenaars niet goed op gang.",
    ),
    (
        "muziek-in-de-klas",
        "schoolleider",
        4,
        "groep-3-4",
        35,
        "Een vakdocent muziek in de klas gaf het team ook zelf meer zelfvertrouwen om te "
        "zingen met de kinderen.",
    ),
    (
        "beroepen-in-de-klas",
        "coordinator",
        4,
        "groep-7-8",
        15,
        "Mooie gesprekken over werk en toekomst. Vooral de ouders die zelf kwamen vertellen "
        "maakten indruk.",
    ),
    (
        "sport-en-spel-na-school",
        "leerkracht2",
        5,
        "groep-5-6",
        10,
        "Kinderen die anders na school op straat hangen, doen nu elke dinsdag mee. De "
        "trainers kennen de buurt en dat merk je.",
    ),
]

# (offer slug, member key of the review, member keys who found it helpful)
VOTES = [
    ("robots-bouwen", "coordinator", ["school", "schoolleider", "leerkracht2"]),
    ("robots-bouwen", "schoolleider", ["leerkracht2"]),
    ("museum-als-klaslokaal", "school", ["coordinator"]),
]

REPLY = (
    "robots-bouwen",
    "schoolleider",
    "Dank voor de eerlijke feedback. We plannen voortaan alle lessen vooraf met de school in "
    "en hebben een vaste vervanger als een begeleider uitvalt.",
)


def build_reviews_demo(context):
    model = offer_page_model()
    if model is None:
        return
    users = {
        key: get_user_model().objects.filter(email=f"{key}@{DOMAIN}").first()
        for key in ("school", "schoolleider", "coordinator", "leerkracht2", "aanbieder")
    }
    if not users["school"]:
        return
    if users["aanbieder"] is not None:
        # The community's first demo step ran before the catalogue existed on a fresh site.
        _link_demo_provider(users["aanbieder"].profile, context.log)
    for key in ("schoolleider", "coordinator", "leerkracht2"):
        profile = getattr(users[key], "profile", None)
        if profile is not None and profile.school_id and profile.verified_school_id is None:
            profile.verify_for(profile.school)
    offers = {
        page.slug: page
        for page in model.objects.filter(
            locale=context.locale_nl, slug__in={row[0] for row in REVIEWS}
        )
    }
    groups = {g.slug: g for g in TargetGroup.objects.filter(locale=context.locale_nl)}
    now = timezone.now()
    reviews = {}
    added = 0
    for slug, key, rating, group, days, text in REVIEWS:
        offer, user = offers.get(slug), users.get(key)
        school = getattr(getattr(user, "profile", None), "verified_school", None)
        if offer is None or school is None:
            continue
        review = Review.objects.filter(offer=offer, school=school).first()
        if review is None:
            review = Review.objects.create(
                offer=offer,
                school=school,
                author=user,
                rating=rating,
                group=groups.get(group),
                ran_on=(now - timedelta(days=days + 7)).date(),
                text=text,
                created=now - timedelta(days=days),
            )
            added += 1
        reviews[(slug, key)] = review
        _mark_as_run(school, offer, review.ran_on, user)
    for slug, key, voters in VOTES:
        review = reviews.get((slug, key))
        for voter in voters:
            if review is not None and users.get(voter) is not None:
                HelpfulVote.objects.get_or_create(review=review, member=users[voter])
    _add_reply(reviews, users)
    context.log(f"Leercommunity: {added} beoordelingen toegevoegd")


def _mark_as_run(school, offer, day, user):
    """A done shortlist item: what lets the school review the offer (community.reviews)."""
    from offers.models import ShortlistItem

    done = ShortlistItem.Status.DONE
    if ShortlistItem.objects.filter(school=school, offer=offer, status=done).exists():
        return
    ShortlistItem.objects.create(
        school=school, offer=offer, status=done, planned_date=day, added_by=user
    )


def _add_reply(reviews, users):
    slug, key, text = REPLY
    review = reviews.get((slug, key))
    provider = users.get("aanbieder")
    if review is None or provider is None or ProviderReply.objects.filter(review=review).exists():
        return
    ProviderReply.objects.create(review=review, author=provider, text=text)
