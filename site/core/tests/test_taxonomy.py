import pytest
from django.utils import translation

from core.models import CurriculumGoal, LearningArea, Region, TargetGroup, Theme
from core.models.taxonomy import localized_terms
from core.taxonomy_loader import load_taxonomy

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Theme, LearningArea, CurriculumGoal, TargetGroup, Region)
    }


def test_loader_loads_the_official_lists(taxonomy, locales):
    nl, en = locales
    assert CurriculumGoal.objects.filter(locale=nl).count() == 58
    assert CurriculumGoal.objects.filter(locale=en).count() == 58
    assert Region.objects.filter(kind=Region.Kind.PROVINCE).count() == 12
    assert Region.objects.filter(kind=Region.Kind.MUNICIPALITY).count() == 342
    # Every municipality lies in a province.
    assert not Region.objects.filter(kind=Region.Kind.MUNICIPALITY, province=None).exists()
    assert Theme.objects.filter(locale=nl).count() == 10
    assert TargetGroup.objects.filter(locale=nl).count() == 6


def test_every_goal_is_in_a_learning_area_of_its_own_locale(taxonomy, locales):
    for locale in locales:
        goals = CurriculumGoal.objects.filter(locale=locale)
        assert goals.exclude(learning_area__locale=locale).count() == 0
    goal = CurriculumGoal.objects.get(locale=locales[0], number=35)
    assert goal.learning_area.slug == "verkeer"
    assert goal.subject == "Oriëntatie op jezelf en de wereld"


def test_municipalities_keep_their_cbs_codes_and_provinces(taxonomy):
    groningen = Region.objects.get(code="GM0014")
    assert groningen.name == "Groningen"
    assert groningen.province.code == "PV20"
    assert Region.objects.get(code="GM1883").province.name == "Limburg"  # Sittard-Geleen


def test_translations_share_slug_and_translation_key(taxonomy, locales):
    nl, en = locales
    dutch = Theme.objects.get(locale=nl, slug="lerarentekort")
    english = Theme.objects.get(locale=en, slug="lerarentekort")
    assert english.name == "Teacher shortage"
    assert english.translation_key == dutch.translation_key


def test_loading_twice_changes_nothing(taxonomy):
    before = counts()
    keys_before = set(Theme.objects.values_list("translation_key", flat=True))
    report = load_taxonomy()
    assert report.created == {}
    assert counts() == before
    assert set(Theme.objects.values_list("translation_key", flat=True)) == keys_before


def test_regions_containing_a_municipality_in_one_query(taxonomy, django_assert_num_queries):
    with django_assert_num_queries(1):
        codes = set(Region.objects.containing("GM1979").values_list("code", flat=True))
    # Eemsdelta: itself, the province of Groningen and the named region Noord-Groningen.
    assert codes == {"GM1979", "PV20", "RG-NOORD-GRONINGEN"}


def test_regions_containing_accepts_a_region(taxonomy):
    amsterdam = Region.objects.get(code="GM0363")
    names = set(Region.objects.containing(amsterdam).values_list("name", flat=True))
    assert names == {"Amsterdam", "Noord-Holland", "Metropoolregio Amsterdam"}


def test_municipality_outside_named_regions_gets_itself_and_its_province(taxonomy):
    codes = set(Region.objects.containing("GM1883").values_list("code", flat=True))
    assert codes == {"GM1883", "PV31"}


def test_named_regions_have_their_members(taxonomy):
    assert Region.objects.get(code="RG-MRA").municipalities.count() == 30
    assert Region.objects.get(code="RG-BRAINPORT").municipalities.count() == 21


def test_localized_terms_reads_each_term_in_the_visitors_language(taxonomy, locales):
    nl, en = locales
    dutch = list(Theme.objects.filter(locale=nl).order_by("-sort_order", "name")[:3])
    english = localized_terms(dutch, en)
    # Same terms, same order as given (callers pair them up), rows of the English locale.
    assert [term.translation_key for term in english] == [t.translation_key for t in dutch]
    assert {term.locale_id for term in english} == {en.pk}
    ordered = localized_terms(dutch, en, ordered=True)
    assert ordered == sorted(english, key=lambda term: (term.sort_order, term.name))
    assert ordered != english
    with translation.override("en"):
        assert localized_terms(dutch) == english


def test_reach_of_a_province_includes_its_municipalities_and_named_regions(taxonomy):
    groningen = Region.objects.get(code="PV20")
    codes = set(Region.objects.reach_of(groningen).values_list("code", flat=True))
    assert {"PV20", "GM1979", "GM0014", "RG-NOORD-GRONINGEN"} <= codes
    assert "RG-MRA" not in codes
    assert "GM0363" not in codes


def test_reach_of_a_named_region_includes_members_and_their_provinces(taxonomy):
    noord_groningen = Region.objects.get(code="RG-NOORD-GRONINGEN")
    codes = set(Region.objects.reach_of(noord_groningen).values_list("code", flat=True))
    assert codes == {"RG-NOORD-GRONINGEN", "GM1979", "GM1966", "PV20"}


def test_every_goal_has_an_english_label_in_one_form(taxonomy, locales):
    from django.utils import translation

    nl, en = locales
    english = CurriculumGoal.objects.filter(locale=en).order_by("number")
    dutch = dict(CurriculumGoal.objects.filter(locale=nl).values_list("number", "label"))
    assert english.count() == 58
    # Own English labels (a few Dutch labels happen to be the same word, none here).
    assert all(goal.label != dutch[goal.number] for goal in english)
    with translation.override("en"):
        assert str(english.get(number=10)) == "Curriculum goal 10: Using strategies"
        assert all(str(goal).startswith(f"Curriculum goal {goal.number}: ") for goal in english)
    with translation.override("nl"):
        assert str(CurriculumGoal.objects.get(locale=nl, number=10)) == (
            "Kerndoel 10: Strategieën hanteren"
        )
