"""Two tables run by `core.statemachine`.

A route's phases: one move per gate, from a phase to the next, confirmed by the coordinator or a
programme lead; each move writes a `RouteEvent` (the audit trail).

| move | from | to | by |
|---|---|---|---|
| to-intake | kickoff | intake | coordinator, lead |
| to-routemap | intake | routemap | coordinator, lead |
| to-plan | routemap | plan | coordinator, lead |
| to-execution | plan | execution | coordinator, lead |
| to-evaluation | execution | evaluation | coordinator, lead |
| to-finished | evaluation | finished | coordinator, lead |

A system question's status: new → discussion → policy → answered, by editors; the answer is
required for the last move and is shown on the public page.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.statemachine import AuditTrail, IllegalMove, Machine, Move

from .access import COORDINATOR, LEAD, route_role
from .access import is_editor as _is_editor
from .models import PHASES, QuestionEvent, Route, RouteEvent, SystemQuestion

GATE_KEEPERS = frozenset({COORDINATOR, LEAD})


def _confirm_gate(route, user, role, data):
    if not data.get("confirmed"):
        raise IllegalMove(_("Bevestig eerst dat aan de voorwaarde is voldaan."))


ROUTE_MOVES = [
    Move(
        f"to-{target}",
        frozenset({source}),
        target,
        GATE_KEEPERS,
        button=gettext_lazy("Voorwaarde vervuld: naar de volgende fase"),
        done=gettext_lazy("De route staat in de volgende fase."),
        apply=_confirm_gate,
        notify=False,
    )
    for source, target in zip(PHASES, PHASES[1:], strict=False)
]


_record_route = AuditTrail(
    RouteEvent,
    "route",
    state_field="phase",
    move=None,
    before="from_phase",
    after="to_phase",
    text="note",
    text_keys=("note",),
)


ROUTE_MACHINE = Machine(
    name="routes.route",
    model=Route,
    moves=ROUTE_MOVES,
    roles=route_role,
    record=_record_route,
    state_field="phase",
    refusals={GATE_KEEPERS: gettext_lazy("Alleen de coördinator of een programmaleider kan dit.")},
    too_late=gettext_lazy("Dat kan niet: de route is in fase %(status)s."),
)

EDITOR = "editor"
Status = SystemQuestion.Status


def _question_role(user, question):
    return EDITOR if _is_editor(user) else None


def _require_answer(question, user, role, data):
    answer = (data.get("answer") or "").strip()
    if not answer:
        raise IllegalMove(_("Schrijf eerst het antwoord; het komt op de openbare pagina."))
    question.answer = answer


QUESTION_MOVES = [
    Move(
        "discuss",
        frozenset({Status.NEW}),
        Status.DISCUSSION,
        frozenset({EDITOR}),
        button=gettext_lazy("In bespreking nemen"),
        done=gettext_lazy("De vraag is in bespreking."),
        notify=False,
    ),
    Move(
        "to-policy",
        frozenset({Status.DISCUSSION}),
        Status.POLICY,
        frozenset({EDITOR}),
        button=gettext_lazy("Aan beleid voorgelegd"),
        done=gettext_lazy("De vraag staat als voorgelegd aan beleid."),
        notify=False,
    ),
    Move(
        "answer",
        frozenset({Status.POLICY}),
        Status.ANSWERED,
        frozenset({EDITOR}),
        button=gettext_lazy("Antwoord vastleggen"),
        done=gettext_lazy("Het antwoord is vastgelegd."),
        apply=_require_answer,
        notify=False,
    ),
]


_record_question = AuditTrail(QuestionEvent, "question", move=None, role=None)


QUESTION_MACHINE = Machine(
    name="routes.question",
    model=SystemQuestion,
    moves=QUESTION_MOVES,
    roles=_question_role,
    record=_record_question,
    refusals={frozenset({EDITOR}): gettext_lazy("Alleen de redactie kan dit.")},
)
