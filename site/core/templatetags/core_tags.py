from django import template
from django.templatetags.static import static
from django.utils.safestring import SafeString
from django.utils.timezone import template_localtime
from django.utils.translation import get_language
from wagtail.models import Page

from core import fragments, navigation
from core import sections as page_sections
from core.models.taxonomy import localized_terms

register = template.Library()


@register.filter
def isotime(value):
    """A moment for a datetime attribute, in whole seconds: `date:'c'` wrote microseconds,
    which HTML does not allow (it takes at most three digits of a second)."""
    if not value:
        return ""
    if not hasattr(value, "hour"):
        return value.isoformat()
    return template_localtime(value).isoformat(timespec="seconds")


@register.simple_tag(takes_context=True)
def page_header(context):
    """The header's links, breadcrumbs and canonical URL in one cache read (navigation.header)."""
    request = context.get("request")
    if request is None:
        return {"home_url": "/", "menu": [], "languages": [], "crumbs": [], "canonical": None}
    return navigation.header(request, context.get("page"))


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


@register.simple_tag(takes_context=True)
def render_each(context, template_name, items, name, *vary, prepare=None, timeout=None):
    """`template_name` once per item (as `name`), pieces shared by every visitor kept in the
    cache (core.fragments); `vary`: the context values the template reads besides the item;
    `prepare(missing_items)` loads what the missing ones need; `timeout` in seconds for what
    goes stale with time alone (the next dates)."""
    return fragments.render_each(
        context, template_name, items, name, vary, prepare, timeout or fragments.TIMEOUT
    )


@register.simple_tag(takes_context=True)
def fetch_each(context, template_name, items, *vary):
    """Read the cached pieces of `items` at once for the `render_each` calls that follow."""
    fragments.fetch_each(context, template_name, items, vary)
    return ""


@register.filter
def in_reader_language(page):
    """A page or taxonomy term as the reader's language has it. The page's live translation
    in the active language (same translation_key), else the
    page: lists of bookings and saved offers hold the Dutch rows, and an English reader saw
    "Request 'Robots bouwen en programmeren'" where "Build and program robots" exists. Kept
    on the object, so a row that shows the title twice asks once."""
    if page is None:
        return page
    if not isinstance(page, Page):
        # A taxonomy term (discussions and needs link the Dutch rows): its row in the
        # reader's language, from the table in memory.
        return localized_terms([page])[0]
    language = get_language()
    memo = page.__dict__.setdefault("_in_reader_language", {})
    if language not in memo:
        memo[language] = page.localized
    return memo[language]
