"""The table of a leermeester–gezel pair, run by `core.statemachine`.

| move | from | to | by |
|---|---|---|---|
| accept | proposed | proposed, or accepted when both have accepted | master, apprentice |
| decline | proposed | declined | master, apprentice |
| start | accepted | active | broker |
| end | active | ended (with a short evaluation) | master, apprentice, broker |
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.statemachine import AuditTrail, IllegalMove, Machine, Move

from .pairs import Pair, PairEntry

Status = Pair.Status
MASTER, APPRENTICE, BROKER = "master", "apprentice", "broker"
PAIR = frozenset({MASTER, APPRENTICE})


def is_broker(user):
    """Staff and network coordinators broker pairs."""
    return user.is_authenticated and (user.is_staff or user.coordinated_networks.exists())


def role_of(user, pair):
    if not user.is_authenticated:
        return None
    if pair.master_id == user.pk:
        return MASTER
    if pair.apprentice_id == user.pk:
        return APPRENTICE
    if pair.broker_id == user.pk or is_broker(user):
        return BROKER
    return None


def _accept(pair, user, role, data):
    if role == MASTER:
        pair.master_accepted = True
    else:
        pair.apprentice_accepted = True
    if pair.master_accepted and pair.apprentice_accepted:
        pair.status = Status.ACCEPTED


def _end(pair, user, role, data):
    evaluation = (data.get("evaluation") or "").strip()
    if not evaluation:
        raise IllegalMove(_("Schrijf een korte evaluatie."))
    pair.evaluation = evaluation[:2000]


MOVES = [
    Move(
        "accept",
        frozenset({Status.PROPOSED}),
        None,
        PAIR,
        button=gettext_lazy("Koppeling aannemen"),
        done=gettext_lazy("U heeft de koppeling aangenomen."),
        primary=True,
        apply=_accept,
        notify=False,
    ),
    Move(
        "decline",
        frozenset({Status.PROPOSED}),
        Status.DECLINED,
        PAIR,
        button=gettext_lazy("Koppeling afwijzen"),
        done=gettext_lazy("U heeft de koppeling afgewezen."),
        notify=False,
    ),
    Move(
        "start",
        frozenset({Status.ACCEPTED}),
        Status.ACTIVE,
        frozenset({BROKER}),
        button=gettext_lazy("Koppeling starten"),
        done=gettext_lazy("De koppeling is actief."),
        notify=False,
    ),
    Move(
        "end",
        frozenset({Status.ACTIVE}),
        Status.ENDED,
        frozenset({MASTER, APPRENTICE, BROKER}),
        button=gettext_lazy("Koppeling afronden"),
        done=gettext_lazy("De koppeling is afgerond."),
        apply=_end,
        notify=False,
    ),
]


record = AuditTrail(PairEntry, "pair")


PAIR_MACHINE = Machine(
    name="networks.pair",
    model=Pair,
    moves=MOVES,
    roles=role_of,
    record=record,
    refusals={frozenset({BROKER}): gettext_lazy("Alleen de makelaar kan dit doen.")},
)
