"""Columns that apps above requisitions add to the requisition list (e.g. applications per stage),
so this app never imports them. An app registers in its ``AppConfig.ready``::

    register_list_extension(key="stages", annotate=add_counts, header_template="...", cell_template="...")

``annotate(queryset)`` adds database-computed fields to the list's queryset; the templates render
the header cells and, per row (``requisition`` in the context), the data cells.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ListExtension:
    key: str
    annotate: Callable
    header_template: str
    cell_template: str


_EXTENSIONS: dict[str, ListExtension] = {}


def register_list_extension(*, key, annotate, header_template, cell_template) -> None:
    _EXTENSIONS[key] = ListExtension(key, annotate, header_template, cell_template)


def list_extensions() -> list[ListExtension]:
    return list(_EXTENSIONS.values())


def annotate_list(queryset):
    for extension in _EXTENSIONS.values():
        queryset = extension.annotate(queryset)
    return queryset
