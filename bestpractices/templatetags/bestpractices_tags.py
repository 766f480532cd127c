from django import template

from bestpractices import netherlands_map

register = template.Library()


@register.inclusion_tag("bestpractices/includes/map.html")
def netherlands_map_svg(markers):
    return {
        "markers": markers,
        "outline": netherlands_map.OUTLINE_PATH,
        "width": netherlands_map.WIDTH,
        "height": netherlands_map.HEIGHT,
    }
