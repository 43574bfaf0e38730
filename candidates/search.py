"""Finding people by any fragment of their name, school, e-mail, phone or resume, Chinese included.

PostgreSQL: trigram indexes (pg_trgm) need three characters, and a Chinese name is two or three, so
a search for 小明 or 王 could not use them and scanned every row. Instead names, schools and resume
text are indexed by their characters and pairs of characters (``candidate_search_grams``, a GIN
index on an expression, migration 0012): a query keeps the rows whose grams include all of the
query's grams, which the index answers, and the substring match (``icontains``) then confirms each.
E-mail addresses and phone digits keep trigram indexes, and are searched from three characters (a
one- or two-letter piece of an address finds nothing useful, and indexing every pair of an address's
characters made writing a person four times dearer). SQLite scans, which is fine at its size."""

from django.db import connection
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL

GRAMS = "candidate_search_grams"
# The indexed expressions (migration 0012 creates the function and the indexes): a query must repeat
# them exactly for the planner to use the indexes.
PERSON_DOCUMENT = "UPPER(full_name::text || ' ' || school::text)"
MIN_TRIGRAM_SEARCH = 3
RESUME_DOCUMENT = "UPPER(text::text)"


def _grams_cover(document: str, search: str):
    # Constant SQL (the indexed expressions); the search travels as a parameter.
    return RawSQL(f"{GRAMS}({document}) @> {GRAMS}(UPPER(%s))", (search,), output_field=BooleanField())  # noqa: S611


def phone_digits(search: str) -> str:
    """The digits of a search, when there are enough of them to look for a phone number."""
    digits = "".join(ch for ch in search if ch.isdigit())
    return digits if len(digits) >= MIN_TRIGRAM_SEARCH else ""


def people_matching(people, search: str):
    """``people`` (a Candidate queryset) narrowed to those whose name or school contains ``search``
    (any case), or from three characters their e-mail, or whose phone contains its digits."""
    match = Q(full_name__icontains=search) | Q(school__icontains=search)
    if connection.vendor == "postgresql":
        match = Q(_grams_cover(PERSON_DOCUMENT, search)) & match
    if len(search) >= MIN_TRIGRAM_SEARCH:
        match |= Q(email__icontains=search)
    digits = phone_digits(search)
    return people.filter(match | Q(phone__contains=digits) if digits else match)


def resumes_matching(resumes, search: str):
    """``resumes`` narrowed to those whose extracted text contains ``search`` (any case)."""
    text = Q(text__icontains=search)
    if connection.vendor == "postgresql":
        text = Q(_grams_cover(RESUME_DOCUMENT, search)) & text
    return resumes.filter(text)
