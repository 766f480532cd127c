"""Reviews of offers: provider replies, helpful votes, what the offer page shows, export."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from community.models import HelpfulVote, ProviderReply, Review
from community.reviews import may_review, school_ran_offer
from community.views.account import delete_member
from core.models import TargetGroup
from offers.models import OfferPage, ShortlistItem
from offers.tests.factories import (
    ProviderPageFactory,
    dutch,
)

from .factories import SchoolFactory, member
from .reviewing import (
    add_review,
    offer_html,
    stored,
    verified_member,
)

pytestmark = pytest.mark.django_db


# Provider replies


def test_only_a_member_of_the_offers_provider_replies_and_only_once(client, catalogue, school):
    offer = catalogue["offer"]
    review = add_review(offer, 3, school=school, text="Twee lessen vielen uit.")
    url = reverse("community:review_reply", args=[review.pk])

    other_provider = ProviderPageFactory(parent=catalogue["index"], title="Ander")
    outsider = member(provider_page=other_provider)
    client.force_login(outsider)
    assert client.post(url, {"text": "Wij doen het beter."}).status_code == 403
    client.force_login(verified_member(school))
    assert client.post(url, {"text": "Ik ben de school."}).status_code == 403
    assert not ProviderReply.objects.exists()

    provider_member = member(provider_page=catalogue["provider"])
    client.force_login(provider_member)
    assert "Reageer als aanbieder" in offer_html(client, offer)
    assert client.get(url).status_code == 200  # the form on a page of its own, too
    response = client.post(url, {"text": "We plannen voortaan vooraf. <b>Sorry</b>"})
    assert response.status_code == 302
    assert client.post(url, {"text": "Nog een keer."}).status_code == 403
    reply = ProviderReply.objects.get()
    assert (reply.review, reply.author) == (review, provider_member)

    client.logout()
    html = offer_html(client, offer)
    assert "Reactie van de aanbieder" in html
    assert "We plannen voortaan vooraf. &lt;b&gt;Sorry&lt;/b&gt;" in html


# Helpful votes


def test_a_member_votes_helpful_once_and_never_on_their_own_review(client, offer, school):
    author = verified_member(school)
    review = add_review(offer, 4, school=school, author=author)
    url = reverse("community:review_helpful", args=[review.pk])

    voter = verified_member(SchoolFactory(name="Het Kompas"))
    client.force_login(voter)
    assert client.post(url).status_code == 302
    assert client.post(url).status_code == 302
    assert HelpfulVote.objects.filter(review=review).count() == 1
    assert "1 lid vond dit nuttig" in offer_html(client, offer)

    client.force_login(author)
    assert client.post(url).status_code == 403
    colleague = verified_member(school)  # same school: also their own review
    client.force_login(colleague)
    assert client.post(url).status_code == 403
    assert HelpfulVote.objects.filter(review=review).count() == 1

    client.logout()
    response = client.post(url)
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
    assert client.get(url).status_code == 405  # a vote is a POST


def test_reviews_sort_newest_or_most_helpful(client, offer):
    older = add_review(offer, 4, school=SchoolFactory(name="Oude Eik"))
    add_review(offer, 3, school=SchoolFactory(name="Nieuwe Linde"))
    for _ in range(2):
        HelpfulVote.objects.create(review=older, member=member())

    def order(query):
        html = offer_html(client, offer, query)
        return html.index("Oude Eik") < html.index("Nieuwe Linde")

    assert order("") is False  # newest first
    assert order("?beoordelingen=nuttig") is True
    assert order("?beoordelingen=onzin&beoordelingen-pagina=xyz") is False
    html = offer_html(client, offer, "?beoordelingen=nuttig")
    assert 'aria-current="true">Meest nuttig' in html


# What the offer page shows


def test_review_text_with_html_is_shown_as_text(client, offer):
    add_review(offer, 2, text='<script>alert("x")</script><b>vet</b>')
    html = offer_html(client, offer)
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html
    assert "&lt;b&gt;vet&lt;/b&gt;" in html


def test_offer_page_shows_average_count_and_distribution(client, offer):
    group = dutch(TargetGroup, "groep-7-8")
    add_review(offer, 5, school=SchoolFactory(name="De Wilg"), group=group)
    add_review(offer, 4)
    add_review(offer, 4)
    html = offer_html(client, offer)
    assert "4,3 van 5" in html
    assert "(3 beoordelingen)" in html
    distribution = html[html.index("Verdeling van de waarderingen") :]
    distribution = distribution[: distribution.index("</table>")]
    rows = re.findall(
        r"<th scope=\"row\">(\d) sterr?e?n?</th>.*?<td>(\d+)</td>", distribution, re.S
    )
    assert rows == [("5", "1"), ("4", "2"), ("3", "0"), ("2", "0"), ("1", "0")]
    assert "De Wilg" in html
    assert "Met " + group.name in html


def test_a_deleted_members_review_stays_as_former_member(client, offer, school):
    author = verified_member(school, display_name="Fatima")
    add_review(offer, 4, school=school, author=author, text="Blijft staan.")
    delete_member(author)
    review = Review.objects.get()
    assert review.author is None
    html = offer_html(client, offer)
    assert "Blijft staan." in html and "verwijderd lid" in html and "Fatima" not in html


def test_offer_page_queries_do_not_grow_with_the_number_of_reviews(client, offer):
    voter = member()
    client.force_login(voter)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            offer_html(client, offer)
        return len(captured)

    def add(n):
        for _ in range(n):
            review = add_review(offer, 4, author=member(), group=dutch(TargetGroup, "groep-5-6"))
            HelpfulVote.objects.create(review=review, member=member())

    add(5)
    queries()  # warm up per-process caches (site root paths, content types)
    few = queries()
    add(195)
    queries()  # new reviews purge the cached fragments (page cache, site, footer): warm again
    assert queries() == few
    assert stored(offer).rating_count == 200


def test_demo_adds_reviews_with_a_provider_reply_once(home_pages, locales, settings, tmp_path):
    from community.demo import build_community_demo, build_reviews_demo
    from core.demo import DemoContext
    from offers.demo import build_offers_demo

    settings.VAR_DIR = tmp_path
    context = DemoContext(*home_pages, *locales, log=lambda line: None)
    build_community_demo(context)  # runs first on a fresh site, before the catalogue exists
    build_offers_demo(context)
    build_reviews_demo(context)
    counts = (
        Review.objects.count(),
        HelpfulVote.objects.count(),
        ProviderReply.objects.count(),
        ShortlistItem.objects.count(),
    )
    build_reviews_demo(context)
    assert counts == (
        Review.objects.count(),
        HelpfulVote.objects.count(),
        ProviderReply.objects.count(),
        ShortlistItem.objects.count(),
    )
    # Every reviewing school ran the offer it reviewed, as the review rule asks.
    for review in Review.objects.select_related("school"):
        assert may_review(review.school, review.offer.specific)
        assert school_ran_offer(review.school, review.offer.specific)
    assert counts[0] >= 8 and counts[2] >= 3
    for reply in ProviderReply.objects.select_related("author__profile", "review__offer"):
        assert reply.author.profile.provider_page_id == reply.review.offer.get_parent().pk
    reviewed = OfferPage.objects.filter(locale__language_code="nl", rating_count__gt=0)
    # Reviews are spread over several offers, so the catalogue shows ratings to compare.
    assert reviewed.count() >= 8
    assert Review.objects.filter(
        school__verified_members__user__email="school@leercommunity.example"
    ).exists()


def test_export_contains_the_members_reviews(client, offer, school):
    author = verified_member(school)
    add_review(offer, 4, school=school, author=author, text="Onze ervaring in het kort.")
    client.force_login(author)
    data = client.get(reverse("community:export_data")).json()
    assert [(r["offer"], r["rating"], r["text"]) for r in data["reviews"]] == [
        ("Robotles", 4, "Onze ervaring in het kort.")
    ]


def test_a_review_writes_the_schools_place_as_a_dutch_name(client, catalogue):
    """DUO's "'S-GRAVENHAGE" read "('S-Gravenhage)" under a review (str.title())."""
    add_review(catalogue["offer"], 4, school=SchoolFactory(place="'S-GRAVENHAGE"))
    add_review(catalogue["offer"], 5, school=SchoolFactory(place="CAPELLE AAN DEN IJSSEL"))
    html = offer_html(client, catalogue["offer"])
    assert "(&#x27;s-Gravenhage)" in html
    assert "(Capelle aan den IJssel)" in html
