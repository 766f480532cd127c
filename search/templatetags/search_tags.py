import hashlib
from html import escape as html_escape

from django import template
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from search.chips import filter_chips

register = template.Library()


@register.simple_tag(takes_context=True)
def chosen_filters(context):
    """The chips of the listing in `context` (its `response`); a listing's fixed kind has none."""
    response = context.get("response")
    request = context.get("request")
    if response is None or request is None:
        return []
    fixed = ("soort",) if context.get("kind_fixed") else ()
    return filter_chips(request.GET, response, fixed_params=fixed)


@register.simple_tag(takes_context=True)
def facet_form_key(context):
    """What the filter form (components/facet_form.html) shows, as one digest: the facets
    with their counts and choices, the chosen filters and the links. The form is then kept in
    the shared cache (core.fragments) for every listing that asks the same."""
    response = context.get("response")
    request = context.get("request")
    query = context.get("query")
    shown = (
        getattr(response, "facets_digest", None),
        context.get("filtered"),
        context.get("clear_url"),
        context.get("facet_id"),
        context.get("kind_fixed"),
        sorted(request.GET.lists()) if request is not None else None,
        getattr(query, "text", None),
    )
    return hashlib.blake2b(repr(shown).encode(), digest_size=16).hexdigest()


def escape(value):
    """conditional_escape without its lazy-string wrapper, called thousands of times here."""
    return value.__html__() if hasattr(value, "__html__") else html_escape(str(value))


# A long facet shows its first options and folds the rest behind "Meer" (a <details>, no
# JavaScript): opened on a phone, the filter panel was about 4,300 px long.
SHOWN_OPTIONS = 3
# A facet with more options than this (1,000 funding schemes at national scale: 999 boxes,
# three quarters of the search page's 215 KB and most of its rendering time) lists the ones
# with the most hits and the chosen ones; the others are found by name in the search box.
MAX_OPTIONS = 40


@register.simple_tag
def facet_fold(group):
    """Which options a facet group lists and where it folds: {"first": the options shown,
    "more": the options behind "Meer", "rest": how many those are, "open": a folded option is
    chosen, "left": options not listed at all (beyond MAX_OPTIONS)}."""
    options = group.options
    left = 0
    if group.name != "region" and len(options) > MAX_OPTIONS:
        keep = {
            id(option) for option in sorted(options, key=lambda option: -option.count)[:MAX_OPTIONS]
        }
        listed = [
            option
            for option in options
            if id(option) in keep or option.selected or option.child_selected
        ]
        left = len(options) - len(listed)
        options = listed
    if group.name == "goal" or len(options) <= SHOWN_OPTIONS + 2:
        return {"first": options, "more": [], "rest": 0, "open": False, "left": left}
    folded = options[SHOWN_OPTIONS:]
    chosen = any(option.selected or option.child_selected for option in folded)
    return {
        "first": options[:SHOWN_OPTIONS],
        "more": folded,
        "rest": len(folded),
        "open": chosen,
        "left": left,
    }


@register.simple_tag
def facet_options(group, prefix, options, start=0):
    """The <li> of `options` of a facet group (components/facet_form.html; `start`: how many
    came before, for unique ids). Written out here rather than in the template: a national
    index has hundreds of municipalities, and the template loop was most of the time of a
    search page."""
    kind = "radio" if group.name == "rating" else "checkbox"
    param = escape(group.param)
    parts = []
    for number, option in enumerate(options, start=start + 1):
        label = Truncator(option.label).chars(60) if group.name == "goal" else option.label
        checked = " checked" if option.selected else ""
        parts.append(
            f'<li><label><input type="{kind}" name="{param}" value="{escape(option.value)}"'
            f'{checked}> {escape(label)} <span class="count">({option.count})</span>'
            "</label>\n"
        )
        if option.child_selected:
            parts.append("<ul>")
            parts.extend(
                f'<li><label><input type="checkbox" name="{param}" value="{escape(child.value)}"'
                f' checked> {escape(child.label)} <span class="count">'
                f"({child.count})</span></label></li>"
                for child in option.children
                if child.selected
            )
            parts.append("</ul>")
        parts.append("\n")
        if option.children:
            name = {"name": escape(option.label)}
            field = f"{escape(prefix)}-{param}-{number}"
            # Translated outside the f-strings, where makemessages finds them.
            summary = _("Gemeenten in %(name)s") % name
            hidden_label = _("Gemeente in %(name)s") % name
            everywhere = _("Alle gemeenten")
            parts.append(
                f"<details><summary>{summary}</summary>\n"
                f'<label for="{field}" class="visually-hidden">{hidden_label}</label>\n'
                f'<select id="{field}" name="{param}"><option value="">{everywhere}</option>\n'
            )
            parts.extend(
                f'<option value="{escape(child.value)}">{escape(child.label)} '
                f"({child.count})</option>"
                for child in option.children
                if not child.selected
            )
            parts.append("\n</select></details>")
        parts.append("</li>\n")
    return mark_safe("".join(parts))  # noqa: S308 - every value escaped above
