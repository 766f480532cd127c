"""The evidence page (whole for funders and editors, totals for everyone) and transparency."""

from django.shortcuts import render

from . import evidence as evidence_figures
from . import transparency as transparency_figures
from .access import is_funder_or_editor


def evidence(request):
    theme = request.GET.get("thema") or None
    rows = evidence_figures.ranking(theme=theme)
    whole = is_funder_or_editor(request.user)
    return render(
        request,
        "fund/evidence.html",
        {
            "rows": rows if whole else [],
            "whole": whole,
            "totals": evidence_figures.aggregates(rows),
            "theme": theme,
        },
    )


def transparency(request):
    return render(request, "fund/transparency.html", {"figures": transparency_figures.figures()})
