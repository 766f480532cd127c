from ..choices import CLOSED, HOLDING, OPEN, Side, Status
from .access import side_of
from .requests import BookingRequest, RequestEvent, places_taken

__all__ = [
    "CLOSED",
    "HOLDING",
    "OPEN",
    "BookingRequest",
    "RequestEvent",
    "Side",
    "Status",
    "places_taken",
    "side_of",
]
