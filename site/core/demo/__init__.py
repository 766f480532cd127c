"""Demo content: a site a newcomer can click through, built from the data files of each app.

Each app keeps its content under `<app>/demo/data/` (Dutch and English side by side per item)
and small builders under `<app>/demo/`. `steps.DEMO_STEPS` is the one ordered list of what runs;
every step is idempotent (pages are found by slug, objects by a natural key), so `make demo`
twice changes nothing.
"""

from .pages import DemoContext, add_child, load_data, publish, terms, translate
from .site import build_home
from .steps import DEMO_STEPS, build_demo

__all__ = [
    "DEMO_STEPS",
    "DemoContext",
    "add_child",
    "build_demo",
    "build_home",
    "load_data",
    "publish",
    "terms",
    "translate",
]
