from .agreements import Agreement
from .documents import PhaseDocument
from .programmes import (
    PHASES,
    Milestone,
    Phase,
    PlannedActivity,
    Programme,
    Route,
    RouteEvent,
    RouteTemplate,
)
from .questions import Endorsement, QuestionEvent, SystemQuestion
from .reports import QuarterReport
from .visits import IntakeNeed, Visit

__all__ = [
    "PHASES",
    "Agreement",
    "Endorsement",
    "IntakeNeed",
    "Milestone",
    "Phase",
    "PhaseDocument",
    "PlannedActivity",
    "Programme",
    "QuarterReport",
    "QuestionEvent",
    "Route",
    "RouteEvent",
    "RouteTemplate",
    "SystemQuestion",
    "Visit",
]
