"""The role-aware home page is assembled from sections that apps register, so the project package
does not depend on the apps above it (requisitions, candidates, interviews).

An app registers in its ``AppConfig.ready``::

    register_home_section(key="my-requisitions", roles=[Role.HIRING_MANAGER], order=20,
                          template="requisitions/partials/_home_manager.html", context=my_requisitions)

``context(request)`` returns the section's template variables. A later registration with the same
key replaces an earlier one (an app may take over a placeholder).
"""

from collections.abc import Callable
from dataclasses import dataclass

from recruiting.roles import has_role


@dataclass(frozen=True)
class HomeSection:
    key: str
    roles: tuple[str, ...]
    template: str
    order: int
    context: Callable | None = None


_SECTIONS: dict[str, HomeSection] = {}


def register_home_section(*, key, roles, template, order, context=None) -> None:
    _SECTIONS[key] = HomeSection(key=key, roles=tuple(str(r) for r in roles), template=template, order=order,
                                 context=context)  # fmt: skip


def sections_for(request) -> list[dict]:
    """The sections ``request.user`` sees, in order, each with its context already computed."""
    visible = [s for s in sorted(_SECTIONS.values(), key=lambda s: s.order) if has_role(request.user, *s.roles)]
    return [{"key": s.key, "template": s.template, **(s.context(request) if s.context else {})} for s in visible]
