"""How each kind of content becomes a SearchDocument.

Taxonomy facets use the slug (the same in every language) as value and the term's name in
the page's language as label. Regions are expanded by `region_facets` (the reach rule).
"""

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import expand_db_html

from core.models.taxonomy import localized_terms as in_language

from .sources import SearchDocument, region_facets, taxonomy_facets

FUNDING_LABELS = {
    "free": _("Gratis"),
    "paid": _("Betaald"),
    "scheme": _("Te betalen uit een regeling"),
}
ACCREDITATION_RANKS = {"none": 0, "described": 1, "substantiated": 2, "proven": 3}
REACH_RANKS = {"local": 0, "regional": 1, "national": 2}


def field_text(instance, *names):
    """Plain text of the named fields (rich text and StreamFields included)."""
    parts = []
    for name in names:
        value = getattr(instance, name, None)
        if not value:
            continue
        field = instance._meta.get_field(name)
        if isinstance(field, StreamField):
            parts.extend(field.get_searchable_content(value))
        elif isinstance(field, RichTextField):
            parts.append(strip_tags(expand_db_html(value)))
        else:
            parts.append(str(value))
    return " ".join(" ".join(part.split()) for part in parts if part)


def localized_terms(page, relation):
    """The related taxonomy terms in the page's own language where a translation exists."""
    return in_language(getattr(page, relation).all(), page.locale)


def document_language(page):
    """A Dutch page nobody has translated yet is found in every language, as the listings
    show it; once translated, each language finds its own version."""
    from wagtail.models import Page

    language = page.locale.language_code
    if language != settings.LANGUAGE_CODE:
        return language
    translated = (
        Page.objects.filter(translation_key=page.translation_key, live=True, alias_of=None)
        .exclude(locale_id=page.locale_id)
        .exists()
    )
    return language if translated else ""


def page_document(page, kind, *, text_fields, **extra):
    facets = extra.pop("facets", [])
    return SearchDocument(
        language=document_language(page),
        kind=kind,
        title=page.title,
        url=page.url or "",
        summary=extra.pop("summary", None) or page.summary or "",
        body=field_text(page, *text_fields),
        published_at=page.first_published_at,
        facets=facets,
        **extra,
    )


def live(page):
    """Live, public and not an alias: an alias repeats its source page, which has its own entry."""
    return page.live and page.alias_of_id is None and not page.get_view_restrictions().exists()


def offer_document(page):
    if not live(page):
        return None
    from offers.models.offers import SchoolTime

    regions = list(page.regions.all())
    schemes = list(page.funding_schemes.live())
    funding = [("funding", "free" if page.is_free else "paid")]
    if schemes:
        funding.append(("funding", "scheme"))
    funding = [(name, value, FUNDING_LABELS[value]) for name, value in funding]
    school_time = {"during": ["during"], "after": ["after"], "both": ["during", "after"]}
    facets = [
        *taxonomy_facets("theme", localized_terms(page, "themes")),
        *taxonomy_facets("learning_area", localized_terms(page, "learning_areas")),
        *taxonomy_facets("goal", page.curriculum_goals.all(), value=lambda goal: goal.number),
        *taxonomy_facets("target_group", localized_terms(page, "target_groups")),
        *region_facets(regions),
        ("offer_type", page.offer_type, page.get_offer_type_display()),
        ("accreditation", page.accreditation_level, page.get_accreditation_level_display()),
        *[
            ("school_time", value, SchoolTime(value).label)
            for value in school_time.get(page.school_time, [])
        ],
        *funding,
        *[("scheme", scheme.slug, scheme.title) for scheme in schemes],
    ]
    return page_document(
        page,
        "offer",
        text_fields=("summary", "description", "replaces_text", "suitability_notes"),
        facets=facets,
        summary=page.summary,
        rating_average=float(page.rating_average) if page.rating_average is not None else None,
        rating_count=page.rating_count,
        # An offer nobody reviewed yet has the prior of the Bayesian average, like any offer
        # whose reviews were all removed.
        rating_score=page.rating_score if page.rating_count else settings.REVIEW_PRIOR_MEAN,
        accreditation_rank=ACCREDITATION_RANKS.get(page.accreditation_level, 0),
        reach_rank=REACH_RANKS.get(page.reach, 2),
        is_national=page.reach == "national",
        has_dates=page.sessions.exists(),
        payable_from_scheme=bool(schemes),
    )


