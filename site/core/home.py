"""What the home page shows besides its own fields: the top tasks and panels that apps add.

Core imports no app, so apps hand in their part through the Wagtail hook
`register_home_content`: a callable (request, home_page) -> {"tasks": [...], "panels": [...]}.
A task is {"order", "title", "text", "url"}; a panel is {"order", "template", ...} rendered with
its own template. Each part must run a fixed, small number of queries.

A panel that names a `fragment_key` (what its HTML depends on besides the language and the
site's version: the visitor's region, a tag's version) is kept in the shared cache for
`PANEL_SECONDS` (core.fragments), and may then give its variables as `load`, a callable
returning them, called only when the cache lacks it.
"""

from wagtail import hooks

HOOK = "register_home_content"


# As long as the anonymous page cache keeps a page: the next dates go stale with time alone.
PANEL_SECONDS = 600


def load_panels(panels):
    """The variables of the panels the cache lacks, from their `load`."""
    for panel in panels:
        load = panel.pop("load", None)
        if load is not None:
            panel.update(load())


load_panels.do_not_call_in_templates = True


def home_content(request, home):
    tasks, panels = [], []
    for part in hooks.get_hooks(HOOK):
        content = part(request, home) or {}
        tasks += content.get("tasks", [])
        panels += content.get("panels", [])
    return {
        "top_tasks": sorted(tasks, key=lambda task: task["order"]),
        "home_panels": sorted(panels, key=lambda panel: panel["order"]),
        "load_panels": load_panels,
        "panel_seconds": PANEL_SECONDS,
    }
