"""The quarterly report: figures kept per quarter, trends since the last kept report, bar charts
as inline SVG, and the PDF made by WeasyPrint from the same HTML as the print page.

Only counts go into a kept report (no names of people, no text a school wrote).
"""

import logging
import mimetypes
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.db.models import Q
from django.utils.translation import gettext as _

from .models import QuarterReport
from .models.programmes import PhaseKey


def snapshot(figures):
    """The figures of `quarter_figures` as plain counts, ready to be kept as JSON."""
    by_region = {region: sum(counts.values()) for region, counts in figures["by_region"].items()}
    return {
        "total": len(figures["routes"]),
        "by_phase": {key: figures["by_phase"].get(key, 0) for key in PhaseKey.values},
        "by_region": dict(sorted(by_region.items())),
        "visits_done": figures["visits_done"],
        "visits_planned": figures["visits_planned"],
        "visits_in_quarter": figures["visits_in_quarter"],
        "milestones_done": figures["milestones_done"],
        "overdue": len(figures["overdue"]),
    }


def keep(programme, year, quarter, figures):
    """Stores (or brings up to date) the quarter's report; returns it."""
    report, _created = QuarterReport.objects.update_or_create(
        programme=programme, year=year, quarter=quarter, defaults={"figures": figures}
    )
    return report


def previous_report(programme, year, quarter):
    """The last kept report of a quarter before this one, or None."""
    return (
        programme.reports.filter(Q(year__lt=year) | Q(year=year, quarter__lt=quarter))
        .order_by("-year", "-quarter")
        .first()
    )


def _change(now, before):
    if before is None:
        return None
    return now - before


def trends(current, previous):
    """Rows (label, now, before, change) comparing two snapshots; `before` and `change` are None
    for figures the previous report did not have."""
    if previous is None:
        return []
    rows = [
        (_("Scholen in het programma"), "total"),
        (_("Bezoeken vastgelegd (totaal)"), "visits_done"),
        (_("Bezoeken gepland tot dan"), "visits_planned"),
        (_("Bezoeken in het kwartaal"), "visits_in_quarter"),
        (_("Mijlpalen afgerond in het kwartaal"), "milestones_done"),
        (_("Achterstallige mijlpalen"), "overdue"),
    ]
    result = [
        (
            label,
            current.get(key, 0),
            previous.get(key),
            _change(current.get(key, 0), previous.get(key)),
        )
        for label, key in rows
    ]
    before_phase = previous.get("by_phase", {})
    for key, label in PhaseKey.choices:
        now = current["by_phase"].get(key, 0)
        before = before_phase.get(key, 0) if before_phase else None
        result.append((_("Fase: %(phase)s") % {"phase": label}, now, before, _change(now, before)))
    before_region = previous.get("by_region", {})
    for region in sorted(set(current["by_region"]) | set(before_region)):
        now = current["by_region"].get(region, 0)
        before = before_region.get(region, 0)
        result.append((_("Regio: %(region)s") % {"region": region}, now, before, now - before))
    return result


# Bar charts: drawn in a 600-wide box that scales with the page (phone, print, PDF).
CHART_WIDTH, LABEL_WIDTH, BAR_HEIGHT, GAP = 600, 245, 18, 8


def bar_chart(title, rows, colour="#1f5f8b"):
    """An inline SVG bar chart's geometry: rows of (label, value)."""
    most = max([value for _label, value in rows] + [1])
    span = CHART_WIDTH - LABEL_WIDTH - 50
    bars = []
    for index, (label, value) in enumerate(rows):
        y = index * (BAR_HEIGHT + GAP)
        width = round(span * value / most)
        bars.append(
            {
                "label": label,
                "value": value,
                "y": y,
                "text_y": y + BAR_HEIGHT - 4,
                "width": width,
                "value_x": LABEL_WIDTH + width + 6,
            }
        )
    return {
        "title": title,
        "bars": bars,
        "colour": colour,
        "width": CHART_WIDTH,
        "height": max(len(rows), 1) * (BAR_HEIGHT + GAP),
        "bar_x": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
    }


def report_charts(figures, snap):
    return [
        bar_chart(
            _("Scholen per fase"),
            [(label, snap["by_phase"].get(key, 0)) for key, label in PhaseKey.choices],
        ),
        bar_chart(_("Scholen per regio"), list(snap["by_region"].items()), colour="#2d6a4f"),
        bar_chart(
            _("Bezoeken: vastgelegd en gepland"),
            [
                (_("Vastgelegd"), figures["visits_done"]),
                (_("Gepland tot eind kwartaal"), figures["visits_planned"]),
            ],
            colour="#7a4a00",
        ),
    ]


def _static_file(path):
    name = path[len(settings.STATIC_URL) :]
    if ".." in name.split("/"):
        return None
    found = finders.find(name)
    if found:
        return Path(found)
    kept = Path(settings.STATIC_ROOT) / name
    return kept if kept.is_file() else None


def render_pdf(html, base_url):
    """The PDF of an HTML page. Only the site's own static files are read (from disk): WeasyPrint
    makes no network request, not even to this site."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticOnly(URLFetcher):
        def fetch(self, url, headers=None):
            path = urlsplit(url).path
            found = _static_file(path) if path.startswith(settings.STATIC_URL) else None
            if found is None:
                raise ValueError(f"not fetched: {url}")
            mime = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, found.read_bytes(), {"Content-Type": mime})

    # The site's stylesheet has screen rules WeasyPrint does not know; they are not errors.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    return HTML(string=html, base_url=base_url, url_fetcher=StaticOnly()).write_pdf()
