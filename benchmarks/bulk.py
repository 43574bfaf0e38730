"""Fast bulk loading for large data sets: rows go in as tuples with ids chosen here, through COPY on
PostgreSQL and ``executemany`` elsewhere, so no model instance is built and no id is read back.

Only for loading data that services would otherwise write one by one (``seed_scale``); the values are
stored as given, so ``auto_now``/``auto_now_add`` times can be set to the past."""

import csv
import datetime
import decimal
import io
import json
import uuid

from django.db import connection, models
from django.db.models import Max

NULL = r"\N"


def _text(value) -> str:
    """A value as PostgreSQL's COPY (CSV) reads it."""
    if value is None:
        return NULL
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, cls=_Encoder)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)


class _Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, decimal.Decimal | uuid.UUID | datetime.date):
            return str(o)
        return super().default(o)


class Table:
    """Rows for one model: ``add(pk, *values)`` in the order of ``fields`` (attnames, without the id).
    Concrete fields not named take their default, computed once. ``flush()`` writes what was added."""

    def __init__(self, model, fields: list[str], *, chunk: int = 20000):
        self.model = model
        meta = model._meta
        named = [meta.get_field(name) for name in fields]
        self.defaults = []
        for field in meta.concrete_fields:
            if field.primary_key or field in named:
                continue
            if (
                (field.has_default() and callable(field.default))
                or getattr(field, "auto_now", False)
                or getattr(field, "auto_now_add", False)
            ):
                raise ValueError(f"{meta.label}.{field.name} has no constant default: name it in the fields")
            value = field.get_default()
            if value is None and not field.null:
                raise ValueError(f"{meta.label}.{field.name} is required: name it in the fields")
            self.defaults.append((field, value))
        self.fields = [meta.pk, *named, *(field for field, _value in self.defaults)]
        self.tail = tuple(value for _field, value in self.defaults)
        self.rows = []
        self.chunk = chunk
        self.written = 0

    def next_id(self) -> int:
        return (self.model.objects.aggregate(top=Max("pk"))["top"] or 0) + 1

    def add(self, pk, *values) -> None:
        self.rows.append((pk, *values, *self.tail))
        if len(self.rows) >= self.chunk:
            self.flush()

    def flush(self) -> int:
        rows, self.rows = self.rows, []
        if not rows:
            return 0
        table = connection.ops.quote_name(self.model._meta.db_table)
        columns = ", ".join(connection.ops.quote_name(field.column) for field in self.fields)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                buffer = io.StringIO()
                writer = csv.writer(buffer, lineterminator="\n")
                writer.writerows([_text(value) for value in row] for row in rows)
                buffer.seek(0)
                cursor.copy_expert(f"COPY {table} ({columns}) FROM STDIN WITH (FORMAT csv, NULL '{NULL}')", buffer)
            else:
                prepared = [
                    [field.get_db_prep_save(value, connection) for field, value in zip(self.fields, row, strict=True)]
                    for row in rows
                ]
                marks = ", ".join(["%s"] * len(self.fields))
                # Names quoted by the backend from the model's own metadata; values travel as parameters.
                cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", prepared)  # noqa: S608
        self.written += len(rows)
        return len(rows)


def reset_sequences(*model_classes: type[models.Model]) -> None:
    """After rows were written with their own ids: the next id the database hands out follows them."""
    statements = connection.ops.sequence_reset_sql(_NoStyle(), list(model_classes))
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


class _NoStyle:
    def __getattr__(self, name):
        return lambda text: text
