from .funding import (
    Applicant,
    FunderKind,
    FundingDeadline,
    FundingIndexPage,
    FundingSchemePage,
)
from .needs import (
    NeedAlert,
    NeedProfile,
    NeedSchoolTime,
    SchoolPlanFeed,
    ShortlistItem,
)
from .offers import (
    AccreditationLevel,
    CapacityUnit,
    OfferPage,
    OfferType,
    PriceUnit,
    SchoolTime,
)
from .page_views import OfferDailyViews
from .providers import ProviderIndexPage, ProviderPage
from .reach import Reach
from .sessions import OfferSession, count_places, with_places

__all__ = [
    "AccreditationLevel",
    "Applicant",
    "CapacityUnit",
    "FunderKind",
    "FundingDeadline",
    "FundingIndexPage",
    "FundingSchemePage",
    "NeedAlert",
    "NeedProfile",
    "NeedSchoolTime",
    "OfferDailyViews",
    "OfferPage",
    "OfferSession",
    "OfferType",
    "PriceUnit",
    "ProviderIndexPage",
    "ProviderPage",
    "Reach",
    "SchoolPlanFeed",
    "SchoolTime",
    "ShortlistItem",
    "count_places",
    "with_places",
]
