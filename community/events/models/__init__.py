from .pages import EventIndexPage, EventPage, EventSession, Kind
from .registrations import CLOSED, HOLDS_PLACE, Registration, RegistrationEntry, Status

__all__ = [
    "CLOSED",
    "HOLDS_PLACE",
    "EventIndexPage",
    "EventPage",
    "EventSession",
    "Kind",
    "Registration",
    "RegistrationEntry",
    "Status",
]
