"""Loops in the project's import graph, found with grimp (the library import-linter uses).

    PYTHONPATH=site:. .venv/bin/python bench/import_graph.py

Two reports; both must be empty (the exit status is 1 otherwise). Every import statement
counts, at the top of a module or inside a function (an import moved into a function to dodge
a circle is still a circle); tests and migrations are left out.

1. Loops between apps and sub-apps: each import between two modules becomes an edge between
   their units (schools, core, search, community, offers, offers.bookings, offers.needs, ...).
   An app's entry points, which Django or the worker find by name (urls, tasks, management
   commands, template tag libraries, wagtail_hooks, apps) and no other module of the app
   imports, are a unit of their own on top of the app: they may wire in the app's sub-apps.
2. Loops between modules.
"""

import sys
from collections import defaultdict

import grimp

PACKAGES = ["config", "core", "serving", "schools", "search", "community", "offers"]
PACKAGES += ["bestpractices"]
SUB_APPS = ["offers.bookings", "offers.needs", "offers.routes", "offers.fund"]
SUB_APPS += ["community.events", "community.networks"]
ENTRY_POINTS = {"urls", "tasks", "management", "templatetags", "wagtail_hooks", "apps"}


def unit_of(module, entry_points=frozenset()):
    for sub in SUB_APPS:
        if module == sub or module.startswith(sub + "."):
            return sub
    app = module.split(".")[0]
    return f"{app} (entry points)" if module in entry_points else app


def find_entry_points(graph, modules):
    """Modules named like entry points that nothing else in their app imports."""
    named = {m for m in modules if len(m.split(".")) > 1 and m.split(".")[1] in ENTRY_POINTS}
    imported = set()
    for importer in modules - named:
        imported |= graph.find_modules_directly_imported_by(importer)
    return named - imported


def left_out(module):
    parts = module.split(".")
    return "tests" in parts or "migrations" in parts or parts[-1] == "conftest"


def strongly_connected(nodes, edges):
    """Tarjan's algorithm: the groups of more than one node that reach each other."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            groups.append(group)

    sys.setrecursionlimit(10000)
    for node in sorted(nodes):
        if node not in index:
            visit(node)
    return [group for group in groups if len(group) > 1]


def main():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    modules = {module for module in graph.modules if not left_out(module)}
    entry_points = find_entry_points(graph, modules)
    unit_edges, module_edges, why = defaultdict(set), defaultdict(set), defaultdict(list)
    for importer in modules:
        for imported in graph.find_modules_directly_imported_by(importer) & modules:
            module_edges[importer].add(imported)
            source = unit_of(importer, entry_points)
            target = unit_of(imported, entry_points)
            if source != target:
                unit_edges[source].add(target)
                why[(source, target)].append(f"{importer} -> {imported}")

    units = {unit_of(module, entry_points) for module in modules}
    loops = 0
    for group in strongly_connected(units, unit_edges):
        loops += 1
        print("Loop between apps:", " <-> ".join(sorted(group)))
        for source in sorted(group):
            for target in sorted(unit_edges[source] & group):
                for line in sorted(why[(source, target)]):
                    print("   ", line)
    for group in strongly_connected(modules, module_edges):
        loops += 1
        print("Loop between modules:", " <-> ".join(sorted(group)))
    if not loops:
        print(f"No loops: {len(units)} apps, sub-apps and entry points; {len(modules)} modules.")
    return 1 if loops else 0


if __name__ == "__main__":
    sys.exit(main())
