"""Search by any fragment, Chinese included: a GIN index on the characters and character pairs of a
person's name and school, and of resume text (see candidates/search.py). They replace the trigram
indexes on those columns, which a one- or two-character Chinese query could not use. E-mail and
phone keep their trigram indexes. PostgreSQL only; SQLite scans. (The characters are not made
distinct: GIN removes repeated keys itself, and the function stays a cheap expression.)"""

from django.db import migrations

# Frozen here (candidates/search.py uses the same expressions; a query must repeat them exactly).
GRAMS = "candidate_search_grams"
PERSON_DOCUMENT = "UPPER(full_name::text || ' ' || school::text)"
RESUME_DOCUMENT = "UPPER(text::text)"
CREATE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {GRAMS}(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT array_remove(string_to_array(t, NULL), ' ')
        || ARRAY(SELECT substr(t, i, 2) FROM generate_series(1, length(t) - 1) AS i)
$$
"""  # noqa: S608 - constant SQL, no input

REPLACED = ["candidate_name_trgm", "candidate_school_trgm", "resume_text_trgm"]
OLD = {
    "candidate_name_trgm": ("candidates_candidate", "UPPER(full_name::text)"),
    "candidate_school_trgm": ("candidates_candidate", "UPPER(school::text)"),
    "resume_text_trgm": ("candidates_resume", "UPPER(text::text)"),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(CREATE_FUNCTION)
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS candidate_search_grams ON candidates_candidate "
        f"USING gin ({GRAMS}({PERSON_DOCUMENT}))"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS resume_search_grams ON candidates_resume USING gin ({GRAMS}({RESUME_DOCUMENT}))"
    )
    for name in REPLACED:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (table, expression) in OLD.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (({expression}) gin_trgm_ops)")
    schema_editor.execute("DROP INDEX IF EXISTS candidate_search_grams")
    schema_editor.execute("DROP INDEX IF EXISTS resume_search_grams")
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {GRAMS}(text)")


class Migration(migrations.Migration):
    dependencies = [("candidates", "0011_candidate_import")]

    operations = [migrations.RunPython(create, drop)]
