"""Suggested leermeester–gezel pairs, ranked, each with the reasons a broker reads.

Points: 3 per shared theme; 2 when the leermeester's school is further along (a higher phase);
travel: 3 for the same municipality, 1 for the same province; 1 per overlapping half-day.
A leermeester without capacity left (open pairs count) and pairs that already exist are left
out; a pair with no shared theme is not suggested at all.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.models.taxonomy import localized_terms

from .pairs import Pair, PairingProfile

OPEN = ["proposed", "accepted", "active"]


@dataclass
class Suggestion:
    master: PairingProfile
    apprentice: PairingProfile
    score: int = 0
    reasons: list = field(default_factory=list)


def _profiles(role):
    return list(
        PairingProfile.objects.filter(role=role, user__is_active=True)
        .select_related("user__profile", "municipality")
        .prefetch_related("themes")
    )


def score(master, apprentice):
    suggestion = Suggestion(master, apprentice)
    shared = [t for t in master.themes.all() if t in set(apprentice.themes.all())]
    if not shared:
        return None
    names = ", ".join(term.name for term in localized_terms(shared))
    suggestion.score += 3 * len(shared)
    suggestion.reasons.append(_("Gedeelde thema's: %(themes)s") % {"themes": names})
    if master.phase > apprentice.phase:
        suggestion.score += 2
        suggestion.reasons.append(
            _("De leermeester is verder (fase %(master)s, de gezel fase %(apprentice)s)")
            % {"master": master.phase, "apprentice": apprentice.phase}
        )
    here, there = master.municipality, apprentice.municipality
    if here and there and here.pk == there.pk:
        suggestion.score += 3
        suggestion.reasons.append(_("Zelfde gemeente: %(place)s") % {"place": here.name})
    elif here and there and here.province_id and here.province_id == there.province_id:
        suggestion.score += 1
        suggestion.reasons.append(_("Zelfde provincie"))
    overlap = master.half_day_set & apprentice.half_day_set
    if overlap:
        suggestion.score += len(overlap)
        suggestion.reasons.append(
            ngettext(
                "%(count)s gezamenlijk dagdeel beschikbaar",
                "%(count)s gezamenlijke dagdelen beschikbaar",
                len(overlap),
            )
            % {"count": len(overlap)}
        )
    return suggestion


def suggest(limit=20):
    open_pairs = list(Pair.objects.filter(status__in=OPEN).values_list("master", "apprentice"))
    taken = {}
    for master_pk, _apprentice in open_pairs:
        taken[master_pk] = taken.get(master_pk, 0) + 1
    existing = set(open_pairs)
    suggestions = []
    for master in _profiles(PairingProfile.Role.MASTER):
        left = master.capacity - taken.get(master.user_id, 0)
        if left <= 0:
            continue
        for apprentice in _profiles(PairingProfile.Role.APPRENTICE):
            if (master.user_id, apprentice.user_id) in existing:
                continue
            found = score(master, apprentice)
            if found is not None:
                found.reasons.append(
                    ngettext(
                        "Nog plaats voor %(count)s gezel",
                        "Nog plaats voor %(count)s gezellen",
                        left,
                    )
                    % {"count": left}
                )
                suggestions.append(found)
    suggestions.sort(key=lambda s: (-s.score, s.master.user_id, s.apprentice.user_id))
    return suggestions[:limit]
