from wagtail import hooks

from offers.demo import build_offers_demo


@hooks.register("register_demo_content")
def offers_demo_content(context):
    build_offers_demo(context)


# Need profiles: coordinators who hold the needs of several schools, and the demo needs.
from django.utils.translation import gettext_lazy as _  # noqa: E402
from wagtail.snippets.models import register_snippet  # noqa: E402
from wagtail.snippets.views.snippets import SnippetViewSet  # noqa: E402

from offers.models import SchoolCoordinator  # noqa: E402


class SchoolCoordinatorViewSet(SnippetViewSet):
    model = SchoolCoordinator
    icon = "group"
    menu_label = _("Coördinatoren van scholen")
    list_display = ["user", "school"]
    add_to_admin_menu = False


register_snippet(SchoolCoordinatorViewSet)


@hooks.register("register_demo_content", order=90)
def needs_demo_content(context):
    from offers.needs_demo import build_needs_demo

    build_needs_demo(context)
