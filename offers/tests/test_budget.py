"""The budget check counts what the whole group pays (issue 20: "€ 8,50 per leerling, binnen uw
budget van € 100,00" for a group of 27, who pay € 229,50)."""

from decimal import Decimal

import pytest
from django.urls import reverse

from offers.conditions import BUDGET, NeedContext, hard_failure
from offers.models.needs import ASSUMED_CLASS_SIZE
from offers.needs.reasons import cost_reason
from offers.tests.needing import make_need, offer

pytestmark = pytest.mark.usefixtures("read_in_dutch")


@pytest.fixture
def per_pupil(catalogue):
    return offer(
        catalogue["provider"],
        title="Robots",
        is_free=False,
        price=Decimal("8.50"),
        price_unit="pupil",
    )


def test_a_price_per_pupil_is_checked_for_the_whole_group(school, per_pupil):
    need = make_need(school, budget=Decimal("100"), pupils=27)
    ctx = NeedContext.build(need)
    assert hard_failure(ctx, per_pupil) == BUDGET
    reason = cost_reason(ctx, per_pupil)
    assert "binnen uw budget" not in reason.text
    assert "€ 229,50 voor 27 leerlingen" in reason.text
    assert "boven uw budget van € 100,00" in reason.text
    assert not reason.positive


def test_a_group_within_budget_says_what_it_pays(school, per_pupil):
    need = make_need(school, budget=Decimal("250"), pupils=27)
    ctx = NeedContext.build(need)
    assert hard_failure(ctx, per_pupil) is None
    reason = cost_reason(ctx, per_pupil)
    assert reason.text == (
        "€ 8,50 per leerling, € 229,50 voor 27 leerlingen, binnen uw budget van € 250,00"
    )


def test_a_need_without_a_number_of_pupils_is_priced_for_a_usual_class(school, per_pupil):
    need = make_need(school, budget=Decimal("100"))
    assert need.group_size == ASSUMED_CLASS_SIZE
    assert hard_failure(NeedContext.build(need), per_pupil) == BUDGET


def test_the_need_form_asks_for_the_pupils_and_marks_required_fields(client, teacher, school):
    client.force_login(teacher)
    html = client.get(reverse("offers:need_create")).content.decode()
    assert 'name="pupils"' in html
    assert "Titel (verplicht)" in html or "titel (verplicht)" in html
    assert "Thema&#x27;s (verplicht)" in html or "thema&#x27;s (verplicht)" in html
    assert "Budget per activiteit (euro) (verplicht)" not in html
    assert "budget per activiteit (euro) (verplicht)" not in html
