"""Committee decisions: a funder member puts applications in review to a meeting, every member
of the funder votes once per application (grant, decline or abstain, with a note), and when all
have voted the majority decides through the application's table (`grant` or `reject`). A tie
leaves the application in review. Who voted what is written into the application's record.
"""

from django.db import IntegrityError, transaction
from django.utils import formats
from django.utils.translation import gettext as _

from core.statemachine import IllegalMove

from .access import SYSTEM, funder_ids
from .machine import MACHINE
from .models import Application, ApplicationEvent, Meeting, SchemeProcedure, Status, Vote


def eligible(user):
    """Applications in review that one of the user's funders decides by committee."""
    return Application.objects.filter(
        status=Status.IN_REVIEW,
        procedure__funder_id__in=funder_ids(user),
        procedure__decision=SchemeProcedure.Decision.COMMITTEE,
    ).select_related("request__school", "request__offer", "procedure__scheme")


def put_to_committee(user, funder, day, applications):
    if funder.pk not in funder_ids(user):
        raise IllegalMove(_("Alleen leden van de financier kunnen een vergadering beleggen."))
    applications = list(applications)
    if not applications:
        raise IllegalMove(_("Kies ten minste één aanvraag."))
    allowed = set(eligible(user).filter(procedure__funder=funder).values_list("pk", flat=True))
    if any(application.pk not in allowed for application in applications):
        raise IllegalMove(_("Alleen aanvragen in beoordeling bij een commissieregeling."))
    with transaction.atomic():
        # One meeting per funder and date: putting more applications to it adds them.
        meeting, _created = Meeting.objects.get_or_create(
            funder=funder, date=day, defaults={"created_by": user}
        )
        meeting.applications.add(*applications)
        text = _("Voorgelegd aan de commissie van %(date)s.") % {
            "date": formats.date_format(day, "j F Y")
        }
        ApplicationEvent.objects.bulk_create(
            ApplicationEvent(
                application=application,
                move="committee",
                role="funder",
                actor=user,
                from_status=application.status,
                to_status=application.status,
                text=text,
            )
            for application in applications
        )
    return meeting


def members(meeting):
    return [member.user for member in meeting.funder.members.select_related("user")]


def summary(meeting, application):
    votes = meeting.votes.filter(application=application).select_related("voter__profile")
    lines = []
    for vote in votes:
        profile = getattr(vote.voter, "profile", None)
        name = getattr(profile, "display_name", "") or vote.voter.email
        line = f"{name}: {vote.get_choice_display().lower()}"
        if vote.note:
            line += f" ({vote.note})"
        lines.append(line)
    return "; ".join(lines)


def tally(meeting, application):
    votes = list(meeting.votes.filter(application=application).values_list("choice", flat=True))
    return votes.count(Vote.Choice.GRANT), votes.count(Vote.Choice.DECLINE)


def vote(meeting, application, user, choice, note=""):
    """Record the user's vote; when every member has voted, decide. Returns the outcome:
    None (still waiting), "grant", "reject" or "tie"."""
    if user.pk not in {member.pk for member in members(meeting)}:
        raise IllegalMove(_("Alleen leden van de commissie stemmen."))
    if not meeting.applications.filter(pk=application.pk).exists():
        raise IllegalMove(_("Deze aanvraag ligt niet voor in deze vergadering."))
    if application.status != Status.IN_REVIEW:
        raise IllegalMove(_("Over deze aanvraag is al besloten."))
    if choice not in Vote.Choice.values:
        raise IllegalMove(_("Kies toekennen, afwijzen of onthouden."))
    try:
        with transaction.atomic():
            Vote.objects.create(
                meeting=meeting, application=application, voter=user, choice=choice, note=note
            )
    except IntegrityError as error:
        raise IllegalMove(_("U heeft al gestemd over deze aanvraag.")) from error
    voted = meeting.votes.filter(application=application).count()
    if voted < len(members(meeting)):
        return None
    granted, declined = tally(meeting, application)
    text = _("Besluit van de commissie van %(date)s: %(votes)s.") % {
        "date": formats.date_format(meeting.date, "j F Y"),
        "votes": summary(meeting, application),
    }
    if granted == declined:
        ApplicationEvent.objects.create(
            application=application,
            move="committee",
            role=SYSTEM,
            from_status=application.status,
            to_status=application.status,
            text=text + " " + _("De stemmen staken: de aanvraag blijft in beoordeling."),
        )
        return "tie"
    move = "grant" if granted > declined else "reject"
    try:
        MACHINE.run(application, move, user, {"committee": meeting, "text": text}, role="funder")
    except IllegalMove as error:
        ApplicationEvent.objects.create(
            application=application,
            move="committee",
            role=SYSTEM,
            from_status=application.status,
            to_status=application.status,
            text=f"{text} {error}",
        )
        return "tie"
    return move
