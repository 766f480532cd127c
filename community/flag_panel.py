"""Open flags on the editors' dashboard (the admin's home page): what waits for moderation,
with a link to the item and to hide it or close the flag, so nobody has to go looking."""

from wagtail.admin.ui.components import Component

from .models import Flag

LIMIT = 20


class OpenFlagsPanel(Component):
    name = "open_flags"
    order = 140
    template_name = "community/admin/open_flags.html"

    def get_context_data(self, parent_context=None):
        from .flag_admin import FlagViewSet, describe

        flags = list(
            Flag.objects.filter(handled_at=None)
            .select_related("member__profile", "content_type")
            .prefetch_related("item")[: LIMIT + 1]
        )
        return {
            "rows": [(flag, describe(flag)) for flag in flags[:LIMIT]],
            "more": len(flags) > LIMIT,
            "open_count": Flag.objects.filter(handled_at=None).count(),
            "viewset": FlagViewSet.name,
        }
