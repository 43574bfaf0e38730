"""Hooks through which the apps above ``candidates`` (interviews) add to its pages and rules without
``candidates`` importing them (dependencies point one way).

* ``register_board_annotation(key, annotate)``: ``annotate(queryset)`` adds fields to the board's and
  the list's applications in the same query (the interviews app adds ``average_score``).
* ``register_move_guard(key, guard)``: ``guard(application, target)`` returns a refusal message or "";
  the pipeline service consults every guard before a manual move. HR may override a guard's refusal by
  writing a note; others may not.
"""

from collections.abc import Callable

_ANNOTATIONS: dict[str, Callable] = {}
_GUARDS: dict[str, Callable] = {}


def register_board_annotation(key: str, annotate: Callable) -> None:
    _ANNOTATIONS[key] = annotate


def annotate_applications(queryset):
    for annotate in _ANNOTATIONS.values():
        queryset = annotate(queryset)
    return queryset


def register_move_guard(key: str, guard: Callable) -> None:
    _GUARDS[key] = guard


def guard_refusals(application, target: str) -> list[str]:
    """What the registered guards say against moving ``application`` to ``target`` (empty: nothing)."""
    return [str(message) for guard in _GUARDS.values() if (message := guard(application, target))]
