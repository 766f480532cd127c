"""Why an offer fits a need: short labelled reasons (theme, goals, reach, dates, cost, ...)."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.models import Region
from core.models.taxonomy import localized_terms
from core.money import euro
from offers.conditions import paying_schemes, reaching_regions, within_budget
from offers.models import AccreditationLevel, PriceUnit, Reach, SchoolTime

from .fit import fit_of


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


def explain(ctx, offer, fit=None):
    """Why this offer fits the need, as a short list of Reasons: first what it shares with
    the need (goals, learning areas, themes: the order of the ranking), then the practical
    matters."""
    fit = fit or fit_of(ctx, offer)
    reasons = []
    if fit.goals:
        reasons.append(goals_reason(fit.goals))
    if fit.learning_areas:
        reasons.append(Reason(_("Leergebied"), _names(fit.learning_areas)))
    if fit.themes:
        reasons.append(Reason(_("Thema"), _names(fit.themes)))
    elif fit.other_theme and ctx.theme_slugs:
        reasons.append(other_theme_reason(fit, offer))
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


def goals_reason(goals):
    """The shared kerndoelen by number and short name, in the visitor's language."""
    goals = localized_terms(goals)
    if len(goals) == 1:
        names = goals[0].label
    else:
        names = "; ".join(f"{goal.number} {goal.label}" for goal in goals)
    text = ngettext(
        "Werkt aan kerndoel %(goals)s uit uw hulpvraag: %(names)s",
        "Werkt aan de kerndoelen %(goals)s uit uw hulpvraag: %(names)s",
        len(goals),
    ) % {"goals": ", ".join(str(goal.number) for goal in goals), "names": names}
    return Reason(_("Kerndoelen"), text)


def other_theme_reason(fit, offer):
    """An offer found through the need's goals or learning areas, on another theme."""
    themes = _names(offer.themes.all())
    if fit.goals:
        text = _("Ander thema dan uw hulpvraag (%(themes)s), maar het werkt aan uw kerndoelen")
    else:
        text = _("Ander thema dan uw hulpvraag (%(themes)s), maar het past bij uw leergebied")
    return Reason(_("Thema"), text % {"themes": themes or "–"}, positive=False)


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
    if offer.price_unit == PriceUnit.PER_PUPIL:
        # What the school pays for its group, beside the price per pupil.
        pupils = ctx.need.group_size
        price = _("%(price)s, %(total)s voor %(pupils)s leerlingen") % {
            "price": price,
            "total": euro(offer.price_for(pupils)),
            "pupils": pupils,
        }
    if budget is not None and within_budget(ctx, offer):
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
    if budget is not None:
        return Reason(
            _("Kosten"),
            _("%(price)s; boven uw budget van %(budget)s")
            % {"price": price, "budget": euro(budget)},
            positive=False,
        )
    return Reason(_("Kosten"), price)
