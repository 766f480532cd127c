import pytest
from django.http import QueryDict

from core.facets import Facet, FacetedFilter
from core.models import Region

pytestmark = pytest.mark.django_db


def region_filter(query):
    facets = [
        Facet("soort", "Soort", "kind", lambda: Region.Kind.choices),
        Facet(
            "provincie",
            "Provincie",
            "province__code",
            lambda: Region.objects.filter(kind="province").values_list("code", "name"),
        ),
    ]
    return FacetedFilter(Region.objects.all(), facets, QueryDict(query))


def test_selected_options_filter_and_unknown_values_are_ignored(taxonomy):
    result = region_filter("provincie=PV20&provincie=onzin&soort=municipality").results
    assert result.count() == Region.objects.filter(province__code="PV20").count()
    assert all(region.province.code == "PV20" for region in result)


def test_counts_of_a_facet_ignore_its_own_selection(taxonomy):
    facets = {f.facet.param: f for f in region_filter("provincie=PV20").facet_results()}
    groningen = next(o for o in facets["provincie"].options if o.value == "PV20")
    limburg = next(o for o in facets["provincie"].options if o.value == "PV31")
    assert (
        groningen.selected
        and groningen.count == Region.objects.filter(province__code="PV20").count()
    )
    # Other provinces still show how many results choosing them would give.
    assert limburg.count == Region.objects.filter(province__code="PV31").count()
    kinds = {o.value: o.count for o in facets["soort"].options}
    assert kinds["municipality"] == Region.objects.filter(province__code="PV20").count()
    assert kinds["province"] == 0


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
