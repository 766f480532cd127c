"""Rendered pieces of a page that are the same for every visitor, kept in the shared cache.

A listing renders one small template per item (a result card, a calendar line): some 0.3-0.5
ms each, 13-30 ms for a page of them, most of what a member's (uncached) listing costs. These
pieces depend only on the item, the language, the host and the content of the site, never on
who asks, so they are kept under the "site" version of the page cache (`core.pagecache`): a
publish, a review or a settings change makes every one of them stale at once.

`render_each` reads all of a list's pieces in one round trip (`get_many`) and renders only the
missing ones; `prepare(missing)` first loads what the template needs of those (the pages
behind search hits), so a full hit costs no query, and may return what to render in their
place (`refs`: a list of pks whose pages are loaded only for the missing pieces).

An item names its own key (`fragment_key`, an attribute or a dict's key: everything its template
shows that the site version does not cover, such as a session's booked places; None: rendered
every time); a page is keyed by its pk. The template name and the context values passed as
`vary` are part of the key.
"""

import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core import localcache, pagecache

TIMEOUT = 3600


def item_key(item):
    """The item's own part of its key; None: not kept (rendered on every request)."""
    if isinstance(item, dict):
        return item.get("fragment_key")
    key = getattr(item, "fragment_key", _MISSING)
    if key is _MISSING:  # a page, or a Ref: its pk
        return str(item.pk)
    return None if key is None else str(key)


@dataclass(frozen=True)
class Ref:
    """A page named by its pk alone, for a list whose pieces are mostly in the cache."""

    pk: int


def refs(queryset):
    """[Ref] of the pages of `queryset` in its order, and the `prepare` for `render_each` that
    loads the missing ones from it (with what it prefetches), in one query."""

    def load(missing):
        pages = queryset.in_bulk([ref.pk for ref in missing])
        return [pages.get(ref.pk) for ref in missing]

    load.do_not_call_in_templates = True
    return [Ref(pk) for pk in queryset.values_list("pk", flat=True)], load


def is_preview(request):
    """A draft shown to its editor: never read from or written to the shared pieces."""
    return request is None or getattr(request, "is_preview", False)


def _keys(request, template_name, vary, items):
    if is_preview(request):
        return [None] * len(items)
    host = request.get_host()
    prefix = f"fragment:{get_language()}:{host}:{pagecache.site_version()}:"
    context = repr((template_name, tuple(vary)))
    # Asked twice for the same items (fetch_each, then render_each): computed once a request.
    known = _memo(request).setdefault(("keys", prefix, context), {})
    keys = []
    for item in items:
        key = known.get(id(item), _MISSING)
        if key is _MISSING:
            own = item_key(item)
            # Hashed: an item's key may hold any text (a session's place), a key must not.
            digest = hashlib.blake2b(f"{context}{own}".encode(), digest_size=12).hexdigest()
            key = known[id(item)] = None if own is None else prefix + digest
        keys.append(key)
    return keys


_MISSING = object()


def block_key(request, name, vary):
    """The key of a named block of a template ({% shared_fragment %}), None for a preview."""
    if is_preview(request):
        return None
    return _keys(request, name, vary, [{"fragment_key": ""}])[0]


def fetch_keys(request, keys):
    """Read these pieces now, in one round trip (those read before are not read again)."""
    _read(request, [key for key in keys if key is not None])


def read(request, key):
    return _read(request, [key])[key] if key is not None else None


def write(request, key, html, timeout=TIMEOUT):
    if key is not None:
        cache.set(key, str(html), timeout=timeout)
        localcache.set(key, str(html))
        _memo(request)[key] = str(html)


def _memo(request):
    """The pieces read during this request: {key: html, or None when the cache had none}."""
    if request is None:
        return {}
    if not hasattr(request, "_fragments"):
        request._fragments = {}
    return request._fragments


def _read(request, keys):
    memo = _memo(request)
    unread = [key for key in keys if key is not None and key not in memo]
    if unread:
        found = localcache.get_many(unread)
        remote = [key for key in unread if key not in found]
        if remote:
            fetched = cache.get_many(remote)
            for key, value in fetched.items():
                localcache.set(key, value)
            found.update(fetched)
        memo.update({key: found.get(key) for key in unread})
    return {key: memo.get(key) for key in keys}


def fetch_each(context, template_name, items, vary=()):
    """Read the pieces of `items` now, in one round trip, for the `render_each` calls that
    follow (a calendar renders its lines month by month)."""
    request = context.get("request")
    _read(request, _keys(request, template_name, vary, items))


def render_each(context, template_name, items, name, vary=(), prepare=None, timeout=TIMEOUT):
    """The HTML of `template_name` rendered once per item of `items` (bound as `name` in the
    template's context), pieces from the shared cache where it has them."""
    items = list(items)
    if not items:
        return mark_safe("")
    request = context.get("request")
    keys = _keys(request, template_name, vary, items)
    found = _read(request, keys)
    missing = [item for item, key in zip(items, keys, strict=True) if found[key] is None]
    shown = {}
    if missing and prepare is not None:
        loaded = prepare(missing)
        if loaded is not None:  # what to render in place of each missing item
            shown = {id(item): obj for item, obj in zip(missing, loaded, strict=True)}
    template = context.template.engine.get_template(template_name) if missing else None
    fresh, parts = {}, []
    for item, key in zip(items, keys, strict=True):
        html = found[key]
        if html is None:
            with context.push({name: shown.get(id(item), item)}):
                html = template.render(context)
            if key is not None:
                fresh[key] = str(html)
        parts.append(html)
    if fresh:
        cache.set_many(fresh, timeout=timeout)
        for key, html in fresh.items():
            localcache.set(key, html)
        _memo(request).update(fresh)
    return mark_safe("".join(parts))  # noqa: S308 (rendered by our templates, escaped there)
