"""Follower notifications, written and sent on the task worker (not inside the request)."""

from django_tasks import task


@task()
def notify_new_reply_task(comment_pk):
    from django_comments_xtd.models import XtdComment

    from .notifications import notify_new_reply

    comment = XtdComment.objects.filter(pk=comment_pk).select_related("content_type").first()
    return notify_new_reply(comment) if comment is not None else 0


@task()
def notify_new_discussion_task(discussion_pk):
    from .models import Discussion
    from .notifications import notify_new_discussion

    discussion = Discussion.objects.filter(pk=discussion_pk).first()
    return notify_new_discussion(discussion) if discussion is not None else 0
