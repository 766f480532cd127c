"""Admin screens of the Leercommunity (profiles, schools, domain rules, discussions, comments)
and its demo content."""

from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from schools.models import Profile, School, SchoolEmailDomain

from .flag_admin import FlagViewSet
from .flag_panel import OpenFlagsPanel
from .home import home_content
from .models import AccountDeletion, Discussion, ProviderReply, Review
from .verification_panel import AutomaticVerificationsPanel


def yes_no(model, field_name):
    """A yes/no field as a tick or a cross under the field's own (Dutch) name: a plain field
    name showed "True" and "False" in the Dutch admin."""
    label = capfirst(model._meta.get_field(field_name).verbose_name)

    def answer(instance):
        return gettext("Ja") if getattr(instance, field_name) else gettext("Nee")

    return Column(field_name, label=label, accessor=answer, sort_key=field_name)


class ProfileViewSet(ModelViewSet):
    name = "community_profile"
    url_prefix = "community/members"
    model = Profile
    icon = "user"
    menu_label = _("Leden")
    list_display = [
        "display_name",
        "role",
        "organisation",
        "verified_school",
        "visibility",
        "created",
    ]
    list_filter = ["role", "visibility"]
    search_fields = ["display_name", "organisation", "user__email"]
    search_backend_name = None
    ordering = ["display_name"]
    panels = [
        MultiFieldPanel(
            [FieldPanel("display_name"), FieldPanel("role"), FieldPanel("organisation")],
            heading=_("Profiel"),
        ),
        MultiFieldPanel(
            [FieldPanel("school"), FieldPanel("verified_school"), FieldPanel("region")],
            heading=_("School en verificatie"),
        ),
        PageChooserPanel("provider_page", "offers.ProviderPage"),
        FieldPanel("bio"),
        FieldPanel("contribution"),
        MultiFieldPanel(
            [FieldPanel("visibility"), FieldPanel("language")],
            heading=_("Zichtbaarheid en e-mail"),
        ),
    ]


class SchoolViewSet(ModelViewSet):
    name = "community_school"
    url_prefix = "community/schools"
    model = School
    icon = "home"
    menu_label = _("Scholen")
    list_display = ["name", "place", "municipality", "vestiging"]
    search_fields = ["name", "place", "vestiging"]
    search_backend_name = None
    form_fields = ["vestiging", "brin", "name", "place", "municipality", "postcode", "street"]


class SchoolEmailDomainViewSet(ModelViewSet):
    name = "community_schoolemaildomain"
    url_prefix = "community/email-domains"
    model = SchoolEmailDomain
    icon = "mail"
    menu_label = _("E-maildomeinen")
    list_display = ["domain", "school"]
    search_fields = ["domain"]
    search_backend_name = None
    form_fields = ["domain", "school"]


class DiscussionViewSet(ModelViewSet):
    name = "community_discussion"
    url_prefix = "community/discussions"
    model = Discussion
    icon = "comment"
    menu_label = _("Discussies")
    list_display = [
        "title",
        "theme",
        "author",
        "reply_count",
        "last_activity",
        yes_no(Discussion, "is_removed"),
    ]
    list_filter = ["is_removed"]
    search_fields = ["title", "body"]
    search_backend_name = None
    ordering = ["-last_activity"]
    form_fields = ["title", "body", "theme", "page", "is_removed"]


class CommentViewSet(ModelViewSet):
    """Moderation: recent replies first; untick 'public' or tick 'removed' to hide one."""

    name = "community_xtdcomment"
    url_prefix = "community/comments"
    model = XtdComment
    icon = "openquote"
    menu_label = _("Reacties (moderatie)")
    list_display = [
        "comment",
        "user_name",
        "submit_date",
        yes_no(XtdComment, "is_public"),
        yes_no(XtdComment, "is_removed"),
    ]
    list_filter = ["is_public", "is_removed"]
    search_fields = ["comment", "user_name"]
    search_backend_name = None
    ordering = ["-submit_date"]
    form_fields = ["comment", "is_public", "is_removed"]


class AccountDeletionViewSet(ModelViewSet):
    name = "community_accountdeletion"
    url_prefix = "community/deleted-accounts"
    model = AccountDeletion
    icon = "bin"
    menu_label = _("Verwijderde accounts")
    list_display = ["user_id_deleted", "deleted_at", "posts_anonymised"]
    form_fields = ["user_id_deleted", "posts_anonymised"]


class ReviewViewSet(ModelViewSet):
    """Moderation of reviews: untick 'zichtbaar' to hide one (the offer's score follows)."""

    name = "community_review"
    url_prefix = "community/reviews"
    model = Review
    icon = "pick"
    menu_label = _("Beoordelingen")
    list_display = ["__str__", "offer", "school", "rating", "created", yes_no(Review, "is_public")]
    list_filter = ["is_public", "rating"]
    search_fields = ["text", "school__name"]
    search_backend_name = None
    ordering = ["-created"]
    form_fields = ["rating", "ran_on", "group", "text", "is_public"]


class ProviderReplyViewSet(ModelViewSet):
    name = "community_providerreply"
    url_prefix = "community/review-replies"
    model = ProviderReply
    icon = "openquote"
    menu_label = _("Reacties van aanbieders")
    list_display = ["__str__", "author", "created", yes_no(ProviderReply, "is_public")]
    list_filter = ["is_public"]
    search_fields = ["text"]
    search_backend_name = None
    ordering = ["-created"]
    form_fields = ["text", "is_public"]


class CommunityGroup(ModelViewSetGroup):
    menu_label = _("Leercommunity")
    menu_icon = "group"
    menu_order = 250
    items = (
        ProfileViewSet,
        FlagViewSet,
        CommentViewSet,
        DiscussionViewSet,
        ReviewViewSet,
        ProviderReplyViewSet,
        SchoolEmailDomainViewSet,
        SchoolViewSet,
        AccountDeletionViewSet,
    )


@hooks.register("register_admin_viewset")
def register_community_viewsets():
    return CommunityGroup()


hooks.register("register_home_content", home_content)


@hooks.register("construct_homepage_panels")
def add_automatic_verifications_panel(request, panels):
    if request.user.has_perm("schools.change_profile"):
        panels.append(AutomaticVerificationsPanel())
    if request.user.has_perm("community.change_flag"):
        panels.append(OpenFlagsPanel())
