"""Non-page views of the community app (inside i18n_patterns: Dutch at /, English at /en/).

allauth's account URLs are not namespaced (allauth reverses `account_login` and friends);
the community's own views live in the `community` namespace.
"""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from .views import account, comments, discussions, flags, profiles, reviews

community_patterns = [
    path(_("discussies/"), discussions.discussion_list, name="discussion_list"),
    path(_("discussies/nieuw/"), discussions.discussion_create, name="discussion_create"),
    path(_("discussies/<int:pk>/bewerken/"), discussions.discussion_edit, name="discussion_edit"),
    path(
        _("discussies/<int:pk>/verwijderen/"),
        discussions.discussion_delete,
        name="discussion_delete",
    ),
    path(_("discussies/<slug:theme_slug>/"), discussions.discussion_list, name="discussion_theme"),
    path(
        _("discussies/<slug:theme_slug>/<int:pk>/"),
        discussions.discussion_detail,
        name="discussion_detail",
    ),
    path(_("reacties/plaatsen/"), comments.post_comment, name="post_comment"),
    path(_("reacties/<int:pk>/bewerken/"), comments.comment_edit, name="comment_edit"),
    path(_("reacties/<int:pk>/verwijderen/"), comments.comment_delete, name="comment_delete"),
    path(_("leden/<int:pk>/"), profiles.profile_detail, name="profile"),
    path(_("mijn-profiel/"), profiles.my_profile, name="my_profile"),
    path(_("mijn-profiel/school/"), profiles.choose_school, name="choose_school"),
    path(_("mijn-profiel/mijn-gegevens.json"), account.export_data, name="export_data"),
    path(_("mijn-profiel/verwijderen/"), account.delete_account, name="delete_account"),
    # Reviews of offers
    path(_("beoordelingen/aanbod/<int:offer_pk>/"), reviews.review_form, name="review_form"),
    path(
        _("beoordelingen/<int:review_pk>/reageren/"),
        reviews.reply_form,
        name="review_reply",
    ),
    path(
        _("beoordelingen/<int:review_pk>/nuttig/"),
        reviews.helpful_vote,
        name="review_helpful",
    ),
    # Flags (moderation)
    path(_("melden/<str:kind>/<int:pk>/"), flags.flag_item, name="flag"),
]

urlpatterns = [
    path("account/", include("allauth.urls")),
    path("", include((community_patterns, "community"))),
]
