from django import template
from django.templatetags.static import static
from django.utils.safestring import SafeString

from core import navigation
from core import sections as page_sections

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    return navigation.menu_pages(context["request"])


@register.simple_tag(takes_context=True)
def language_links(context):
    return navigation.language_links(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def home_url(context):
    return navigation.home_url(context["request"])


@register.simple_tag(takes_context=True)
def footer_cache_key(context):
    return navigation.footer_cache_key(context["request"])


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context, page):
    """The ancestors of a page below the root, home page included: title and URL are all a
    crumb shows, so plain pages, read with the language links in one query."""
    if not page:
        return []
    request = context.get("request")
    if request is None:
        return list(page.get_ancestors().filter(depth__gt=1))
    return navigation.page_family(request, page)["ancestors"]


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


@register.simple_tag(takes_context=True)
def privacy_page_url(context):
    """The privacy statement in the visitor's language (SiteSettings.privacy_page), or ""."""
    request = context.get("request")
    return navigation.privacy_page_url(request) if request is not None else ""


@register.simple_tag
def fallback_lang(page, *field_names):
    """`lang` for text that an English page still shows in Dutch (see navigation)."""
    return navigation.fallback_language(page, *field_names)


@register.simple_tag(takes_context=True)
def sections(context, slot, *args, **kwargs):
    """What the apps registered for `slot` (core.sections), rendered in order."""
    html = SafeString()
    for template_name, get_context in page_sections.entries(slot):
        values = get_context(context, *args, **kwargs)
        if values is not None:
            template = context.template.engine.get_template(template_name)
            html += template.render(context.new(values))
    return html
