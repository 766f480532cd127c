"""Helpers for the matching tests: offers indexed as they are made, needs from slugs."""

from core.models import CurriculumGoal, LearningArea, TargetGroup, Theme
from offers.models import NeedProfile
from offers.tests.factories import OfferPageFactory, dutch
from search.indexing import index_instance


def offer(parent, **fields):
    page = OfferPageFactory(parent=parent, **fields)
    index_instance(page)
    return page


def goals(*numbers):
    return list(CurriculumGoal.objects.filter(locale__language_code="nl", number__in=numbers))


def make_need(school, **fields):
    themes = fields.pop("themes", ["verrijkte-schooldag"])
    groups = fields.pop("groups", ["groep-5-6"])
    schemes = fields.pop("schemes", [])
    goal_numbers = fields.pop("goals", [])
    areas = fields.pop("areas", [])
    need = NeedProfile.objects.create(school=school, title=fields.pop("title", "Cultuur"), **fields)
    need.themes.set([dutch(Theme, slug) for slug in themes])
    need.learning_areas.set([dutch(LearningArea, slug) for slug in areas])
    need.target_groups.set([dutch(TargetGroup, slug) for slug in groups])
    need.funding_schemes.set(schemes)
    need.curriculum_goals.set(goals(*goal_numbers))
    return need


def titles(result):
    return {match.offer.title for match in result.matches}
