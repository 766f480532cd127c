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
from schools.models import Profile, School, SchoolEmailDomain, provider_page_model

from ..models import Discussion, Follow
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


def _school(spec):
    """A real school from the DUO list: the nth school of a place, by vestiging number."""
    if not spec:
        return None
    schools = School.objects.filter(place=spec["place"]).order_by("vestiging")
    return schools[spec["nth"] : spec["nth"] + 1].first()


def build_community_demo(context):
    log = context.log
    log("Scholen laden")
    load_schools(log=log)
    password = _member_password()
    User = get_user_model()
    themes = {theme.slug: theme for theme in Theme.objects.filter(locale=context.locale_nl)}
    users = {}
    for member in load_data(DATA, "members"):
        key = member["key"]
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
            school = _school(member["school"])
            profile = Profile.objects.create(
                user=user,
                display_name=member["name"],
                role=member["role"],
                organisation=member["organisation"] or (school.name if school else ""),
                school=school,
                consent_at=timezone.now(),
                privacy_version=settings.PRIVACY_TEXT_VERSION,
                bio=member.get("bio", ""),
                # Listed in the member directory only as the member chose (the data says).
                visibility=member.get("visibility", Profile.Visibility.PRIVATE),
            )
            if school is not None:
                # School members of the demo are verified, as after the school's confirmation.
                profile.verify_for(school)
                if key == "school":
                    SchoolEmailDomain.objects.get_or_create(
                        domain=f"school.{DOMAIN}", defaults={"school": school}
                    )
        for slug in member.get("follows", []):
            if slug in themes:
                Follow.start(user, themes[slug])
        users[key] = user
    link_providers(users, log)
    _build_discussions(load_data(DATA, "discussions"), users, themes)
    log(f"Leercommunity: {len(users)} leden en de discussies klaar")


def _build_discussions(specs, users, themes):
    """Discussions dated relative to now, so the community is always recently active."""
    discussion_type = ContentType.objects.get_for_model(Discussion)
    now = timezone.now()
    for spec in specs:
        if Discussion.objects.filter(title=spec["title"]).exists():
            continue
        created = now - timedelta(days=spec["days_ago"])
        discussion = Discussion.objects.create(
            title=spec["title"],
            body=spec["body"],
            theme=themes[spec["theme"]],
            author=users[spec["author"]],
            created=created,
            last_activity=created,
        )
        _add_replies(discussion, discussion_type, spec["replies"], users, created, 0, now)
        discussion.refresh_stats()


def link_providers(users, log):
    """Link each provider member to the provider page named in the data, once it exists."""
    model = provider_page_model()
    if model is None:
        return
    for member in load_data(DATA, "members"):
        user = users.get(member["key"])
        profile = getattr(user, "profile", None)
        if not member.get("provider") or profile is None or profile.provider_page_id:
            continue
        provider = model.objects.filter(locale__language_code="nl", slug=member["provider"]).first()
        if provider is not None:
            profile.provider_page = provider
            profile.save()
            log(f"Aanbieder-lid gekoppeld aan {provider.title}")


def _add_replies(discussion, content_type, replies, users, started, parent_id, now):
    for reply in replies:
        # Never in the future, whatever the data says.
        moment = min(started + timedelta(days=reply["days_after"]), now - timedelta(minutes=30))
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
        _add_replies(discussion, content_type, reply["replies"], users, started, comment.pk, now)
