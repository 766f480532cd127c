"""The quarterly report as PDF, kept reports and the trends since the last one."""

import re
import zlib
from datetime import date

from django.urls import reverse

from ..models import QuarterReport, Visit
from ..queries import quarter_figures
from ..report import previous_report, render_pdf, snapshot, trends
from ..views import dashboard
from .test_dashboard import SECRET


def pdf_title(pdf):
    """The document title in a PDF's metadata (WeasyPrint keeps it in a compressed object
    stream, as UTF-16 in hex)."""
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            data = zlib.decompress(stream)
        except zlib.error:
            continue
        found = re.search(rb"/Title <(?:feff|FEFF)([0-9a-fA-F]+)>", data)
        if found:
            return bytes.fromhex(found.group(1).decode()).decode("utf-16-be")
    return ""


def test_pdf_is_a_pdf_with_the_programme_and_no_reflections(
    client, route, programme, lead, monkeypatch
):
    Visit.objects.create(
        route=route,
        status="final",
        date=date(2026, 11, 2),
        notes=SECRET,
        reflection_direction=SECRET,
        reflection_people=SECRET,
        reflection_organisation=SECRET,
    )
    printed = []

    def spy(html, base_url):
        printed.append(html)
        return render_pdf(html, base_url)

    monkeypatch.setattr(dashboard, "render_pdf", spy)
    client.force_login(lead)
    response = client.get(reverse("routes:report_pdf", args=[programme.pk]) + "?kwartaal=2026-4")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pdf = response.content
    assert pdf.startswith(b"%PDF")
    assert "Gelijke kansen: 50 scholen, 2026–2030" in pdf_title(pdf)
    [html] = printed
    assert "Gelijke kansen: 50 scholen, 2026–2030" in html
    assert "<svg" in html and "Scholen per fase" in html
    assert SECRET not in html and SECRET.encode() not in pdf


def test_making_the_pdf_keeps_the_quarter(client, route, programme, lead):
    client.force_login(lead)
    url = reverse("routes:report_pdf", args=[programme.pk])
    client.get(url + "?kwartaal=2026-3")
    client.get(url + "?kwartaal=2026-3")
    [kept] = QuarterReport.objects.all()
    assert (kept.year, kept.quarter) == (2026, 3)
    assert kept.figures["total"] == 1
    assert kept.figures["by_phase"]["kickoff"] == 1
    # The next quarter's page compares with it.
    body = client.get(
        reverse("routes:report", args=[programme.pk]) + "?kwartaal=2026-4"
    ).content.decode()
    assert "2026, kwartaal 3" in body


def test_trends_from_constructed_data(route, programme):
    QuarterReport.objects.create(
        programme=programme,
        year=2026,
        quarter=2,
        figures={
            "total": 3,
            "by_phase": {"kickoff": 3},
            "by_region": {"Amsterdam": 1, "Utrecht": 2},
            "visits_done": 0,
            "visits_planned": 1,
            "visits_in_quarter": 0,
            "milestones_done": 0,
            "overdue": 4,
        },
    )
    # An older one is not the one compared with, nor is a later one.
    QuarterReport.objects.create(programme=programme, year=2025, quarter=4, figures={"total": 9})
    QuarterReport.objects.create(programme=programme, year=2027, quarter=1, figures={"total": 7})
    Visit.objects.create(route=route, status="final", date=date(2026, 9, 20), mode="video")
    previous = previous_report(programme, 2026, 3)
    assert (previous.year, previous.quarter) == (2026, 2)
    current = snapshot(quarter_figures(programme, 2026, 3))
    rows = {
        label: (now, before, change)
        for label, now, before, change in trends(current, previous.figures)
    }
    assert rows["Scholen in het programma"] == (1, 3, -2)
    assert rows["Bezoeken in het kwartaal"] == (1, 0, 1)
    assert rows["Fase: Kick-off"] == (1, 3, -2)
    region = next(label for label in rows if label.startswith("Regio: ") and rows[label][0] == 1)
    assert rows["Regio: Utrecht"] == (0, 2, -2)
    assert rows[region][0] == 1
    assert trends(current, None) == []


def test_report_pdf_is_for_leads_only(
    client, route, programme, coordinator, school_member, stranger
):
    url = reverse("routes:report_pdf", args=[programme.pk])
    for user in (coordinator, school_member, stranger):
        client.force_login(user)
        assert client.get(url).status_code == 403
    assert not QuarterReport.objects.exists()
