"""E-mail on each step of an application to the other side, in each recipient's language."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.mail import message, queue

from .access import SCHOOL
from .models import ApplicationEvent


def _people(event):
    """The users on the other side of the actor: the funder's members, or the school's."""
    application = event.application
    if event.role == SCHOOL:
        return [member.user for member in application.procedure.funder.members.all()]
    users = []
    if application.created_by_id:
        users.append(application.created_by)
    return users


def notify(event_pk):
    event = ApplicationEvent.objects.select_related("application__request__offer").get(pk=event_pk)
    application = event.application
    url = settings.SITE_URL + reverse("fund:detail", args=[application.pk])
    sent = 0
    for user in _people(event):
        if not user.email or not user.is_active:
            continue
        profile = getattr(user, "profile", None)
        language = getattr(profile, "language", "") or settings.LANGUAGE_CODE
        with translation.override(language):
            subject = _("Uw aanvraag bij het fonds: %(status)s") % {
                "status": str(application.get_status_display()).lower()
            }
            body = _(
                "Beste %(name)s,\n\nDe aanvraag voor '%(offer)s' van %(school)s is nu: "
                "%(status)s.\n%(text)s\n\nU leest de aanvraag en wat er gebeurde op %(url)s\n"
            ) % {
                "name": getattr(profile, "display_name", "") or user.email,
                "offer": application.request.offer.title,
                "school": application.request.school.name,
                "status": str(application.get_status_display()).lower(),
                "text": event.text,
                "url": url,
            }
        sent += queue(message([user.email], f"[{settings.WAGTAIL_SITE_NAME}] {subject}", body))
    return sent
