"""Ranking signals, shared by both engines so that they order results the same way.

final score = relevance
              × (1 + ACCREDITATION × accreditation_rank)        accreditation level 0..3
              × (1 + RATING × rating_score / 5)                  Bayesian average 0..5
              × REACH[reach_rank]        only when a region filter is set: local first
              × FUNDING                  when funding is needed and a scheme can pay
              × NO_DATES                 offers without planned dates come lower
"""

from django.db.models import Case, F, FloatField, Value, When

# The ranking signals: SearchEntry columns, each with the value of an entry that does not
# set it. Content apps declare which ones their documents set (search.declarations); the
# snapshot, the database engine and the index writer read this one list.
SIGNALS = {
    "rating_average": None,
    "rating_count": 0,
    "rating_score": 0,
    "accreditation_rank": 0,
    "reach_rank": 0,
    "is_national": False,
    "has_dates": True,
    "payable_from_scheme": False,
}

ACCREDITATION = 0.15
RATING = 0.3
REACH = (1.3, 1.15, 1.0)
FUNDING = 1.25
NO_DATES = 0.85


def boost(entry, *, region_filtered, needs_funding):
    """The multiplier for one entry (an object or dict with the SearchEntry signal fields)."""
    if isinstance(entry, dict):
        get = lambda name: entry.get(name, SIGNALS[name])  # noqa: E731
    else:
        get = lambda name: getattr(entry, name)  # noqa: E731
    factor = (1 + ACCREDITATION * get("accreditation_rank")) * (
        1 + RATING * (get("rating_score") or 0) / 5
    )
    if region_filtered:
        factor *= REACH[min(get("reach_rank"), 2)]
    if needs_funding and get("payable_from_scheme"):
        factor *= FUNDING
    if not get("has_dates"):
        factor *= NO_DATES
    return factor


def boost_expression(*, region_filtered, needs_funding):
    """The same multiplier as a database expression, for ordering without text."""

    def number(value):
        return Value(float(value), output_field=FloatField())

    factor = (number(1) + number(ACCREDITATION) * F("accreditation_rank")) * (
        number(1) + number(RATING) * F("rating_score") / number(5)
    )
    if region_filtered:
        factor *= Case(
            When(reach_rank=0, then=number(REACH[0])),
            When(reach_rank=1, then=number(REACH[1])),
            default=number(REACH[2]),
        )
    if needs_funding:
        factor *= Case(When(payable_from_scheme=True, then=number(FUNDING)), default=number(1))
    factor *= Case(When(has_dates=False, then=number(NO_DATES)), default=number(1))
    return factor


# The same formula in Painless for Elasticsearch's script_score query.
PAINLESS = """
double f = (1 + params.accreditation * doc['accreditation_rank'].value)
         * (1 + params.rating * doc['rating_score'].value / 5);
if (params.region_filtered) { f *= params.reach[(int) Math.min(doc['reach_rank'].value, 2)]; }
if (params.needs_funding && doc['payable_from_scheme'].value) { f *= params.funding; }
if (!doc['has_dates'].value) { f *= params.no_dates; }
return _score * f;
""".strip()


def painless_params(*, region_filtered, needs_funding):
    return {
        "accreditation": ACCREDITATION,
        "rating": RATING,
        "reach": list(REACH),
        "funding": FUNDING,
        "no_dates": NO_DATES,
        "region_filtered": region_filtered,
        "needs_funding": needs_funding,
    }
