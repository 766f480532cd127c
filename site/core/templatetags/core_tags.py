from django import template

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
