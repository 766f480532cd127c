from .accounts import AccountDeletion
from .discussions import Discussion, visible_comments_for
from .flags import Flag
from .follows import Follow
from .reviews import HelpfulVote, ProviderReply, Review

__all__ = [
    "AccountDeletion",
    "Discussion",
    "Flag",
    "Follow",
    "HelpfulVote",
    "ProviderReply",
    "Review",
    "visible_comments_for",
]
