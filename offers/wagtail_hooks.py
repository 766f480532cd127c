# Need profiles: coordinators who hold the needs of several schools.
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from offers.home import home_content
from schools.models import SchoolCoordinator


class SchoolCoordinatorViewSet(SnippetViewSet):
    model = SchoolCoordinator
    icon = "group"
    menu_label = _("Coördinatoren van scholen")
    list_display = ["user", "school"]
    add_to_admin_menu = False


register_snippet(SchoolCoordinatorViewSet)


hooks.register("register_home_content", home_content)
