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
from .visits import IntakeNeed, Visit

__all__ = [
    "PHASES",
    "Endorsement",
    "IntakeNeed",
    "Milestone",
    "Phase",
    "PlannedActivity",
    "Programme",
    "QuestionEvent",
    "Route",
    "RouteEvent",
    "RouteTemplate",
    "SystemQuestion",
    "Visit",
]
