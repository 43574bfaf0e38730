"""Trigram indexes for searching people by any substring (pg_trgm, PostgreSQL only; SQLite scans).

Each index is on exactly the expression Django's lookup produces: ``icontains`` is
``UPPER(col::text) LIKE UPPER(%s)``, ``contains`` is ``col::text LIKE %s`` (the phone digits)."""

from django.db import migrations

INDEXES = [
    ("candidate_name_trgm", "candidates_candidate", "UPPER(full_name::text)"),
    ("candidate_email_trgm", "candidates_candidate", "UPPER(email::text)"),
    ("candidate_school_trgm", "candidates_candidate", "UPPER(school::text)"),
    ("candidate_phone_trgm", "candidates_candidate", "(phone::text)"),
    ("resume_text_trgm", "candidates_resume", "UPPER(text::text)"),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, expression in INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (({expression}) gin_trgm_ops)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _expression in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("candidates", "0004_default_reasons_and_messages")]

    operations = [migrations.RunPython(create, drop)]
