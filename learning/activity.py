"""The registry of activity kinds: how each kind of activity block reports outcomes.

A lesson's body embeds activity blocks (courses.activity.ActivityBlock). Each kind
(a quiz, an H5P activity, any later one) registers here, from its app's
`AppConfig.ready`, the function that gives a learner's `Outcome` per activity of
that kind in a lesson. learning.progress asks the registry, so learning never
imports the apps whose results it rolls up. Reading is learning's own (the
`read_to_end` of a progress row), not a kind.

A kind may also register what the learner's own page ("My learning",
learning.my_learning) shows of its results (`history`: a template and its context)
and what the learner's data export holds of them (`export`: keys of the JSON).
"""

from collections.abc import Callable
from dataclasses import dataclass

from courses.activity import Outcome


@dataclass(frozen=True)
class Kind:
    """One kind of activity.

    `outcomes(learner=, lesson=, values=, known=)` returns the `Outcome` per
    activity id of `values` (activity id -> block value) in a fixed number of
    queries; `known` is what the caller has already read for this kind (the quiz
    attempts that can count, with the unsaved one among them), or None.

    `history(learner)` gives the kind's section of "My learning" as a `Section`
    (None: nothing to show), in a fixed number of queries; `export(learner)` the
    keys the kind adds to the learner's data export (learning.my_learning).
    """

    name: str
    block: type
    outcomes: Callable[..., dict[str, Outcome]]
    history: Callable[..., "Section | None"] | None = None
    export: Callable[..., dict] | None = None


@dataclass(frozen=True)
class Section:
    """A kind's section of the learner's own page: a template and its context."""

    template: str
    context: dict


_KINDS: dict[type, Kind] = {}


def register(
    *,
    name: str,
    block: type,
    outcomes: Callable,
    history: Callable | None = None,
    export: Callable | None = None,
) -> None:
    """Register the kind whose lessons embed `block` (idempotent)."""
    _KINDS[block] = Kind(
        name=name, block=block, outcomes=outcomes, history=history, export=export
    )


def kind_of(block) -> Kind:
    """The registered kind of an activity block (its class or a base of it)."""
    for cls in type(block).__mro__:
        kind = _KINDS.get(cls)
        if kind is not None:
            return kind
    raise LookupError(f"no activity kind registered for {type(block).__name__}")


def kinds() -> list[Kind]:
    return list(_KINDS.values())
