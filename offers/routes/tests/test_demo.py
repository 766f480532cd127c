from types import SimpleNamespace

from django.utils import timezone

from core.demo.pages import load_data
from schools.tests.factories import SchoolFactory

from ..demo import build_routes_demo
from ..models import Milestone, Programme, Route, SystemQuestion, Visit


def test_demo_programme_is_complete_and_idempotent(db):
    for item in load_data("offers.routes.demo", "routes")["routes"]:
        SchoolFactory(vestiging=item["vestiging"])
    context = SimpleNamespace(log=lambda line: None)
    build_routes_demo(context)
    build_routes_demo(context)
    programme = Programme.objects.get()
    assert programme.routes.count() == 8
    assert Route.objects.values("coordinator").distinct().count() == 2
    assert len(set(Route.objects.values_list("phase", flat=True))) >= 5
    today = timezone.localdate()
    assert Milestone.objects.filter(done_at=None, due__lt=today).exists()
    assert Visit.objects.filter(status="final").exclude(reflection_direction="").count() == 4
    assert SystemQuestion.objects.count() == 5
    answered = SystemQuestion.objects.get(status="answered")
    assert answered.published and answered.answer
    assert answered.endorsements.count() >= 2
    # The previous quarter's report is kept, so the current one shows trends.
    [kept] = programme.reports.all()
    assert kept.figures["total"] <= programme.routes.count()
    assert sum(kept.figures["by_phase"].values()) == kept.figures["total"]
    assert programme.routes.filter(agreements__isnull=False).count() == 2
