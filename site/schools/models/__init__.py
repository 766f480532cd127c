from .coordinators import SchoolCoordinator
from .profiles import Profile, provider_page_model
from .schools import School, SchoolEmailDomain

__all__ = ["Profile", "School", "SchoolCoordinator", "SchoolEmailDomain", "provider_page_model"]
