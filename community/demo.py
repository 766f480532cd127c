"""Demo content of the Leercommunity: schools, members across roles, discussions with replies.

Idempotent: members are found by e-mail, discussions by title, replies by their text.
The demo school member and provider member can log in with the password in
var/member-password (generated once, or DEMO_MEMBER_PASSWORD).
"""

import os
import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django_comments_xtd.models import XtdComment

from core.models import Theme

from .models import Discussion, Profile, School, SchoolEmailDomain
from .schools_loader import load_schools

DOMAIN = "leercommunity.example"
R = Profile.Role

# (key, display name, role, organisation, school vestiging or None, can log in)
MEMBERS = [
    ("school", "Fatima el Amrani", R.TEACHER, "", "SCHOOL", True),
    ("aanbieder", "Jeroen Bakker", R.PROVIDER, "Stichting Techniek Dichtbij", None, True),
    ("schoolleider", "Marieke de Vries", R.SCHOOL_LEADER, "", "SCHOOL2", False),
    ("coordinator", "Daan Mulder", R.SCHOOL_COORDINATOR, "", "SCHOOL3", False),
    ("gemeente", "Ilse Jansen", R.MUNICIPALITY, "Gemeente Eemsdelta", None, False),
    ("fonds", "Ruben Hoekstra", R.FUNDER, "Fonds Kansrijk Leren", None, False),
    ("onderzoek", "Sanne Visser", R.RESEARCHER, "Lectoraat Brede School", None, False),
    ("leerkracht2", "Youssef Haddou", R.TEACHER, "", "SCHOOL4", False),
]

DISCUSSIONS = [
    (
        "lerarentekort",
        "Hoe vangen jullie een lege groep op zonder de klas te verdelen?",
        "Bij ons staat er op maandag al weken geen vaste leerkracht voor groep 6. We lossen "
        "het nu op met invallers, maar de rust is weg. Wie heeft ervaring met een vast team "
        "van onderwijsassistenten en vakdocenten op zo'n dag?",
        "school",
        [
            (
                "schoolleider",
                "Wij werken met een vaste 'verrijkingsdag': sport en techniek "
                "door vakmensen, begeleid door een onderwijsassistent. De kinderen weten wat ze "
                "kunnen verwachten en de leerkrachten hebben een dag voor voorbereiding.",
                [
                    ("school", "Hoe houden jullie dan zicht op de basisvakken die week?", []),
                ],
            ),
            (
                "onderzoek",
                "Let op dat de vakdocenten dezelfde afspraken over gedrag hanteren "
                "als het team. Dat bleek in ons onderzoek het verschil te maken.",
                [],
            ),
        ],
    ),
    (
        "verrijkte-schooldag",
        "Techniekles door een bedrijf uit de buurt: ervaringen?",
        "Een installatiebedrijf om de hoek wil graag iets doen voor groep 7 en 8. Wat "
        "moeten we vooraf afspreken zodat het echt in ons lesprogramma past?",
        "coordinator",
        [
            (
                "aanbieder",
                "Koppel het aan een kerndoel dat u toch al behandelt, dan vervangt "
                "het een les in plaats van dat het erbij komt. Zie ook https://www.slo.nl/ voor de "
                "doelen.",
                [],
            ),
        ],
    ),
    (
        "gezonde-basis",
        "Gezonde lunch op school: wie betaalt wat?",
        "We willen twee keer per week samen lunchen met de kinderen. Welke regelingen "
        "hebben jullie daarvoor gebruikt?",
        "leerkracht2",
        [
            (
                "fonds",
                "Vraag ook bij de gemeente naar de middelen voor gezonde leefstijl; "
                "die zijn vaak te combineren.",
                [],
            ),
            (
                "gemeente",
                "In Eemsdelta koppelen we dit aan de brede regeling voor de "
                "schooldag. Neem gerust contact op.",
                [],
            ),
        ],
    ),
    (
        "samenwerking-in-de-wijk",
        "Ouders en buurtbewoners als vrijwilliger: hoe houd je het vol?",
        "Het eerste jaar liep het goed, nu haken vrijwilligers af. Hoe houden jullie de "
        "groep vrijwilligers betrokken?",
        "schoolleider",
        [],
    ),
]


