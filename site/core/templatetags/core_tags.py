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
    request = context.get("request")
    for template_name, get_context, fragment_key in page_sections.entries(slot):
        own = fragment_key(context, *args, **kwargs) if fragment_key is not None else None
        key = None
        if own is not None:
            key = fragments.block_key(request, f"section:{slot}:{template_name}", (own,))
            kept = fragments.read(request, key)
            if kept is not None:
                html += SafeString(kept)
                continue
        values = get_context(context, *args, **kwargs)
        part = SafeString()
        if values is not None:
            template = context.template.engine.get_template(template_name)
            part = template.render(context.new(values))
        fragments.write(request, key, part)
        html += part
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


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary, siblings):
        self.nodelist, self.name, self.vary = nodelist, name, vary
        # The template's other shared fragments: their pieces are read in the same round trip.
        self.siblings = siblings

    def key(self, context):
        name = self.name.resolve(context)
        vary = tuple(value.resolve(context) for value in self.vary)
        return fragments.block_key(context.get("request"), name, vary)

    def render(self, context):
        request = context.get("request")
        key = self.key(context)
        fetched = getattr(request, "_fetched_siblings", None)
        if fetched is None and request is not None:
            fetched = request._fetched_siblings = set()
        if fetched is not None and id(self.siblings) not in fetched:
            fetched.add(id(self.siblings))
            fragments.fetch_keys(request, [key, *(node.key(context) for node in self.siblings)])
        html = fragments.read(request, key)
        if html is None:
            html = self.nodelist.render(context)
            fragments.write(request, key, html)
        return SafeString(html)


@register.tag
def shared_fragment(parser, token):
    """{% shared_fragment "name" value ... %}…{% endshared_fragment %}: a part of a page that is
    the same for every visitor, kept in the shared cache under the language, the host, the
    site's version and the values given (core.fragments); never for a preview. What it shows
    may come from lazy context values: they are read only when the cache lacks it."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_fragment needs a name")
    if not hasattr(parser, "shared_fragments"):
        parser.shared_fragments = []
    siblings = parser.shared_fragments
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    node = SharedFragmentNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(b) for b in bits[2:]],
        siblings,
    )
    siblings.append(node)
    return node


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
