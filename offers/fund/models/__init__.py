from .applications import Application, ApplicationEvent, GrantPart, Score, Share, Status
from .funders import (
    MONEY,
    ZERO,
    Contribution,
    Criterion,
    Fund,
    Funder,
    FunderMember,
    PaymentPart,
    SchemeProcedure,
)

__all__ = [
    "MONEY",
    "ZERO",
    "Application",
    "ApplicationEvent",
    "Contribution",
    "Criterion",
    "Fund",
    "Funder",
    "FunderMember",
    "GrantPart",
    "PaymentPart",
    "SchemeProcedure",
    "Score",
    "Share",
    "Status",
]
