"""Hooks through which the apps above ``candidates`` (interviews) add to its pages and rules without
``candidates`` importing them (dependencies point one way).

* ``register_board_annotation(key, annotate)``: ``annotate(queryset, user)`` adds fields to the
  board's and the list's applications in the same query, as ``user`` may see them (the interviews
  app adds ``average_score``, empty where the blind rule hides the scores from ``user``).
* ``register_move_guard(key, guard)``: ``guard(application, target)`` returns a refusal message or "";
  the pipeline service consults every guard before a manual move. HR may override a guard's refusal by
  writing a note; others may not.
"""

from collections.abc import Callable

_ANNOTATIONS: dict[str, Callable] = {}
_GUARDS: dict[str, Callable] = {}


def register_board_annotation(key: str, annotate: Callable) -> None:
    _ANNOTATIONS[key] = annotate


def annotate_applications(queryset, user):
    for annotate in _ANNOTATIONS.values():
        queryset = annotate(queryset, user)
    return queryset


def register_move_guard(key: str, guard: Callable) -> None:
    _GUARDS[key] = guard


def guard_refusals(application, target: str) -> list[str]:
    """What the registered guards say against moving ``application`` to ``target`` (empty: nothing)."""
    return [str(message) for guard in _GUARDS.values() if (message := guard(application, target))]


# Sections other apps add to pages of this app: "status" (the candidate's status page; context gets
# ``application`` and ``token``), "application" (each application on the staff candidate page;
# context gets ``user`` and ``application``) and "board" (links beside the board's title; context
# gets ``requisition`` and ``user``). ``context`` returns the template's variables, or None to skip.
_SECTIONS: dict[str, dict[str, tuple[str, Callable]]] = {"status": {}, "application": {}, "board": {}}
# For the candidate page: ``batch(user=, applications=)`` loads what a section needs for all the
# person's applications at once; its result reaches ``context`` as ``batch=`` (no query per application).
_BATCHES: dict[str, Callable] = {}
_TIMELINE: dict[str, Callable] = {}


def register_section(page: str, key: str, template: str, context: Callable, *, batch: Callable | None = None) -> None:
    _SECTIONS[page][key] = (template, context)
    if batch is not None:
        _BATCHES[key] = batch


def sections(page: str, **kwargs) -> list[dict]:
    found = []
    for template, context in _SECTIONS[page].values():
        values = context(**kwargs)
        if values is not None:
            found.append({"template": template, **values})
    return found


def application_sections(*, user, applications) -> dict[int, list[dict]]:
    """The "application" sections of each of a person's applications (application id -> sections),
    each section's ``batch`` run once for all of them."""
    result = {application.pk: [] for application in applications}
    for key, (template, context) in _SECTIONS["application"].items():
        extra = {"batch": _BATCHES[key](user=user, applications=applications)} if key in _BATCHES else {}
        for application in applications:
            values = context(user=user, application=application, **extra)
            if values is not None:
                result[application.pk].append({"template": template, **values})
    return result


def register_timeline_source(key: str, items: Callable) -> None:
    """``items(user=, candidate=, applications=)`` returns timeline entries: dicts with ``time`` and a
    ``template`` that renders the entry (with ``item`` in its context)."""
    _TIMELINE[key] = items


def timeline_items(**kwargs) -> list[dict]:
    return [item for source in _TIMELINE.values() for item in source(**kwargs)]


_GRANTS: dict[str, Callable] = {}


def register_application_grant(key: str, applications: Callable) -> None:
    """``applications(user)`` returns a queryset of application ids ``user`` may read beyond their
    role's scope (the interviews app: the applications of the interviews they sit on). Used for the
    files an interview kit shows."""
    _GRANTS[key] = applications


def granted_applications(user) -> list:
    return [applications(user) for applications in _GRANTS.values()]


_CLOSE_HOOKS: dict[str, Callable] = {}


def register_close_hook(key: str, hook: Callable) -> None:
    """``hook(application=, actor=)`` runs inside the transaction that rejects or withdraws an
    application (the interviews app cancels its scheduled interviews)."""
    _CLOSE_HOOKS[key] = hook


def run_close_hooks(*, application, actor) -> None:
    for hook in _CLOSE_HOOKS.values():
        hook(application=application, actor=actor)


_CARD_TEMPLATES: list[str] = []


def register_card_template(template: str) -> None:
    """A template included in each board card (with ``card`` in its context); it must not query."""
    if template not in _CARD_TEMPLATES:
        _CARD_TEMPLATES.append(template)


def card_templates() -> list[str]:
    return list(_CARD_TEMPLATES)


_ERASE_HOOKS: dict[str, Callable] = {}
_EXPORTS: dict[str, Callable] = {}


def register_erase_hook(key: str, hook: Callable) -> None:
    """``hook(application_ids=)`` runs inside the transaction that erases a person: it blanks what the
    person wrote that other apps keep (the simulations app: their work-sample answers)."""
    _ERASE_HOOKS[key] = hook


def run_erase_hooks(*, application_ids) -> None:
    for hook in _ERASE_HOOKS.values():
        hook(application_ids=application_ids)


def register_export(key: str, export: Callable) -> None:
    """``export(application_ids=)`` returns JSON-ready data other apps hold about a person, added
    under ``key`` to the person's export (the right of access)."""
    _EXPORTS[key] = export


def exports(*, application_ids) -> dict:
    return {key: export(application_ids=application_ids) for key, export in _EXPORTS.items()}
