"""Database functions the dashboard needs on both PostgreSQL and SQLite.

* ``Seconds(end, start)``: the seconds between two timestamps, as a float.
* ``Percentile(expr, fraction)``: PostgreSQL's ``percentile_cont`` (continuous, interpolated). SQLite
  has none, so ``register_sqlite_functions`` adds an aggregate of the same name and meaning to each
  SQLite connection; the database still does the aggregation (no Python loop over rows in the views).
* ``grouped(inner, select=..., group_by=...)``: aggregates over the rows of a queryset, for what the ORM
  cannot group in one statement (a percentile of a window function's result, an aggregate of
  per-application aggregates); ``percentile_sql`` writes ``Percentile`` for such a statement.
"""

import math

from django.db import connections
from django.db.models import Aggregate, FloatField, Func


class Seconds(Func):
    output_field = FloatField()
    arity = 2

    def as_sqlite(self, compiler, connection, **extra):
        end, end_params = compiler.compile(self.source_expressions[0])
        start, start_params = compiler.compile(self.source_expressions[1])
        return f"((julianday({end}) - julianday({start})) * 86400.0)", [*end_params, *start_params]

    def as_postgresql(self, compiler, connection, **extra):
        end, end_params = compiler.compile(self.source_expressions[0])
        start, start_params = compiler.compile(self.source_expressions[1])
        return f"EXTRACT(EPOCH FROM ({end} - {start}))::float", [*end_params, *start_params]


class Percentile(Aggregate):
    function = "percentile_cont"
    output_field = FloatField()

    def __init__(self, expression, fraction: float, **extra):
        super().__init__(expression, **extra)
        self.fraction = float(fraction)

    def as_postgresql(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        filter_sql, filter_params = ("", [])
        if self.filter:
            filter_sql, filter_params = compiler.compile(self.filter)
            filter_sql = f" FILTER (WHERE {filter_sql})"
        return (f"percentile_cont(%s) WITHIN GROUP (ORDER BY {sql}){filter_sql}",
                [self.fraction, *params, *filter_params])  # fmt: skip

    def as_sqlite(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        if self.filter:
            condition, condition_params = compiler.compile(self.filter)
            sql, params = f"CASE WHEN {condition} THEN {sql} ELSE NULL END", [*condition_params, *params]
        return f"percentile_cont({sql}, %s)", [*params, self.fraction]


class _PercentileCont:
    """SQLite aggregate ``percentile_cont(value, fraction)`` with PostgreSQL's interpolation."""

    def __init__(self):
        self.values = []
        self.fraction = 0.5

    def step(self, value, fraction):
        if value is not None:
            self.values.append(float(value))
        self.fraction = float(fraction)

    def finalize(self):
        if not self.values:
            return None
        values = sorted(self.values)
        position = self.fraction * (len(values) - 1)
        low, high = math.floor(position), math.ceil(position)
        return values[low] + (values[high] - values[low]) * (position - low)


def register_sqlite_functions(sender, connection, **kwargs) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_aggregate("percentile_cont", 2, _PercentileCont)


def percentile_sql(column: str, fraction: float, *, vendor: str) -> str:
    """``Percentile`` over a column of ``grouped``'s inner rows (the fraction is a number written by
    the code, never input)."""
    fraction = float(fraction)
    if vendor == "postgresql":
        return f"percentile_cont({fraction!r}) WITHIN GROUP (ORDER BY {column})"
    return f"percentile_cont({column}, {fraction!r})"


def grouped(inner, *, select: list[str], where: str = "", group_by: str = "", order_by: str = "", params=()):
    """Rows (tuples) of ``SELECT <select> FROM (<inner>) AS scoped [WHERE] [GROUP BY] [ORDER BY]``: ``inner``
    is a queryset compiled by Django (its values travel as parameters), the rest is written by the
    code; ``params`` fill the placeholders of ``where``."""
    inner_sql, inner_params = inner.query.sql_with_params()
    sql = f"SELECT {', '.join(select)} FROM ({inner_sql}) AS scoped"  # noqa: S608 - see the docstring
    if where:
        sql += f" WHERE {where}"
    if group_by:
        sql += f" GROUP BY {group_by}"
    if order_by:
        sql += f" ORDER BY {order_by}"
    with connections[inner.db].cursor() as cursor:
        cursor.execute(sql, [*inner_params, *params])
        return cursor.fetchall()
