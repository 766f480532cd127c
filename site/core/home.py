"""What the home page shows besides its own fields: the top tasks and panels that apps add.

Core imports no app, so apps hand in their part through the Wagtail hook
`register_home_content`: a callable (request, home_page) -> {"tasks": [...], "panels": [...]}.
A task is {"order", "title", "text", "url"}; a panel is {"order", "template", ...} rendered with
its own template. Each part must run a fixed, small number of queries.
"""

from wagtail import hooks

HOOK = "register_home_content"


def home_content(request, home):
    tasks, panels = [], []
    for part in hooks.get_hooks(HOOK):
        content = part(request, home) or {}
        tasks += content.get("tasks", [])
        panels += content.get("panels", [])
    return {
        "top_tasks": sorted(tasks, key=lambda task: task["order"]),
        "home_panels": sorted(panels, key=lambda panel: panel["order"]),
    }
