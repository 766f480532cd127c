"""What the fund adds to shared templates (core.sections, registered in offers.fund.apps): the
header's link to the fund's workspace, on a school's request its applications and a way to
apply, and on a scheme's page how to apply."""

from .access import is_funder_or_editor
from .models import Application, SchemeProcedure


def workspace_link(context, extra_class=""):
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not is_funder_or_editor(user):
        return None
    return {"request": request, "extra_class": extra_class}


def request_applications(context, booking, side):
    """On the request page, for the school only: its applications for this activity."""
    if side != "school" or booking.status not in ("accepted", "done"):
        return None
    return {
        "booking": booking,
        "applications": Application.objects.filter(request=booking).select_related(
            "procedure__scheme"
        ),
        "may_apply": SchemeProcedure.objects.filter(intake=SchemeProcedure.Intake.ON_SITE).exists(),
    }


def scheme_procedure(context, page):
    """On a scheme's page: how to apply (on this site, or the funder's own way and address)."""
    source = page.get_translations(inclusive=True).filter(locale__language_code="nl").first()
    procedure = (
        SchemeProcedure.objects.filter(scheme_id=source.pk).select_related("funder").first()
        if source is not None
        else None
    )
    if procedure is None:
        return None
    return {"procedure": procedure}
