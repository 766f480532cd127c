"""`{% offer_reviews page %}`: the reviews block of an offer page (shown there through the
core.sections slot "offer_page_end", registered in community.apps).

Shows the average (as text and stars), the count, the distribution, the reviews (newest or most
helpful first, `?beoordelingen=nuttig`), the provider's replies, the "nuttig" buttons and the
review form for a member verified for a school. The number of queries does not depend on the
number of reviews.
"""

from django import template
from django.core.paginator import Paginator

from core.models.taxonomy import localized_terms
from schools.access import is_offer_provider_member

from ..forms import ProviderReplyForm, ReviewForm
from ..models import HelpfulVote, Review
from ..models.reviews import source_offer
from ..reviews import (
    STARS,
    distribution_for,
    may_review,
    reviewing_school,
    school_review,
)

register = template.Library()

ORDER_PARAM = "beoordelingen"
PAGE_PARAM = "beoordelingen-pagina"
ORDER_HELPFUL = "nuttig"
ORDER_NEWEST = "nieuwste"
PER_PAGE = 10


@register.filter
def stars(value):
    """A rating as five star characters, e.g. 4.2 -> '★★★★☆' (decorative; pair with text)."""
    try:
        filled = max(0, min(5, int(float(value) + 0.5)))
    except (TypeError, ValueError):
        filled = 0
    return "★" * filled + "☆" * (5 - filled)


def _order_links(request, current):
    links = []
    for value in (ORDER_NEWEST, ORDER_HELPFUL):
        query = request.GET.copy()
        query.pop(PAGE_PARAM, None)
        query[ORDER_PARAM] = value
        links.append({"value": value, "query": query.urlencode(), "current": value == current})
    return links


def _page_query(request, number):
    query = request.GET.copy()
    query[PAGE_PARAM] = number
    return query.urlencode()


def visitor_key(context, page):
    """A visitor (not logged in) sees the same reviews as every other visitor of this
    offer, order and page of reviews: kept in the shared cache (core.sections). A member's
    copy holds their votes and forms. Asked with other parameters: not kept."""
    request = context.get("request")
    if request is None or request.user.is_authenticated:
        return None
    if set(request.GET) - {ORDER_PARAM, PAGE_PARAM} or len(request.get_full_path()) > 300:
        return None
    return f"{page.pk}:{request.get_full_path()}"


@register.inclusion_tag("community/reviews/offer_reviews.html", takes_context=True)
def offer_reviews(context, page):
    request = context["request"]
    user = request.user
    source = source_offer(page)
    order = ORDER_HELPFUL if request.GET.get(ORDER_PARAM) == ORDER_HELPFUL else ORDER_NEWEST

    distribution = distribution_for(source)
    count = sum(distribution.values())
    average = sum(stars * n for stars, n in distribution.items()) / count if count else None
    most = max(distribution.values()) if count else 0
    bars = [
        {
            "stars": value,
            "count": distribution[value],
            "percent": round(100 * distribution[value] / count) if count else 0,
            # In steps of 5, one CSS class each: the CSP allows no inline style attribute.
            "width": 5 * round(20 * distribution[value] / most) if most else 0,
        }
        for value in STARS
    ]

    rows = (
        Review.objects.public()
        .filter(offer=source)
        .select_related("school", "group", "author__profile", "reply__author__profile")
        .with_helpful_count()
    )
    if order == ORDER_HELPFUL:
        rows = rows.order_by("-helpful_count", "-created", "-pk")
    else:
        rows = rows.order_by("-created", "-pk")
    paginator = Paginator(rows, PER_PAGE)
    # The distribution counted the same reviews already: no second COUNT query.
    paginator.__dict__["count"] = count
    reviews_page = paginator.get_page(request.GET.get(PAGE_PARAM))
    reviews = list(reviews_page)

    # In the reader's language, from the process's copy of the table (no query).
    groups = [review.group for review in reviews if review.group_id]
    group_names = {
        group.pk: term.name for group, term in zip(groups, localized_terms(groups), strict=True)
    }

    school = reviewing_school(user)
    provider_member = is_offer_provider_member(user, source)
    voted = set()
    if user.is_authenticated and reviews:
        voted = set(
            HelpfulVote.objects.filter(member=user, review__in=reviews).values_list(
                "review_id", flat=True
            )
        )
    for review in reviews:
        try:
            reply = review.reply
        except Review.reply.RelatedObjectDoesNotExist:
            reply = None
        review.provider_reply = reply if reply is not None and reply.is_public else None
        review.has_reply = reply is not None
        review.group_name = group_names.get(review.group_id, "")
        review.voted = review.pk in voted
        review.own = user.is_authenticated and (
            review.author_id == user.pk or (school is not None and school.pk == review.school_id)
        )
        review.can_reply = provider_member and not review.has_reply

    existing = school_review(source, school) if school is not None else None
    can_review = may_review(school, source, existing)
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "page": page,
        "count": count,
        "average": average,
        "bars": bars,
        "reviews": reviews,
        "reviews_page": reviews_page,
        "previous_query": _page_query(request, reviews_page.previous_page_number())
        if reviews_page.has_previous()
        else "",
        "next_query": _page_query(request, reviews_page.next_page_number())
        if reviews_page.has_next()
        else "",
        "order": order,
        "order_links": _order_links(request, order),
        "next_url": request.get_full_path(),
        "is_authenticated": user.is_authenticated,
        "school": school,
        "existing": existing,
        "form": ReviewForm(instance=existing) if can_review else None,
        "not_run": school is not None and not can_review,
        "reply_form": ProviderReplyForm() if provider_member else None,
        "provider_member": provider_member,
        "can_vote": school is not None,
    }
