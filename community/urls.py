"""Non-page views of the community app (inside i18n_patterns: Dutch at /, English at /en/).

allauth's account URLs are not namespaced (allauth reverses `account_login` and friends);
the community's own views live in the `community` namespace.
"""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import views, views_flags, views_reviews

community_patterns = [
    path(_("discussies/"), views.discussion_list, name="discussion_list"),
    path(_("discussies/nieuw/"), views.discussion_create, name="discussion_create"),
    path(_("discussies/<int:pk>/bewerken/"), views.discussion_edit, name="discussion_edit"),
    path(_("discussies/<int:pk>/verwijderen/"), views.discussion_delete, name="discussion_delete"),
    path(_("discussies/<slug:theme_slug>/"), views.discussion_list, name="discussion_theme"),
    path(
        _("discussies/<slug:theme_slug>/<int:pk>/"),
        views.discussion_detail,
        name="discussion_detail",
    ),
    path(_("reacties/plaatsen/"), views.post_comment, name="post_comment"),
    path(_("reacties/<int:pk>/bewerken/"), views.comment_edit, name="comment_edit"),
    path(_("reacties/<int:pk>/verwijderen/"), views.comment_delete, name="comment_delete"),
    path(_("leden/<int:pk>/"), views.profile_detail, name="profile"),
    path(_("mijn-profiel/"), views.my_profile, name="my_profile"),
    path(_("mijn-profiel/school/"), views.choose_school, name="choose_school"),
    path(_("mijn-profiel/mijn-gegevens.json"), views.export_data, name="export_data"),
    path(_("mijn-profiel/verwijderen/"), views.delete_account, name="delete_account"),
    # Reviews of offers
    path(_("beoordelingen/aanbod/<int:offer_pk>/"), views_reviews.review_form, name="review_form"),
    path(
        _("beoordelingen/<int:review_pk>/reageren/"),
        views_reviews.reply_form,
        name="review_reply",
    ),
    path(
        _("beoordelingen/<int:review_pk>/nuttig/"),
        views_reviews.helpful_vote,
        name="review_helpful",
    ),
    # Flags (moderation)
    path(_("melden/<str:kind>/<int:pk>/"), views_flags.flag_item, name="flag"),
]

urlpatterns = [
    path("account/", include("allauth.urls")),
    path("", include((community_patterns, "community"))),
]
