"""One way to run a state machine: a declarative table per machine, run by one function.

A machine is a table of moves. Each move names the states it may start from, the state it leads
to (or none: a message keeps the state), the roles that may make it, the words a page shows for
it (heading, button, the message after it), the form that collects its input, and whether the
other people involved hear of it. Apps declare their table where their model lives (requests:
`offers.bookings.machine`); views list `machine.available(obj, role)` and call `machine.run`.

`run` does the same for every machine, in one transaction: it locks the row, refuses an illegal
move with a message for the actor (`IllegalMove`, nothing changed), lets the move's own step
check and change fields (`apply`), sets the new state, writes the audit entry and, after the
commit, queues the notification as a task (`run_notification`) so that no e-mail is
sent inside the request.

We wrote this small module instead of using django-fsm-2: its transitions are methods decorated
on the model (the table is spread over the class, and who may and what is sent live elsewhere),
it has no audit trail or notifications of its own, and it does not lock the row. Here the table
is data that tests, views and documentation read, and the locking that settles races (the last
place on a date) is part of every move.
"""

from dataclasses import dataclass, field
from functools import partial

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django_tasks import task

MACHINES = {}


class IllegalMove(Exception):
    """A move that may not be made now; str(error) tells the actor why. Nothing was changed."""


@dataclass(frozen=True)
class Move:
    name: str
    sources: frozenset
    target: str | None
    by: frozenset
    heading: str = ""
    button: str = ""
    done: str = ""
    # Shown open on the page rather than folded away.
    primary: bool = False
    # A form class, or a callable(obj, data, prefix) returning a form; None: one button.
    form: object = None
    # apply(obj, actor, role, data) checks what the table cannot say and changes fields; it may
    # raise IllegalMove. It runs on the locked row, before the state changes.
    apply: object = None
    # when(obj, role) -> bool: a move offered on the page only in some cases (after the date);
    # `apply` still checks, with a message that says why.
    when: object = None
    notify: bool = True

    def offered(self, obj, role, state):
        if state not in self.sources or role not in self.by:
            return False
        return self.when is None or self.when(obj, role)


@dataclass(frozen=True)
class AuditTrail:
    """A machine's `record` for the usual audit table: one row of `entry_model` per move, on
    the object (`owner`, the foreign key's name), with the columns the table has: the move's
    name, the actor's role, the actor (none for a visitor without an account), the state before
    and after, and a text the actor typed (the first of `text_keys` in the move's data). A
    column named None is one the table does not keep. Every app's audit table is the same
    shape, so the machines share this instead of writing it each."""

    entry_model: type
    owner: str
    state_field: str = "status"
    move: str | None = "move"
    role: str | None = "role"
    actor: str | None = "actor"
    before: str | None = "from_status"
    after: str | None = "to_status"
    text: str | None = None
    text_keys: tuple = ("text",)

    def __call__(self, obj, move, user, role, previous, data):
        values = {self.owner: obj}
        columns = {
            self.move: move.name,
            self.role: role,
            self.actor: user if user is not None and user.is_authenticated else None,
            self.before: previous,
            self.after: getattr(obj, self.state_field),
        }
        values.update((column, value) for column, value in columns.items() if column)
        if self.text:
            typed = next((data[key] for key in self.text_keys if data.get(key)), "")
            values[self.text] = str(typed).strip()
        return self.entry_model.objects.create(**values)


@dataclass
class Machine:
    """A table of moves over one model's state field.

    `roles(user, obj)` answers the role of a user (None: may not see the object at all: 403);
    `record(obj, move, actor, role, previous, data)` writes the audit entry and returns it;
    `notify(entry_pk)` runs on the worker and sends what the entry says (dotted path or callable).
    """

    name: str
    model: type
    moves: list
    roles: object
    record: object
    notify: object = None
    state_field: str = "status"
    refusals: dict = field(default_factory=dict)
    too_late: str = ""

    def __post_init__(self):
        self.table = {move.name: move for move in self.moves}
        MACHINES[self.name] = self

    def role_of(self, user, obj):
        role = self.roles(user, obj)
        if role is None:
            raise PermissionDenied
        return role

    def available(self, obj, role):
        """The moves `role` may make now, in the order of the table."""
        state = getattr(obj, self.state_field)
        return [move for move in self.moves if move.offered(obj, role, state)]

    def check(self, obj, name, role):
        move = self.table.get(name)
        if move is None:
            raise IllegalMove(_("Deze stap bestaat niet."))
        if role not in move.by:
            raise IllegalMove(self.refusals.get(frozenset(move.by)) or _("U kunt dit niet doen."))
        state = getattr(obj, self.state_field)
        if state not in move.sources:
            status = getattr(obj, f"get_{self.state_field}_display", lambda: state)()
            raise IllegalMove(
                (self.too_late or _("Dat kan niet meer (%(status)s)."))
                % {"status": str(status).lower()}
            )
        # `when` only decides what a page offers; the move's own step says why it cannot be made.
        return move

    def run(self, obj, name, user, data=None, role=None):
        """Make move `name` on `obj` for `user`; returns the audit entry."""
        with transaction.atomic():
            locked = self.model.objects.select_for_update(of=("self",)).get(pk=obj.pk)
            if role is None:
                role = self.role_of(user, locked)
            move = self.check(locked, name, role)
            previous = getattr(locked, self.state_field)
            if move.apply is not None:
                move.apply(locked, user, role, data or {})
            if move.target is not None:
                setattr(locked, self.state_field, move.target)
            locked.save()
            entry = self.record(locked, move, user, role, previous, data or {})
            if move.notify and self.notify is not None and entry is not None:
                transaction.on_commit(partial(queue_notification, self.name, entry.pk))
        # The caller's copy shows the new state too.
        for model_field in self.model._meta.concrete_fields:
            setattr(obj, model_field.attname, getattr(locked, model_field.attname))
        return entry

    def describe(self):
        """The table as rows, for the README and tests: (move, from, to, by)."""
        return [
            (move.name, sorted(move.sources), move.target or "", sorted(move.by))
            for move in self.moves
        ]


def queue_notification(machine_name, entry_pk):
    run_notification.enqueue(machine_name, entry_pk)


def notifier(machine_name):
    notify = MACHINES[machine_name].notify
    return import_string(notify) if isinstance(notify, str) else notify


@task()
def run_notification(machine_name, entry_pk):
    """What a move tells the people involved, on the worker (the machine's `notify`)."""
    return notifier(machine_name)(entry_pk)
