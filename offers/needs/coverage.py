"""Curriculum coverage of a need: which goals the planned offers cover, twice, or not yet.

Planned means agreed with the provider: the school's accepted and done requests for the need
(offers.bookings.standing), not what the school saved on its shortlist.
"""

from collections import defaultdict
from dataclasses import dataclass

from core.models.taxonomy import localized_terms
from offers.bookings.standing import planned_for_need


@dataclass
class GoalRow:
    goal: object
    offers: list
    wanted: bool  # one of the need's goals

    @property
    def status(self):
        if not self.offers:
            return "open"
        return "stacked" if len(self.offers) > 1 else "covered"


@dataclass
class AreaCoverage:
    area: object
    rows: list

    @property
    def covered(self):
        return [row for row in self.rows if row.offers]

    @property
    def stacked(self):
        return [row for row in self.rows if len(row.offers) > 1]

    @property
    def open(self):
        return [row for row in self.rows if row.wanted and not row.offers]


@dataclass
class Coverage:
    areas: list
    planned: list

    @property
    def covered(self):
        return [row for area in self.areas for row in area.covered]

    @property
    def stacked(self):
        return [row for area in self.areas for row in area.stacked]

    @property
    def open(self):
        return [row for area in self.areas for row in area.open]


def planned_items(need):
    """The need's accepted and done requests, each with its offer's goals."""
    return list(planned_for_need(need).prefetch_related("offer__curriculum_goals__learning_area"))


def curriculum_coverage(need):
    """Per learning area: the goals the planned offers cover (and how often), and the need's
    goals that no planned offer covers yet."""
    items = planned_items(need)
    offers_by_goal = defaultdict(list)
    goals = {}
    for item in items:
        for goal in item.offer.curriculum_goals.all():
            goals[goal.number] = goal
            if item.offer not in offers_by_goal[goal.number]:
                offers_by_goal[goal.number].append(item.offer)
    wanted = {goal.number: goal for goal in need.curriculum_goals.select_related("learning_area")}
    goals = {**goals, **wanted}
    by_area = defaultdict(list)
    for number in sorted(goals):
        goal = goals[number]
        by_area[goal.learning_area].append(
            GoalRow(goal, offers_by_goal.get(number, []), number in wanted)
        )
    areas = sorted(by_area, key=lambda area: (area.sort_order, area.name))
    localized = dict(zip(areas, localized_terms(areas), strict=True)) if areas else {}
    return Coverage([AreaCoverage(localized[area], by_area[area]) for area in areas], items)
