"""Funders, their members and each scheme's procedure are edited in the admin (snippets).

Contributions are not: they change the fund's totals, so they are booked through
`offers.fund.ledger.contribute` (the demo, or a shell), which locks the fund's row.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Funder, FunderMember, SchemeProcedure


class FunderViewSet(SnippetViewSet):
    model = Funder
    list_display = ["name", "kind"]
    icon = "group"


class FunderMemberViewSet(SnippetViewSet):
    model = FunderMember
    list_display = ["funder", "user"]
    icon = "user"


class ProcedureViewSet(SnippetViewSet):
    model = SchemeProcedure
    list_display = ["scheme", "funder", "intake", "decision"]
    icon = "doc-full"


class FundGroup(SnippetViewSetGroup):
    items = (FunderViewSet, FunderMemberViewSet, ProcedureViewSet)
    menu_label = _("Ontwikkelfonds")
    menu_icon = "pick"


register_snippet(FundGroup)
