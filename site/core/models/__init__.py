from .base import BasePage, IndexPage
from .pages import HOME_CHILD_TYPES, HomePage, StandardPage
from .settings import SiteSettings
from .taxonomy import CurriculumGoal, LearningArea, Region, TargetGroup, Theme

__all__ = [
    "HOME_CHILD_TYPES",
    "BasePage",
    "CurriculumGoal",
    "HomePage",
    "IndexPage",
    "LearningArea",
    "Region",
    "SiteSettings",
    "StandardPage",
    "TargetGroup",
    "Theme",
]
