"""Signal receivers: verification by e-mail domain, thread statistics, posting guard."""

from allauth.account.models import EmailAddress
from allauth.account.signals import email_confirmed, email_removed
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django_comments.signals import comment_will_be_posted
from django_comments_xtd.models import TmpXtdComment, XtdComment

from core import pagecache
from schools.models import Profile, SchoolEmailDomain

from .auth import has_verified_email
from .models import Discussion, Follow
from .reviews import update_offer_rating
from .threads import SITE_POST_MARK


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


@receiver(email_removed)
def revoke_domain_verification(sender, request=None, user=None, email_address=None, **kwargs):
    """Removing the address at the school's domain ends the verification it gave, unless
    another confirmed address of the member is at that school's domain too."""
    if user is None or email_address is None:
        return
    profile = Profile.objects.filter(user=user, verified_school__isnull=False).first()
    if profile is None:
        return
    if SchoolEmailDomain.school_for_email(email_address.email) != profile.verified_school:
        return
    remaining = EmailAddress.objects.filter(user=user, verified=True).exclude(pk=email_address.pk)
    if any(
        SchoolEmailDomain.school_for_email(address.email) == profile.verified_school
        for address in remaining
    ):
        return
    profile.verified_school = None
    profile.save()


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
    if instance.followup:
        _followup_to_follow(instance)


def _followup_to_follow(comment):
    """A reply saved with the library's `followup` flag becomes a follow of its thread, and the
    flag is cleared: the library would mail every flagged reply's `user_email`, an address
    that a post can set to anything, in English."""
    target = comment.content_object
    if comment.user_id and target is not None:
        Follow.start(comment.user, target)
    XtdComment.objects.filter(pk=comment.pk).update(followup=False)
    comment.followup = False


@receiver(post_delete, sender=XtdComment)
def comment_deleted(sender, instance, **kwargs):
    _refresh_discussion(instance)


@receiver(comment_will_be_posted, sender=TmpXtdComment)
def only_site_posts(sender, comment, request, **kwargs):
    """Refuse every reply that did not come through the site's own post view (which checks
    the member, the rate limit and the thread, and sets name and address from the account)."""
    return bool(getattr(request, SITE_POST_MARK, False)) and has_verified_email(request.user)


# Reviews of offers: keep the offer's stored rating (and its search entry) up to date.


@receiver(post_save, sender="community.Review")
def review_saved(sender, instance, **kwargs):
    update_offer_rating(instance.offer_id)
    pagecache.purge(pagecache.SITE)  # the offer page, and the catalogue's order by score


@receiver(post_delete, sender="community.Review")
def review_deleted(sender, instance, **kwargs):
    update_offer_rating(instance.offer_id)
    pagecache.purge(pagecache.SITE)


@receiver(post_save, sender="community.ProviderReply")
@receiver(post_delete, sender="community.ProviderReply")
@receiver(post_save, sender="community.HelpfulVote")
@receiver(post_delete, sender="community.HelpfulVote")
def review_detail_changed(sender, **kwargs):
    """A provider's reply and the "nuttig" count are shown with the review on the offer page."""
    pagecache.purge(pagecache.SITE)
