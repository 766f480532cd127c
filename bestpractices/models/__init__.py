from .best_practices import (
    STRENGTHS,
    BestPracticeIndexPage,
    BestPracticePage,
    BestPracticeRelatedPage,
    OrganisationKind,
)
from .ontwikkelplekken import (
    SPEARHEADS,
    OntwikkelplekIndexPage,
    OntwikkelplekPage,
    Phase,
    StoryUpdatePage,
)

__all__ = [
    "SPEARHEADS",
    "STRENGTHS",
    "BestPracticeIndexPage",
    "BestPracticePage",
    "BestPracticeRelatedPage",
    "OntwikkelplekIndexPage",
    "OntwikkelplekPage",
    "OrganisationKind",
    "Phase",
    "StoryUpdatePage",
]
