"""What happens to routes outside the phase machine: starting one, the caseload rule, turning an
intake need into a need profile, recording a visit, and merging system questions."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as N_
from wagtail.documents import get_document_model
from wagtail.models import Collection

from offers.models import NeedProfile
from schools.models import SchoolCoordinator

from .models import (
    Endorsement,
    Milestone,
    Phase,
    PhaseDocument,
    PlannedActivity,
    Programme,
    Route,
    RouteTemplate,
    SystemQuestion,
    Visit,
)
from .models.programmes import PhaseKey, check_caseload

# The default template of the plan: (phase, name, gate, [(activity, days after start, visit)]).
DEFAULT_TEMPLATE = [
    (
        PhaseKey.KICKOFF,
        N_("Kick-off"),
        N_("De school kent de doelen en de aanpak en heeft een contactpersoon aangewezen."),
        [(N_("Kick-off met de schoolleiding"), 0, False)],
    ),
    (
        PhaseKey.INTAKE,
        N_("Intake (vraagarticulatie)"),
        N_("De context en de ondersteuningsbehoeften per thema zijn vastgelegd."),
        [(N_("Intakegesprek op school"), 21, True)],
    ),
    (
        PhaseKey.ROUTEMAP,
        N_("Routekaart"),
        N_("De school heeft de routekaart met planning van de vervolgactiviteiten ontvangen."),
        [(N_("Routekaart besproken met de school"), 60, False)],
    ),
    (
        PhaseKey.PLAN,
        N_("Verbeterplan in twee veranderlabs"),
        N_("Het verbeterplan (doelen, acties, eigenaren, termijnen) sluit aan op de NPO-doelen."),
        [(N_("Eerste veranderlab"), 90, False), (N_("Tweede veranderlab"), 150, False)],
    ),
    (
        PhaseKey.EXECUTION,
        N_("Uitvoering"),
        N_("Het verbeterplan is uitgevoerd en drie keer per jaar besproken."),
        [
            (N_("Bezoek en reflectie (1)"), 240, True),
            (N_("Bezoek en reflectie (2)"), 360, True),
            (N_("Bezoek en reflectie (3)"), 480, True),
        ],
    ),
    (
        PhaseKey.EVALUATION,
        N_("Evaluatie en borging"),
        N_("De opbrengsten zijn geëvalueerd en de aanpak is geborgd in het schoolbeleid."),
        [(N_("Evaluatiegesprek"), 600, True)],
    ),
]


def default_template(programme):
    """The programme's template, made from the plan's phases when it has none yet."""
    template, created = RouteTemplate.objects.get_or_create(programme=programme)
    if created:
        for order, (key, name, gate, activities) in enumerate(DEFAULT_TEMPLATE):
            phase = Phase.objects.create(
                template=template, key=key, order=order, name=str(name), gate=str(gate)
            )
            PlannedActivity.objects.bulk_create(
                PlannedActivity(phase=phase, title=str(title), offset_days=days, is_visit=visit)
                for title, days, visit in activities
            )
    return template


def start_route(programme, school, start, coordinator):
    """Start a school's route: the template's activities become dated milestones.

    The programme row is locked so that two starts at once cannot both give a coordinator
    their sixth school.
    """
    with transaction.atomic():
        programme = Programme.objects.select_for_update().get(pk=programme.pk)
        check_caseload(programme, coordinator)
        if Route.objects.filter(programme=programme, school=school).exists():
            raise ValidationError(_("Deze school heeft in dit programma al een route."))
        template = default_template(programme)
        phases = list(template.phases.prefetch_related("activities"))
        route = Route.objects.create(
            programme=programme,
            school=school,
            coordinator=coordinator,
            start=start,
            phase=phases[0].key if phases else PhaseKey.KICKOFF,
            gates={phase.key: phase.gate for phase in phases},
        )
        Milestone.objects.bulk_create(
            Milestone(
                route=route,
                title=activity.title,
                due=start + timedelta(days=activity.offset_days),
                phase=phase.key,
                owner=coordinator,
                is_visit=activity.is_visit,
            )
            for phase in phases
            for activity in phase.activities.all()
        )
        # The coordinator holds the school's need profiles in the Ontwikkelplaats too.
        SchoolCoordinator.objects.get_or_create(user=coordinator, school=school)
    return route


def need_from_intake(intake_need, user):
    """One click: the intake's support need becomes a need profile of the school."""
    with transaction.atomic():
        if intake_need.need_id:
            return intake_need.need
        need = NeedProfile.objects.create(
            school=intake_need.route.school,
            created_by=user,
            title=intake_need.title[:150],
            description=intake_need.description,
        )
        if intake_need.theme_id:
            need.themes.add(intake_need.theme)
        intake_need.need = need
        intake_need.save(update_fields=["need"])
    return need


def record_visit(visit, follow_ups, owners):
    """Make a draft a recorded visit; its follow-ups become milestones of the route."""
    with transaction.atomic():
        visit.status = Visit.Status.FINAL
        visit.follow_ups_draft = []
        visit.save()
        Milestone.objects.bulk_create(
            Milestone(
                route=visit.route,
                title=item["title"],
                due=item["due"],
                phase=visit.route.phase,
                owner=owners.get(item.get("owner")),
                visit=visit,
            )
            for item in follow_ups
        )
    return visit


def endorse(question, user, example=""):
    """Mark a question "herkenbaar"; a second mark by the same member changes nothing."""
    try:
        with transaction.atomic():
            Endorsement.objects.create(question=question, user=user, example=example)
    except IntegrityError:
        return False
    return True


def merge_questions(duplicate, target):
    """Fold `duplicate` into `target`, keeping every member's endorsement (once each)."""
    if duplicate.pk == target.pk:
        raise ValidationError(_("Een vraag kan niet met zichzelf worden samengevoegd."))
    with transaction.atomic():
        questions = SystemQuestion.objects.select_for_update().filter(
            pk__in=[duplicate.pk, target.pk]
        )
        list(questions)
        already = set(target.endorsements.values_list("user_id", flat=True))
        moving = duplicate.endorsements.exclude(user_id__in=already)
        # The filer of the duplicate recognised it too.
        filer = duplicate.filed_by_id
        if filer and filer not in already and not moving.filter(user_id=filer).exists():
            Endorsement.objects.create(question=target, user_id=filer, example=duplicate.example)
        moving.update(question=target)
        duplicate.endorsements.all().delete()
        duplicate.merged_into = target
        duplicate.published = False
        duplicate.save(update_fields=["merged_into", "published"])
    return target


def mark_done(milestone):
    milestone.done_at = timezone.now()
    milestone.save(update_fields=["done_at"])


ROUTE_COLLECTION = "Ontwikkelroutes (besloten)"


def route_collection():
    """The collection that keeps the routes' documents apart from the site's public ones."""
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=ROUTE_COLLECTION).first()
    return found or root.add_child(name=ROUTE_COLLECTION)


def add_phase_document(route, phase, title, upload, user):
    """Stores an uploaded file as a Wagtail document attached to a phase of the route."""
    document = get_document_model().objects.create(
        title=title, file=upload, collection=route_collection(), uploaded_by_user=user
    )
    return PhaseDocument.objects.create(route=route, phase=phase, document=document, added_by=user)
