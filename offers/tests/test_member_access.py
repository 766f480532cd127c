"""Who acts for a provider, on pages in every language, and how a refusal looks (403 page)."""

from django.urls import reverse

from core.tests.factories import translate_page
from schools.access import is_offer_provider_member, is_provider_member
from schools.tests.factories import SchoolFactory, member


def english_catalogue(catalogue, offer, locales):
    english = locales[1]
    for page in (catalogue["index"], catalogue["provider"]):
        translate_page(page, english, slug=f"{page.slug}-en")
    return translate_page(offer, english, title="Theatre at school", slug="theatre-en")


def test_the_member_of_a_dutch_provider_page_sees_demand_on_the_english_offer(
    client, need, offers, catalogue, locales
):
    english_offer = english_catalogue(catalogue, offers["theatre"], locales)
    provider_member = member()
    provider_member.profile.provider_page = catalogue["provider"]  # the Dutch page
    provider_member.profile.save()
    client.force_login(provider_member)

    page = client.get(english_offer.url).content.decode()
    assert "Demand from schools (visible only to you as the provider)" in page
    assert is_provider_member(provider_member, english_offer.get_parent())
    assert is_offer_provider_member(provider_member, english_offer)

    client.force_login(member())
    assert "Demand from schools" not in client.get(english_offer.url).content.decode()


def test_a_member_without_a_school_gets_the_403_page_saying_who_may(client, db, read_in_dutch):
    client.force_login(member())
    response = client.get(reverse("bookings:my_school"))
    assert response.status_code == 403
    assert "403.html" in [template.name for template in response.templates]
    page = response.content.decode()
    assert "Geen toegang" in page
    assert "Aanbod aanvragen en Mijn school zijn voor leden" in page
    assert reverse("community:my_profile") in page


def test_another_schools_shortlist_is_refused_with_the_403_page(client, teacher, read_in_dutch):
    other = SchoolFactory(name="De Kempen")
    client.force_login(teacher)
    response = client.get(reverse("offers:shortlist", args=[other.pk]))
    assert response.status_code == 403
    assert "403.html" in [template.name for template in response.templates]
    assert "alleen te zien voor leden die voor die school geverifieerd zijn" in (
        response.content.decode()
    )
