"""Demo content of this app: best practices and the four Ontwikkelplekken from the seeds.

Facts (names, places, partners) come from the founding documents; the sentences are our own.
The content is in `data/*.json`, Dutch and English side by side per item.
"""

from .builders import build, build_best_practices, build_ontwikkelplekken

__all__ = ["build", "build_best_practices", "build_ontwikkelplekken"]
