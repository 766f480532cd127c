from .pages import EventIndexPage, EventPage, EventSession, Kind
from .registrations import CLOSED, HOLDS_PLACE, Registration, RegistrationEntry, Status
from .reports import EventReport

__all__ = [
    "CLOSED",
    "HOLDS_PLACE",
    "EventIndexPage",
    "EventPage",
    "EventReport",
    "EventSession",
    "Kind",
    "Registration",
    "RegistrationEntry",
    "Status",
]
