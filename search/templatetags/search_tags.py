from django import template

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
