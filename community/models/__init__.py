from .discussions import Discussion, visible_comments_for
from .flags import Flag
from .follows import Follow
from .profiles import AccountDeletion, Profile, grant_provider_access
from .reviews import HelpfulVote, ProviderReply, Review
from .schools import School, SchoolEmailDomain

__all__ = [
    "AccountDeletion",
    "Discussion",
    "Flag",
    "Follow",
    "HelpfulVote",
    "Profile",
    "ProviderReply",
    "Review",
    "School",
    "SchoolEmailDomain",
    "grant_provider_access",
    "visible_comments_for",
]
