"""Loops in the project's import graph, found with grimp (the library import-linter uses).

    PYTHONPATH=site:. .venv/bin/python bench/import_graph.py

Two reports, both must be empty (the exit status is 1 otherwise):

1. Loops between apps and sub-apps: every import between two modules of the project (at the
   top of a module or inside a function; tests and migrations left out) becomes an edge
   between their units (schools, core, search, community, offers, offers.bookings,
   offers.needs, ...); a strongly connected group of more than one unit is a loop.
2. Loops between modules through imports at the top of a module (what Python runs when the
   module is first imported, so the order of imports decides whether the program starts).
"""

import sys
from collections import defaultdict
from pathlib import Path

import grimp

PACKAGES = ["config", "core", "serving", "schools", "search", "community", "offers", "bestpractices"]
# Sub-apps that count as units of their own.
SUB_APPS = ["offers.bookings", "offers.needs"]
ROOT = Path(__file__).resolve().parent.parent


def unit_of(module):
    for sub in SUB_APPS:
        if module == sub or module.startswith(sub + "."):
            return sub
    return module.split(".", 1)[0]


def left_out(module):
    parts = module.split(".")
    return "tests" in parts or "migrations" in parts or parts[-1] == "conftest"


def strongly_connected(nodes, edges):
    """Tarjan's algorithm: the groups of nodes that reach each other."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
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


def source_path(module):
    base = ROOT / ("site" if module.split(".")[0] in {"config", "core", "serving", "schools"} else "")
    path = base.joinpath(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def top_level(graph, importer, imported):
    """True when one of the lines importing `imported` in `importer` is not indented."""
    lines = source_path(importer).read_text().splitlines()
    for detail in graph.get_import_details(importer=importer, imported=imported):
        line = lines[detail["line_number"] - 1]
        if line and not line[0].isspace():
            return True
        # A name list continued inside parentheses: look back to the statement's first line.
        number = detail["line_number"] - 1
        while number > 0 and lines[number].startswith("    ") and "import" not in lines[number]:
            number -= 1
        if lines[number] and not lines[number][0].isspace() and lines[number].rstrip().endswith("("):
            return True
    return False


def main():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    modules = [module for module in graph.modules if not left_out(module)]
    unit_edges, why = defaultdict(set), defaultdict(list)
    module_edges = defaultdict(set)
    for importer in modules:
        for imported in graph.find_modules_directly_imported_by(importer):
            if left_out(imported):
                continue
            source, target = unit_of(importer), unit_of(imported)
            if source != target:
                unit_edges[source].add(target)
                why[(source, target)].append(f"{importer} -> {imported}")
            if top_level(graph, importer, imported):
                module_edges[importer].add(imported)

    failed = False
    units = set(unit_edges) | {t for targets in unit_edges.values() for t in targets}
    for group in strongly_connected(units, unit_edges):
        failed = True
        print("Loop between apps:", " <-> ".join(sorted(group)))
        for source in sorted(group):
            for target in sorted(unit_edges[source] & group):
                for line in sorted(why[(source, target)]):
                    print("   ", line)
    for group in strongly_connected(set(modules), module_edges):
        # A package importing its own submodules in __init__ is how packages work, not a loop.
        if all(module.startswith(min(group, key=len) + ".") or module == min(group, key=len) for module in group) and len(group) == 2:
            continue
        failed = True
        print("Loop between modules (top-level imports):", " <-> ".join(sorted(group)))
    if not failed:
        print(f"No loops: {len(units)} apps and sub-apps, {len(modules)} modules.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
