from .agreements import Agreement
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
