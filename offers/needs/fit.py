"""How well an offer fits a need's subject: the curriculum goals, learning areas and themes
they share.

fit = 3 × shared curriculum goals + 2 × shared learning areas + 1 × shared themes

A kerndoel is the most precise thing a school can ask for, a theme the broadest, so an offer
that works on the need's goals or in its learning areas comes before one that only shares a
theme, whatever theme it carries. An offer that shares none of the three does not fit the need
(fit 0) and is not a candidate. Terms are compared by slug and goals by number: the same in
every language.
"""

from dataclasses import dataclass, field

GOAL = 3
LEARNING_AREA = 2
THEME = 1


@dataclass
class Fit:
    goals: list = field(default_factory=list)  # CurriculumGoal rows, by number
    learning_areas: list = field(default_factory=list)
    themes: list = field(default_factory=list)

    @property
    def score(self):
        return (
            GOAL * len(self.goals)
            + LEARNING_AREA * len(self.learning_areas)
            + THEME * len(self.themes)
        )

    @property
    def other_theme(self):
        """Found through its goals or learning areas, but on none of the need's themes."""
        return bool(self.score) and not self.themes


def fit_of(ctx, offer):
    """What the offer shares with the need (its relations prefetched: see OFFER_PREFETCH)."""
    return Fit(
        goals=sorted(
            (goal for goal in offer.curriculum_goals.all() if goal.number in ctx.goal_numbers),
            key=lambda goal: goal.number,
        ),
        learning_areas=[
            term for term in offer.learning_areas.all() if term.slug in ctx.learning_area_slugs
        ],
        themes=[term for term in offer.themes.all() if term.slug in ctx.theme_slugs],
    )
