"""Slots in shared templates that the apps above fill in.

A template of a lower floor (the site's base template, an offer page) must not load the tag
library of an app above it: that would make it know that app. Instead it names a slot:

    {% load core_tags %}{% sections "offer_page_end" page %}

and each app that has something to show there registers, in its AppConfig.ready:

    sections.register("offer_page_end", "community/reviews/offer_reviews.html", get_context)

`get_context(context, *args, **kwargs)` receives the template's context and the tag's
arguments and returns the variables of its template, or None to show nothing.

`fragment_key(context, *args, **kwargs)`, when given, says when the part is the same for
everyone who gets that key (a visitor's copy of an offer's reviews): it is then kept in the
shared cache under the site's version (core.fragments), and `get_context` runs only when the
cache lacks it. None: rendered for this request alone. Parts render in
the order the apps registered them (the order of INSTALLED_APPS).
"""

_slots = {}


def register(slot, template_name, get_context, fragment_key=None):
    entries = _slots.setdefault(slot, [])
    entry = (template_name, get_context, fragment_key)
    if entry not in entries:  # ready() may run twice in tests
        entries.append(entry)


def entries(slot):
    return list(_slots.get(slot, ()))
