"""Signal receivers: verification by e-mail domain, thread statistics, posting guard."""

from allauth.account.signals import email_confirmed
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django_comments.signals import comment_will_be_posted
from django_comments_xtd.models import TmpXtdComment, XtdComment

from core import pagecache

from .auth import has_verified_email
from .models import Discussion, Follow, Profile, SchoolEmailDomain


@receiver(email_confirmed)
def verify_by_email_domain(sender, request=None, email_address=None, **kwargs):
    """A confirmed address at a school's domain verifies the member for that school."""
    if email_address is None:
        return
    school = SchoolEmailDomain.school_for_email(email_address.email)
    if school is None:
        return
    profile = Profile.objects.filter(user_id=email_address.user_id).first()
    if profile is None:
        user = email_address.user
        profile = Profile(user=user, display_name=user.get_full_name() or f"Lid {user.pk}")
    if profile.verified_school_id != school.pk:
        profile.verify_for(school)


def _refresh_discussion(comment):
    if comment.content_type_id != ContentType.objects.get_for_model(Discussion).pk:
        return
    # The thread and the lists that show its reply count are stale in the page cache.
    pagecache.purge(pagecache.discussion_tag(comment.object_pk), pagecache.DISCUSSIONS)
    discussion = Discussion.objects.filter(pk=comment.object_pk).first()
    if discussion is not None:
        discussion.refresh_stats()


@receiver(post_save, sender=Discussion)
@receiver(post_delete, sender=Discussion)
def discussion_changed(sender, instance, **kwargs):
    # Discussions are found by the site search too, so the "site" pages go with them.
    pagecache.purge(pagecache.discussion_tag(instance.pk), pagecache.DISCUSSIONS, pagecache.SITE)


@receiver(post_save, sender=XtdComment)
def comment_saved(sender, instance, **kwargs):
    _refresh_discussion(instance)


@receiver(post_save, sender=Discussion)
def starter_follows_discussion(sender, instance, created, **kwargs):
    """Whoever starts a discussion hears of its replies (they can stop in one click)."""
    if created and instance.author_id:
        Follow.start(instance.author, instance)


@receiver(post_delete, sender=XtdComment)
def comment_deleted(sender, instance, **kwargs):
    _refresh_discussion(instance)


@receiver(comment_will_be_posted, sender=TmpXtdComment)
def only_verified_members_post(sender, comment, request, **kwargs):
    """Refuse posts to the library's own URL from anyone but a verified member."""
    return has_verified_email(request.user)


# Reviews of offers: keep the offer's stored rating (and its search entry) up to date.


@receiver(post_save, sender="community.Review")
def review_saved(sender, instance, **kwargs):
    from .reviews import update_offer_rating

    update_offer_rating(instance.offer_id)
    pagecache.purge(pagecache.SITE)  # the offer page, and the catalogue's order by score


@receiver(post_delete, sender="community.Review")
def review_deleted(sender, instance, **kwargs):
    from .reviews import update_offer_rating

    update_offer_rating(instance.offer_id)
    pagecache.purge(pagecache.SITE)


@receiver(post_save, sender="community.ProviderReply")
@receiver(post_delete, sender="community.ProviderReply")
@receiver(post_save, sender="community.HelpfulVote")
@receiver(post_delete, sender="community.HelpfulVote")
def review_detail_changed(sender, **kwargs):
    """A provider's reply and the "nuttig" count are shown with the review on the offer page."""
    pagecache.purge(pagecache.SITE)
