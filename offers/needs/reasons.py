"""Why an offer fits a need: short labelled reasons (theme, goals, reach, dates, cost, ...)."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.models import Region
from core.models.taxonomy import localized_terms
from core.money import euro
from offers.models import AccreditationLevel, Reach, SchoolTime

from .conditions import paying_schemes, reaching_regions


@dataclass
class Reason:
    label: str
    text: str
    positive: bool = True


def _names(terms):
    return ", ".join(str(term.name) for term in localized_terms(terms))


def sessions_in_period(ctx, offer):
    """Sessions in the need's period that are still to come: a past one is not offered."""
    first, last = ctx.period
    now = timezone.now()
    return sorted(
        (
            session
            for session in offer.sessions.all()
            if first <= timezone.localtime(session.start).date() <= last and session.end >= now
        ),
        key=lambda session: session.start,
    )


def explain(ctx, offer):
    """Why this offer fits the need, as a short list of Reasons."""
    reasons = []
    themes = [term for term in offer.themes.all() if term.slug in ctx.theme_slugs]
    if themes:
        reasons.append(Reason(_("Thema"), _names(themes)))
    goals = sorted(
        (goal for goal in offer.curriculum_goals.all() if goal.number in ctx.goal_numbers),
        key=lambda goal: goal.number,
    )
    if goals:
        reasons.append(
            Reason(
                _("Kerndoelen"),
                ngettext(
                    "Werkt aan kerndoel %(goals)s uit uw hulpvraag",
                    "Werkt aan de kerndoelen %(goals)s uit uw hulpvraag",
                    len(goals),
                )
                % {"goals": ", ".join(str(goal.number) for goal in goals)},
            )
        )
    areas = [term for term in offer.learning_areas.all() if term.slug in ctx.learning_area_slugs]
    if areas:
        reasons.append(Reason(_("Leergebied"), _names(areas)))
    reasons.append(Reason(_("Bereik"), reach_text(ctx, offer)))
    groups = [term for term in offer.target_groups.all() if term.slug in ctx.target_group_slugs]
    if groups:
        reasons.append(Reason(_("Doelgroep"), _names(groups)))
    reasons.append(dates_reason(ctx, offer))
    school_time = school_time_reason(ctx, offer)
    if school_time:
        reasons.append(school_time)
    reasons.append(cost_reason(ctx, offer))
    paying = paying_schemes(ctx, offer)
    if paying:
        reasons.append(
            Reason(
                _("Regeling"),
                _("Te betalen uit uw regeling: %(schemes)s")
                % {"schemes": ", ".join(scheme.title for scheme in paying)},
            )
        )
    if offer.rating_count:
        reasons.append(
            Reason(
                _("Beoordeling"),
                ngettext(
                    "%(average)s van 5, uit %(count)s beoordeling door scholen",
                    "%(average)s van 5, uit %(count)s beoordelingen door scholen",
                    offer.rating_count,
                )
                % {
                    "average": number_format(offer.rating_average, 1),
                    "count": offer.rating_count,
                },
            )
        )
    if offer.accreditation_level != AccreditationLevel.NONE:
        reasons.append(Reason(_("Erkenning"), offer.get_accreditation_level_display()))
    return reasons


def region_name(region):
    if region.kind == Region.Kind.PROVINCE:
        return _("provincie %(name)s") % {"name": region.name}
    return region.name


def reach_text(ctx, offer):
    place = ctx.municipality.name if ctx.municipality else ""
    if offer.reach == Reach.NATIONAL:
        return _("Landelijk aanbod")
    names = ", ".join(region_name(region) for region in reaching_regions(ctx, offer))
    if offer.reach == Reach.LOCAL:
        if place:
            return _("Lokaal aanbod in uw gemeente %(place)s") % {"place": place}
        return _("Lokaal aanbod")
    if names:
        return _("Regionaal aanbod voor %(regions)s, waar uw school in ligt") % {"regions": names}
    return _("Regionaal aanbod")


def dates_reason(ctx, offer):
    first, last = ctx.period
    period = {"start": date_format(first, "j F Y"), "end": date_format(last, "j F Y")}
    sessions = sessions_in_period(ctx, offer)
    if sessions:
        text = ngettext(
            "%(count)s datum tussen %(start)s en %(end)s; de eerste is %(first)s",
            "%(count)s data tussen %(start)s en %(end)s; de eerste is %(first)s",
            len(sessions),
        ) % {
            **period,
            "count": len(sessions),
            "first": date_format(timezone.localtime(sessions[0].start), "j F Y"),
        }
        return Reason(_("Data"), text)
    if offer.on_request:
        return Reason(_("Data"), _("Op aanvraag: u spreekt zelf een datum af"))
    return Reason(
        _("Data"), _("Geen geplande data tussen %(start)s en %(end)s") % period, positive=False
    )


def school_time_reason(ctx, offer):
    wanted = ctx.need.school_time
    if wanted == "either":
        return None
    if offer.school_time == SchoolTime.BOTH or offer.school_time == wanted:
        return Reason(_("Wanneer"), offer.get_school_time_display())
    return Reason(_("Wanneer"), offer.get_school_time_display(), positive=False)


def cost_reason(ctx, offer):
    budget = ctx.need.budget
    if offer.is_free:
        return Reason(_("Kosten"), _("Gratis"))
    if offer.price is None:
        return Reason(_("Kosten"), _("Prijs op aanvraag"))
    price = offer.price_text
    if budget is not None and offer.price <= budget:
        return Reason(
            _("Kosten"),
            _("%(price)s, binnen uw budget van %(budget)s")
            % {"price": price, "budget": euro(budget)},
        )
    paying = paying_schemes(ctx, offer)
    if paying and (budget is not None or ctx.need.only_free_or_funded):
        text = _("%(price)s; boven uw budget, maar te betalen uit %(schemes)s") % {
            "price": price,
            "schemes": ", ".join(scheme.title for scheme in paying),
        }
        if ctx.need.only_free_or_funded:
            text = _("%(price)s, te betalen uit %(schemes)s") % {
                "price": price,
                "schemes": ", ".join(scheme.title for scheme in paying),
            }
        return Reason(_("Kosten"), text)
    return Reason(_("Kosten"), price)