def funding_document(page):
    if not live(page):
        return None
    facets = [
        *taxonomy_facets("theme", localized_terms(page, "themes")),
        *region_facets(page.regions.all()),
    ]
    return page_document(
        page,
        "funding",
        text_fields=("funder_name", "summary", "description"),
        facets=facets,
        summary=page.summary,
        reach_rank=REACH_RANKS.get(page.reach, 2),
        is_national=page.reach == "national",
    )


def best_practice_document(page):
    if not live(page):
        return None
    from bestpractices.models.best_practices import STRENGTHS

    facets = [
        *taxonomy_facets("theme", localized_terms(page, "themes")),
        *taxonomy_facets("target_group", localized_terms(page, "target_groups")),
        *region_facets(page.regions.all()),
        *[("strength", flag.value, flag.label) for flag in STRENGTHS if getattr(page, flag.field)],
    ]
    return page_document(
        page,
        "bestpractice",
        text_fields=(
            "organisation_name",
            "goal",
            "how_it_works",
            "what_it_brings",
            "success_conditions",
            "barriers_starting",
            "barriers_lasting",
            "body",
        ),
        facets=facets,
        summary=page.summary or Truncator(page.goal).words(40),
        is_national=page.is_national,
        reach_rank=2 if page.is_national else 1,
    )


def ontwikkelplek_document(page):
    if not live(page):
        return None
    regions = [page.municipality] if page.municipality_id else []
    facets = [*taxonomy_facets("theme", localized_terms(page, "themes")), *region_facets(regions)]
    return page_document(
        page,
        "story",
        text_fields=("intro", "initiator", "schools", "partners", "story"),
        facets=facets,
        summary=page.summary or page.intro,
    )


def story_update_document(page):
    if not live(page):
        return None
    place = page.get_parent().specific
    regions = [place.municipality] if getattr(place, "municipality_id", None) else []
    facets = [*taxonomy_facets("theme", localized_terms(place, "themes")), *region_facets(regions)]
    return page_document(
        page,
        "story",
        text_fields=("intro", "body"),
        facets=facets,
        summary=page.summary or page.intro,
    )


def discussion_document(discussion):
    if discussion.is_removed:
        return None
    theme = discussion.theme
    return SearchDocument(
        language="",  # members write in either language; found from both
        kind="discussion",
        title=discussion.title,
        url=discussion.get_absolute_url(),
        summary=Truncator(discussion.body).words(40),
        body=discussion.body,
        published_at=discussion.created,
        facets=taxonomy_facets("theme", [theme]),
        is_national=True,  # a conversation is not tied to a place
        reach_rank=2,
    )


def site_labels(language):
    """{facet name: {value: label}} for the values the site names itself (taxonomy and
    choices), in `language`: entries found in every language were written with Dutch labels."""
    from bestpractices.models.best_practices import STRENGTHS
    from core.models import LearningArea, TargetGroup, Theme
    from offers.models.offers import AccreditationLevel, OfferType, SchoolTime

    labels = {
        name: dict(model.objects.filter(locale__language_code=language).values_list("slug", "name"))
        for name, model in (
            ("theme", Theme),
            ("learning_area", LearningArea),
            ("target_group", TargetGroup),
        )
    }
    with translation.override(language):
        choices = {
            "funding": FUNDING_LABELS.items(),
            "offer_type": OfferType.choices,
            "accreditation": AccreditationLevel.choices,
            "school_time": SchoolTime.choices,
            "strength": [(flag.value, flag.label) for flag in STRENGTHS],
        }
        labels.update(
            {name: {value: str(label) for value, label in pairs} for name, pairs in choices.items()}
        )
    return labels
