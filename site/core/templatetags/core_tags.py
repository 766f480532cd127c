from django import template
from django.templatetags.static import static

from core import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    return navigation.menu_pages(context["request"])


@register.simple_tag(takes_context=True)
def language_links(context):
    return navigation.language_links(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def home_url(context):
    home = navigation.home_page_for(context["request"])
    return home.get_url(context["request"]) if home else "/"


@register.simple_tag
def breadcrumb_pages(page):
    """The ancestors of a page below the root, home page included."""
    return list(page.get_ancestors().filter(depth__gt=1).specific()) if page else []


@register.simple_tag(takes_context=True)
def canonical_url(context):
    return navigation.canonical_url(context.get("request"), context.get("page"))


@register.simple_tag
def absolute_static(path):
    """A static file on the site's public address (og:image must be an absolute URL)."""
    return navigation.absolute_url(static(path))


@register.simple_tag
def absolute_url(path):
    return navigation.absolute_url(path)
