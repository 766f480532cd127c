"""A certificate of participation (PDF, WeasyPrint) for someone checked in at an event."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from weasyprint import HTML


def certificate_pdf(registration, language):
    session = registration.session
    with translation.override(language):
        html = render_to_string(
            "events/certificate.html",
            {
                "registration": registration,
                "session": session,
                "page": session.page.localized,
                "start": timezone.localtime(session.start),
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
    return HTML(string=html).write_pdf()
