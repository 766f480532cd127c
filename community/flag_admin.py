"""The moderation queue in the admin: "Meldingen" (flags), newest first, with hide and restore.

Hiding or restoring goes through a confirmation page (GET shows it, POST acts) and saves the
item normally, so the offer's score of a review is recomputed by community.signals.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton

from .models import Flag, Review
from .models.flags import is_hidden
from .names import member_name
from .views.flags import item_anchor, item_page_url


def describe(flag):
    """What was flagged, as a short text and a link to where it appears."""
    item = flag.item_or_none()
    if item is None:
        return _("(verwijderd)")
    if isinstance(item, Review):
        label = _("Beoordeling van %(school)s over %(offer)s: %(text)s") % {
            "school": item.school.name,
            "offer": item.offer.title,
            "text": Truncator(item.text).chars(80),
        }
    else:
        label = _("Reactie van %(name)s: %(text)s") % {
            "name": item.user_name or _("verwijderd lid"),
            "text": Truncator(item.comment).chars(80),
        }
    return format_html(
        '<a href="{}#{}" target="_blank" rel="noopener">{}</a>',
        item_page_url(item),
        item_anchor(item),
        label,
    )


def item_state(flag):
    item = flag.item_or_none()
    if item is None:
        return _("verwijderd")
    return _("verborgen") if is_hidden(item) else _("zichtbaar")


class FlagIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super().get_base_queryset().select_related("member__profile").prefetch_related("item")
        )

    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        item = instance.item_or_none()
        if item is None:
            return buttons
        if is_hidden(item):
            label, name, icon = _("Herstellen"), "restore", "undo"
        else:
            label, name, icon = _("Verbergen"), "hide", "view"
        url = reverse(f"{FlagViewSet.name}:{name}", args=[instance.pk])
        buttons = [ListingButton(label, url=url, icon_name=icon, priority=5), *buttons]
        if not instance.is_handled:
            close_url = reverse(f"{FlagViewSet.name}:close", args=[instance.pk])
            buttons.insert(
                1, ListingButton(_("Afsluiten"), url=close_url, icon_name="tick", priority=6)
            )
        return buttons


class FlagActionView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then hide or restore the flagged item."""

    template_name = "community/admin/flag_action.html"
    hide = True
    # Close: the flag needs no action; it (and the item's other open flags) is marked handled
    # now, without an editor typing a date into the flag's form.
    close = False
    header_icon = "warning"

    def dispatch(self, request, pk):
        if not request.user.has_perm("community.change_flag"):
            raise PermissionDenied
        self.flag = get_object_or_404(Flag.objects.select_related("content_type"), pk=pk)
        self.item = self.flag.item_or_none()
        if self.item is None:
            messages.error(request, _("Het gemelde item bestaat niet meer."))
            return redirect(f"{FlagViewSet.name}:index")
        return super().dispatch(request, pk)

    def get_page_title(self):
        if self.close:
            return _("Melding afsluiten")
        return _("Item verbergen") if self.hide else _("Item herstellen")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{FlagViewSet.name}:index"), "label": _("Meldingen")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "flag": self.flag,
                "description": describe(self.flag),
                "hide": self.hide,
                "close": self.close,
                "other_flags": Flag.objects.filter(
                    content_type_id=self.flag.content_type_id, object_id=self.flag.object_id
                ).select_related("member__profile"),
                "index_url": reverse(f"{FlagViewSet.name}:index"),
            }
        )
        return context

    def post(self, request, pk):
        if self.close:
            self.flag.close()
            messages.success(request, _("De melding is afgesloten; het item blijft zoals het is."))
            return redirect(request.POST.get("next") or f"{FlagViewSet.name}:index")
        self.flag.apply(hidden=self.hide)
        if self.hide:
            messages.success(request, _("Het item is verborgen."))
        else:
            messages.success(request, _("Het item is weer zichtbaar."))
        return redirect(f"{FlagViewSet.name}:index")


class FlagViewSet(ModelViewSet):
    """Flags of replies and reviews by members: newest first, open ones on top by filter."""

    name = "community_flag"
    url_prefix = "community/flags"
    model = Flag
    icon = "warning"
    menu_label = _lazy("Meldingen")
    index_view_class = FlagIndexView
    list_display = [
        "__str__",
        Column("item", label=_lazy("Gemeld item"), accessor=describe),
        Column(
            "member", label=_lazy("Gemeld door"), accessor=lambda flag: member_name(flag.member)
        ),
        "created",
        Column("item_state", label=_lazy("Status van het item"), accessor=item_state),
        "handled_at",
    ]
    list_filter = ["reason", "content_type"]
    ordering = ["-created"]
    form_fields = ["reason", "handled_at"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("hide/<int:pk>/", FlagActionView.as_view(hide=True), name="hide"),
            path("restore/<int:pk>/", FlagActionView.as_view(hide=False), name="restore"),
            path("close/<int:pk>/", FlagActionView.as_view(close=True), name="close"),
        ]