def _member_password():
    password = os.environ.get("DEMO_MEMBER_PASSWORD")
    if password:
        return password
    path = settings.VAR_DIR / "member-password"
    if path.exists():
        return path.read_text().strip()
    password = secrets.token_urlsafe(12)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(password + "\n")
    return password


def _pick_schools():
    """Four real schools in different regions (stable picks from the DUO list)."""
    picks = {}
    for key, place in (
        ("SCHOOL", "ROTTERDAM"),
        ("SCHOOL2", "AMSTERDAM"),
        ("SCHOOL3", "GRONINGEN"),
        ("SCHOOL4", "SITTARD"),
    ):
        picks[key] = School.objects.filter(place=place).order_by("vestiging").first()
    return picks


def build_community_demo(context):
    log = context.log
    log("Scholen laden")
    load_schools(log=log)
    schools = _pick_schools()
    password = _member_password()
    User = get_user_model()
    themes = {theme.slug: theme for theme in Theme.objects.filter(locale=context.locale_nl)}
    users = {}
    for key, name, role, organisation, school_key, can_log_in in MEMBERS:
        email = f"{key}@{DOMAIN}"
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(username=f"demo-{key}", email=email)
            if can_log_in:
                user.set_password(password)
            else:
                user.set_unusable_password()
            user.save()
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            school = schools.get(school_key) if school_key else None
            profile = Profile.objects.create(
                user=user,
                display_name=name,
                role=role,
                organisation=organisation or (school.name if school else ""),
                school=school,
                consent_at=timezone.now(),
                privacy_version=settings.PRIVACY_TEXT_VERSION,
                bio="Lid van de Leercommunity sinds de start.",
            )
            if key == "school" and school is not None:
                profile.verify_for(school)
                SchoolEmailDomain.objects.get_or_create(
                    domain=f"school.{DOMAIN}", defaults={"school": school}
                )
        users[key] = user
    _link_demo_provider(users["aanbieder"].profile, log)

    discussion_type = ContentType.objects.get_for_model(Discussion)
    start = timezone.now() - timedelta(days=20)
    for index, (theme_slug, title, body, author, replies) in enumerate(DISCUSSIONS):
        if Discussion.objects.filter(title=title).exists():
            continue
        created = start + timedelta(days=index * 4)
        discussion = Discussion.objects.create(
            title=title,
            body=body,
            theme=themes[theme_slug],
            author=users[author],
            created=created,
            last_activity=created,
        )
        _add_replies(discussion, discussion_type, replies, users, created, parent_id=0)
        discussion.refresh_stats()
    log("Leercommunity: leden en discussies klaar")


def _link_demo_provider(profile, log):
    """Link the demo provider member to the first provider page, when the catalogue has one."""
    from .models.profiles import provider_page_model

    model = provider_page_model()
    if model is None or profile.provider_page_id:
        return
    provider = model.objects.filter(locale__language_code="nl").order_by("path").first()
    if provider is not None:
        profile.provider_page = provider
        profile.save()
        log(f"Aanbieder-lid gekoppeld aan {provider.title}")


def _add_replies(discussion, content_type, replies, users, moment, parent_id):
    for author, text, children in replies:
        moment += timedelta(hours=5)
        user = users[author]
        comment = XtdComment.objects.create(
            content_type=content_type,
            object_pk=str(discussion.pk),
            site_id=settings.SITE_ID,
            user=user,
            user_name=user.profile.display_name[:50],
            user_email=user.email,
            comment=text,
            submit_date=moment,
            parent_id=parent_id,
            is_public=True,
        )
        _add_replies(discussion, content_type, children, users, moment, parent_id=comment.pk)
