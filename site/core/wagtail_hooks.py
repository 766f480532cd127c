"""Admin screens for the taxonomy snippets."""

import django_filters
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.active_filters import (
    ActiveFilter,
    BaseFilterAdapter,
    register_filter_adapter_class,
)
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import CurriculumGoal, LearningArea, Region, TargetGroup, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class LearningAreaViewSet(SnippetViewSet):
    model = LearningArea
    icon = "folder-open-inverse"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class CurriculumGoalViewSet(SnippetViewSet):
    model = CurriculumGoal
    icon = "list-ol"
    list_display = ["number", "label", "learning_area", "locale"]
    list_filter = ["locale", "learning_area"]
    search_fields = ["label", "title"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    list_display = ["name", "kind", "code", "province"]
    list_filter = ["kind", "province"]
    search_fields = ["name", "code"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomie")
    menu_icon = "tag"
    menu_order = 300
    items = (
        ThemeViewSet,
        LearningAreaViewSet,
        CurriculumGoalViewSet,
        TargetGroupViewSet,
        RegionViewSet,
    )


register_snippet(TaxonomyGroup)


class YesNoFilterAdapter(BaseFilterAdapter):
    """A chosen yes/no filter above an admin listing reads "Is openbaar: Ja", not "True"."""

    def get_active_filters(self):
        yield ActiveFilter(
            self.bound_field.auto_id,
            self.filter.label,
            gettext("Ja") if self.value else gettext("Nee"),
            self.get_url_without_filter_param(self.name),
        )


register_filter_adapter_class(django_filters.BooleanFilter, adapter_class=YesNoFilterAdapter)
