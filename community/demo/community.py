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

from core.demo import load_data
from core.models import Theme

from ..models import Discussion, Profile, School, SchoolEmailDomain
from ..schools_loader import load_schools

DOMAIN = "leercommunity.example"
DATA = "community.demo"


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
    for member in load_data(DATA, "members"):
        key, name, role = member["key"], member["name"], member["role"]
        organisation, school_key = member["organisation"], member["school"]
        email = f"{key}@{DOMAIN}"
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(username=f"demo-{key}", email=email)
            if member["can_log_in"]:
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
    for index, spec in enumerate(load_data(DATA, "discussions")):
        if Discussion.objects.filter(title=spec["title"]).exists():
            continue
        created = start + timedelta(days=index * 4)
        discussion = Discussion.objects.create(
            title=spec["title"],
            body=spec["body"],
            theme=themes[spec["theme"]],
            author=users[spec["author"]],
            created=created,
            last_activity=created,
        )
        _add_replies(discussion, discussion_type, spec["replies"], users, created, parent_id=0)
        discussion.refresh_stats()
    log("Leercommunity: leden en discussies klaar")


def _link_demo_provider(profile, log):
    """Link the demo provider member to the first provider page, when the catalogue has one."""
    from ..models.profiles import provider_page_model

    model = provider_page_model()
    if model is None or profile.provider_page_id:
        return
    provider = model.objects.filter(locale__language_code="nl").order_by("path").first()
    if provider is not None:
        profile.provider_page = provider
        profile.save()
        log(f"Aanbieder-lid gekoppeld aan {provider.title}")


def _add_replies(discussion, content_type, replies, users, moment, parent_id):
    for reply in replies:
        moment += timedelta(hours=5)
        user = users[reply["author"]]
        comment = XtdComment.objects.create(
            content_type=content_type,
            object_pk=str(discussion.pk),
            site_id=settings.SITE_ID,
            user=user,
            user_name=user.profile.display_name[:50],
            user_email=user.email,
            comment=reply["text"],
            submit_date=moment,
            parent_id=parent_id,
            is_public=True,
        )
        _add_replies(
            discussion, content_type, reply["replies"], users, moment, parent_id=comment.pk
        )
