"""Hypothesis fuzzing of the public application form (``careers:apply``): random and hostile values in
every field, multi-valued fields, missing fields, odd resumes. Whatever is posted, the page answers
below 500; a refusal (200 with the error shown, or a 400 from the request parser) writes no row and no
file; a success stores only what the validators allow (e-mail lower-cased, phone in E.164, numbers in
their bounds, answers fitting their question, the resume under a random name in the private folder).

The strategies and the no-partial-write helpers at the top are shared with
``tests/candidates/test_hostile_uploads.py`` and ``tests/recruiting/test_fuzz_hr_forms.py``.
"""

import contextlib
import datetime
import html
import operator
import re
from decimal import Decimal
from pathlib import Path

import phonenumbers
import pytest
from django.apps import apps
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, models, transaction
from django.urls import reverse
from django.utils.html import escape
from hypothesis import HealthCheck, event, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from candidates.files import display_name
from candidates.models import Application, Candidate, Resume, ScreeningAnswer, Source
from candidates.phones import normalise_phone
from requisitions.choices import EducationLevel, LanguageLevel
from requisitions.services.demand_table import question_add
from tests.candidates.conftest import MINIMAL_PDF, docx_bytes

pytestmark = pytest.mark.django_db

# Modest, reproducible runs: the same examples on every machine (derandomize), nothing stored between runs.
FUZZ = hypothesis_settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)

# --- Strategies (shared) ------------------------------------------------------------------------------------

# Every printable and unprintable class except surrogates (which a POST body cannot carry as UTF-8).
UNICODE_CHARS = st.characters(
    codec="utf-8",
    categories=("Lu", "Ll", "Lo", "Lm", "Mn", "Me", "Nd", "No", "Pd", "Po", "Ps", "Pe", "Pi", "Pf", "Sm", "So",
                "Sk", "Sc", "Zs", "Zl", "Zp", "Cc", "Cf", "Co"),
)  # fmt: skip
SPECIAL_TEXT = [
    "", " ", "\t\n", "\x00", "a\x00b", "\x00" * 3, "\x07\x08\x1b[31mred", "\x7f", "\u0085", "\u2028\u2029",
    "\u202e", "cv\u202efdp.exe", "\u200f\u200eRTL", "\u200b", "\ufeff", "\ufffd", "\U0010ffff", "\ue000",
    "😀", "👩\u200d👩\u200d👧\u200d👦", "🇨🇳🏳️\u200d🌈", "e\u0301" * 50, "Z\u0351\u0352\u0353" * 20, "𝓗𝓮𝓵𝓵𝓸",
    "ǅ", "İ", "ß", "ﬃ", "﷽", "王小明", "محمد", "עִבְרִית",
    "<script>alert(1)</script>", "\"'><img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% debug %}",
    "%(name)s %s %n %x", "' OR '1'='1", "Robert'); DROP TABLE candidates_candidate;--",
    "../../etc/passwd", "..\\..\\boot.ini", "\r\nSet-Cookie: x=y", "=HYPERLINK(\"http://evil.example\")",
    "+cmd|' /C calc'!A0", "@SUM(1+1)", "null", "None", "true", "[]", "{}", "NaN", "1e400", "²",
]  # fmt: skip
LONG_TEXT = st.builds(
    operator.mul,
    st.sampled_from(["x", "中", "😀", "\u202e", "a\x00", "<b>", "e\u0301", " "]),
    st.integers(10_001, 16_000),
)
HOSTILE_TEXT = st.one_of(st.sampled_from(SPECIAL_TEXT), st.text(UNICODE_CHARS, max_size=40), LONG_TEXT)

NUMBER_TEXT = [
    "0", "-0", "-1", "1", "59.9", "60", "60.0", "60.05", "60.1", "61", "99999", "100000", "100001", "-100000",
    "1e400", "-1e400", "1e-400", "1E3", "NaN", "nan", "-NaN", "sNaN", "Infinity", "-Infinity", "inf", "²", "³",
    "½", "١٢", "１２", "٣.٥", "0x10", "0b1", "1_000", "1,5", "1.5.5", " 5 ", "5.", ".5", ".", "-", "+1", "++1",
    "9" * 20, "9" * 5000, "0.00000001", "3.14159", "2147483648", "9223372036854775808", "-9223372036854775809",
    "18446744073709551616", "1e308", "1.8e308", "\x005", "5\x00", "５", "1 000", "1\u00a0000",
]  # fmt: skip
HOSTILE_NUMBER = st.one_of(
    st.sampled_from(NUMBER_TEXT),
    st.integers(-(10**40), 10**40).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.floats().map(repr),
)
DATE_TEXT = [
    "9999-12-31", "0001-01-01", "1900-01-01", "1970-01-01", "2038-01-19", "10000-01-01", "99999-01-01",
    "0000-00-00", "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "-2024-01-01", "2024-1-1", "01/02/2024",
    "2024/01/02", "31.12.2024", "today", "now", "", " ", "２０２５-０１-０１", "2025-01-01T00:00", "2025-01-01\x00",
    "1e400", "NaN", "9" * 30,
]  # fmt: skip
HOSTILE_DATE = st.one_of(
    st.sampled_from(DATE_TEXT),
    st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31)).map(datetime.date.isoformat),
)
DATETIME_TEXT = [
    "9999-12-31T23:59", "9999-12-31T23:00", "0001-01-01T00:00", "0001-01-01T00:30", "1970-01-01T00:00",
    "2038-01-19T03:14:08", "2025-02-30T10:00", "2025-01-01T24:00", "2025-01-01T23:60", "2025-01-01T10:00:61",
    "2025-01-01 10:00", "2025-01-01", "10:00", "T", "", "2025-01-01T10:00+14:00", "2025-01-01T10:00Z",
    "2025-01-01T10:00:00.9999999", "１０:００", "2025-01-01T10:00\x00", "now", "1e400",
]  # fmt: skip
HOSTILE_DATETIME = st.one_of(
    st.sampled_from(DATETIME_TEXT),
    st.datetimes(min_value=datetime.datetime(1, 1, 1), max_value=datetime.datetime(9999, 12, 31, 23, 59)).map(
        lambda moment: moment.strftime("%Y-%m-%dT%H:%M")
    ),
)
BOOLEAN_TEXT = ["on", "off", "true", "false", "True", "0", "1", "", "yes", "no", "\x00", "on\x00", "😀", "null"]
HOSTILE_BOOLEAN = st.one_of(st.sampled_from(BOOLEAN_TEXT), HOSTILE_TEXT)
ID_TEXT = [
    "", "0", "-1", "1.5", "1.0", "01", "abc", " 1", "1\x00", "1e3", "NaN", "²", "１", str(2**31), str(2**63),
    str(2**64), "9" * 30, "9" * 5000, "None", "[1]",
]  # fmt: skip


def hostile_ids(*valid):
    """Primary keys as posted: the real ones among junk, out-of-range and non-numeric ones."""
    return st.one_of(st.sampled_from([str(pk) for pk in valid] or ["1"]), st.sampled_from(ID_TEXT), HOSTILE_NUMBER)


def hostile_choice(valid):
    """A choice field's value: a valid one, a near miss (case, spaces, NUL) or anything at all."""
    valid = [str(value) for value in valid]
    near = [variant for value in valid for variant in (value.upper(), f" {value}", f"{value}\x00", value + "x")]
    return st.one_of(st.sampled_from(valid), st.sampled_from(near), HOSTILE_TEXT)


def multi(strategy):
    """A QueryDict multi-value where a scalar is expected (the form reads the last one)."""
    return st.lists(strategy, min_size=2, max_size=3)


def last(value):
    """What ``QueryDict.get`` returns for a posted value (the last of a list)."""
    if isinstance(value, list):
        return value[-1] if value else ""
    return value


# --- No partial write (shared) ------------------------------------------------------------------------------


def row_counts() -> dict[str, int]:
    """The number of rows of every table the project has (its own and Django's).

    One statement with a COUNT(*) per table (what ``_base_manager.count()`` runs for each): taken before
    and after every fuzzed request, a query per table cost the fuzz tests about a tenth of their time."""
    models = [
        model
        for model in apps.get_models(include_auto_created=True)  # many-to-many tables too
        if model._meta.managed and not model._meta.proxy
    ]
    quote = connection.ops.quote_name
    # Table names from the models, quoted; no input.
    counts = ", ".join(f"(SELECT COUNT(*) FROM {quote(model._meta.db_table)})" for model in models)  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {counts}")
        row = cursor.fetchone()
    return {model._meta.label: count for model, count in zip(models, row, strict=True)}


def files_under(folder) -> set[Path]:
    folder = Path(folder)
    return {path for path in folder.rglob("*") if path.is_file()} if folder.exists() else set()


class Snapshot:
    """Row counts and files before a request, to compare with after."""

    def __init__(self, folder):
        self.folder = folder
        self.rows = row_counts()
        self.files = files_under(folder)

    def row_changes(self) -> dict[str, int]:
        now = row_counts()
        return {label: now[label] - self.rows.get(label, 0) for label in now if now[label] != self.rows.get(label, 0)}

    def new_files(self) -> set[Path]:
        return files_under(self.folder) - self.files

    def assert_nothing_written(self):
        assert self.row_changes() == {}, "a refused request wrote rows"
        assert self.new_files() == set(), "a refused request left a file behind"

    def remove_new_files(self):
        for path in self.new_files():
            path.unlink()


@contextlib.contextmanager
def isolated_example():
    """One hypothesis example: rate limits cleared, its writes rolled back afterwards (a savepoint
    inside the test's transaction), so the examples do not see each other's rows."""
    cache.clear()
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def text_values(instance):
    """(field name, value) of every text field of a model instance."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, models.CharField | models.TextField):
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                yield field.name, value


def assert_no_nul(instance):
    """PostgreSQL cannot store NUL in text, and every form field refuses it: none may be stored."""
    for name, value in text_values(instance):
        assert "\x00" not in value, f"{type(instance).__name__}.{name} stored a NUL character"


def assert_form_error_shown(response, form_key="form"):
    """A refusal is the page again (200) with the form's errors on it."""
    assert response.status_code == 200
    form = response.context[form_key]
    assert form.errors, "a 200 answer to a POST must carry the errors"
    html = response.content.decode()
    shown = [str(message) for messages in form.errors.values() for message in messages]
    assert any(escape(message) in html or message in html for message in shown), f"errors not on the page: {shown}"
    return form


# --- The posting, and what a candidate may post ----------------------------------------------------------

QUESTION_SPECS = {
    # kind: (required, choices, knockout)
    "yes_no": (True, [], {"answer": "no"}),
    "choice": (
        False,
        [
            {"value": "a", "label_en": "Weekdays"},
            {"value": "b", "label_en": "Weekends"},
            {"value": "c", "label_en": "Nights", "label_zh": "夜班"},
        ],
        {"values": ["c"]},
    ),
    "number": (False, [], {"min": 1}),
    "short_text": (False, [], {}),
}
FIELDS = (
    "full_name", "email", "phone", "current_city", "education", "major", "school", "graduation_year",
    "years_experience", "years_customer_service", "cs_practice_hours", "language_zh", "language_en", "source",
    "referrer_name", "consent", "website",
)  # fmt: skip
ANSWER_KINDS = ("long_text", *QUESTION_SPECS)
YEAR = datetime.date.today().year
VALID_PHONES = [
    "13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "0086 13812345678", "+8615900001111",
    "+44 20 7946 0958", "+1 650-253-0000", " 159 0000 1111 ", "(+86) 138 1234 5678",
]  # fmt: skip
HOSTILE_PHONES = [
    "", "+", "+86", "12345", "1" * 11, "+86 1" + "3" * 40, "138\x001234\x005678", "１３８１２３４５６７８",
    "+86 138 1234 5678 ext. 99", "tel:+8613812345678", "+999 12345678", "000000", "+0 123", "13812345678" * 3,
    "+86 13812345678\n+1 6502530000", "٠١٣٨١٢٣٤٥٦٧٨", "138 1234 5678;DROP", "+44 20 7946 0958 x1",
]  # fmt: skip
HOSTILE_EMAILS = [
    "", "a@b", "a@b.c", "A@B.COM", "x" * 250 + "@b.co", "a@" + "b" * 250 + ".com", "a\x00@example.com",
    "a@example.com\r\nBcc: x@example.org", '"quoted local"@example.com', '"\x01"@example.com', "a@[127.0.0.1]",
    "a@localhost", "a..b@example.com", "ÄÖ@example.com", "user@İSTANBUL.com", "user@ß.de", "user@xn--fsq.com",
    "<a@example.com>", "a@example.com, c@example.org", "a@-example.com", "İ" * 60 + "@example.com",
    "a@example.com.", " Mixed.Case+Tag@Example.COM ",
]  # fmt: skip
VALID_EMAILS = st.builds(
    lambda pad, local, domain: f"{pad}{local}@{domain}{pad}",
    st.sampled_from(["", " ", "\t"]),
    st.from_regex(r"[A-Za-z0-9]{1,12}([._+-][A-Za-z0-9]{1,8})?", fullmatch=True),
    st.sampled_from(["example.com", "Example.CN", "mail.example.org", "例子.中国", "EXAMPLE.co.uk"]),
)
HOSTILE_BY_FIELD = {
    "full_name": HOSTILE_TEXT,
    "email": st.one_of(st.sampled_from(HOSTILE_EMAILS), st.emails().map(str), HOSTILE_TEXT),
    "phone": st.one_of(st.sampled_from(HOSTILE_PHONES), HOSTILE_NUMBER, HOSTILE_TEXT),
    "current_city": HOSTILE_TEXT,
    "education": hostile_choice(EducationLevel.values),
    "major": HOSTILE_TEXT,
    "school": HOSTILE_TEXT,
    "graduation_year": st.one_of(st.sampled_from(["1949", "1950", str(YEAR + 6), str(YEAR + 7)]), HOSTILE_NUMBER),
    "years_experience": HOSTILE_NUMBER,
    "years_customer_service": HOSTILE_NUMBER,
    "cs_practice_hours": HOSTILE_NUMBER,
    "language_zh": hostile_choice(LanguageLevel.values),
    "language_en": hostile_choice(LanguageLevel.values),
    "source": hostile_choice(Source.values),
    "referrer_name": HOSTILE_TEXT,
    "consent": HOSTILE_BOOLEAN,
    "website": HOSTILE_TEXT,
}
HOSTILE_ANSWERS = {
    "long_text": HOSTILE_TEXT,
    "yes_no": hostile_choice(["yes", "no"]),
    "choice": hostile_choice(["a", "b", "c"]),
    "number": HOSTILE_NUMBER,
    "short_text": HOSTILE_TEXT,
}
RESUME_NAMES = st.one_of(
    st.sampled_from(["resume.pdf", "CV 王小明.pdf", "resume.PDF", "resume", "resume.docx", "a.exe", ".pdf",
                     "../../etc/passwd.pdf", "x" * 300 + ".pdf", "cv\u202efdp.pdf", "简历.final"]),
    st.text(UNICODE_CHARS, min_size=1, max_size=30),
)  # fmt: skip


def received_name(name: str) -> str:
    """The file name as Django's multipart parser keeps it: the last path part, printable characters
    only, not "." or "..". A file whose name keeps nothing (say "\x1f") is dropped by the parser, as if
    none was sent."""
    name = html.unescape(name).rsplit("/")[-1].rsplit("\\")[-1]
    name = "".join(char for char in name if char.isprintable())
    return "" if name in {".", ".."} else name


RESUMES = st.one_of(
    st.none(),
    st.tuples(st.just("resume.pdf"), st.just(MINIMAL_PDF)),
    st.tuples(RESUME_NAMES, st.just(MINIMAL_PDF)),
    st.tuples(st.sampled_from(["resume.docx", "cv"]), st.just(docx_bytes())),
    st.tuples(RESUME_NAMES, st.binary(max_size=256)),
    st.tuples(RESUME_NAMES, st.binary(max_size=64).map(lambda tail: MINIMAL_PDF[:200] + tail)),
)


@st.composite
def application_posts(draw):
    """A valid-looking application with a few fields made hostile, multi-valued or left out."""
    fields = {
        "full_name": draw(st.sampled_from(["王小明", "Ada Lovelace", "Zoë D'Arcy", "  Li Lei  ", "محمد"])),
        "email": draw(VALID_EMAILS),
        "phone": draw(st.sampled_from(VALID_PHONES)),
        "current_city": draw(st.sampled_from(["上海", "", "Shenzhen"])),
        "education": draw(st.sampled_from(EducationLevel.values)),
        "major": draw(st.sampled_from(["", "市场营销", "Computer science"])),
        "school": draw(st.sampled_from(["", "上海商学院"])),
        "graduation_year": draw(st.sampled_from(["", "2020", "1950", str(YEAR + 6)])),
        "years_experience": draw(st.sampled_from(["5", "60", "5.5"])),
        "years_customer_service": draw(st.sampled_from(["0", "2", "4.5", "5"])),
        "cs_practice_hours": draw(st.sampled_from(["0", "500", "100000"])),
        "language_zh": draw(st.sampled_from(["", *LanguageLevel.values])),
        "language_en": draw(st.sampled_from(["", *LanguageLevel.values])),
        "source": draw(st.sampled_from([s for s in Source.values if s != Source.REFERRAL])),
        "referrer_name": "",
        "consent": "on",
        "website": "",
    }
    answers = {
        "long_text": draw(st.sampled_from(["我先倾听并道歉，然后解决了问题。", "x"])),
        "yes_no": draw(st.sampled_from(["yes", "no"])),
        "choice": draw(st.sampled_from(["", "a", "b", "c"])),
        "number": draw(st.sampled_from(["", "0", "1", "2.5"])),
        "short_text": draw(st.sampled_from(["", "Zendesk"])),
    }
    for name in draw(st.sets(st.sampled_from(FIELDS), max_size=3)):
        fields[name] = draw(HOSTILE_BY_FIELD[name])
    for kind in draw(st.sets(st.sampled_from(ANSWER_KINDS), max_size=2)):
        answers[kind] = draw(HOSTILE_ANSWERS[kind])
    for name in draw(st.sets(st.sampled_from(FIELDS), max_size=2)):
        fields[name] = draw(multi(st.one_of(st.just(fields[name]), HOSTILE_BY_FIELD[name])))
    for name in draw(st.sets(st.sampled_from(FIELDS), max_size=2)):
        del fields[name]
    return {"fields": fields, "answers": answers, "resume": draw(RESUMES)}


@pytest.fixture
def posting(make_requisition, hr, department):
    """An open posting with the default essay and one question of each other kind (with knock-out
    rules); the resume is optional so that every other field can succeed on its own."""
    from requisitions.services.approval import requisition_decide, requisition_submit
    from requisitions.services.requisitions import requisition_move

    requisition = make_requisition(resume_required=False)
    for kind, (required, choices, knockout) in QUESTION_SPECS.items():
        question_add(actor=hr, requisition=requisition, kind=kind, text_en=f"Question {kind}", required=required,
                     choices=choices, knockout=knockout)  # fmt: skip
    requisition_submit(actor=hr, requisition=requisition)
    for approver in department.chain:
        requisition_decide(actor=approver, requisition=requisition, approve=True)
    return requisition_move(actor=hr, requisition=requisition, action="open")


@pytest.fixture
def loose_limits(settings):
    settings.APPLY_RATE_PER_IP_HOUR = 10**6
    settings.APPLY_RATE_PER_EMAIL_DAY = 10**6


def question_fields(posting) -> dict[str, str]:
    """Kind -> the form field name of the posting's question of that kind."""
    return {question.kind: f"q_{question.pk}" for question in posting.questions.all()}


def post_application(client, posting, post, **extra):
    data = dict(post["fields"])
    for kind, name in question_fields(posting).items():
        data[name] = post["answers"][kind]
    if post["resume"] is not None:
        name, content = post["resume"]
        data["resume"] = SimpleUploadedFile(name, content, content_type="application/pdf")
    return client.post(reverse("careers:apply", args=[posting.slug]), data, **extra)


E164 = re.compile(r"\+[1-9]\d{6,14}")
STORED_RESUME = re.compile(r"resumes/\d{4}/\d{2}/[0-9a-f]{32}\.(pdf|docx|jpg|png|webp)")
# What a successful application may add; any other table must stay as it was.
APPLY_WRITES = {
    "candidates.Candidate", "candidates.Application", "candidates.StageEvent", "candidates.ScreeningAnswer",
    "candidates.Resume", "recruiting.Notification", "recruiting.AuditEvent", "sessions.Session",
}  # fmt: skip


def check_stored_application(posting, post, snapshot, private_media):
    """After a success: one of each row, and every stored value one the validators allow."""
    changes = snapshot.row_changes()
    assert set(changes) <= APPLY_WRITES, changes
    assert all(delta > 0 for delta in changes.values()), changes
    assert changes["candidates.Candidate"] == 1
    assert changes["candidates.Application"] == 1
    assert changes["candidates.ScreeningAnswer"] == posting.questions.count()
    assert changes["candidates.StageEvent"] in (1, 2)
    assert changes["recruiting.Notification"] == 1
    application = Application.objects.select_related("candidate").get(requisition=posting)
    candidate = application.candidate
    fields = {name: last(value) for name, value in post["fields"].items()}

    assert candidate.email == fields["email"].strip().lower()
    assert candidate.email == candidate.email.lower()
    assert E164.fullmatch(candidate.phone), candidate.phone
    assert phonenumbers.is_valid_number(phonenumbers.parse(candidate.phone))
    assert candidate.phone == normalise_phone(fields["phone"])
    assert candidate.full_name == fields["full_name"].strip()
    assert candidate.full_name
    assert len(candidate.full_name) <= 120
    assert candidate.education in EducationLevel.values
    assert Decimal(0) <= candidate.years_customer_service <= candidate.years_experience <= Decimal(60)
    assert 0 <= candidate.cs_practice_hours <= 100_000
    assert candidate.graduation_year is None or 1950 <= candidate.graduation_year <= YEAR + 6
    assert set(candidate.languages) <= {"zh", "en"}
    assert set(candidate.languages.values()) <= set(LanguageLevel.values)
    candidate.full_clean(validate_unique=False)
    assert_no_nul(candidate)

    assert application.source in Source.values
    assert application.referrer_name == ("" if application.source != Source.REFERRAL else application.referrer_name)
    assert application.source != Source.REFERRAL or application.referrer_name.strip()
    assert application.consent_at is not None
    assert not fields.get("website", "").strip()  # the honeypot was empty
    application.full_clean(validate_unique=False)
    assert_no_nul(application)

    for answer in ScreeningAnswer.objects.filter(application=application).select_related("question"):
        assert_no_nul(answer)
        kind = answer.question.kind
        if kind == "yes_no":
            assert answer.answer in ("yes", "no")  # required
        elif kind == "choice":
            assert answer.answer in ("", "a", "b", "c")
        elif kind == "number" and answer.answer:
            value = Decimal(answer.answer)
            assert value.is_finite()
            assert abs(value) < Decimal(10) ** 10
        elif kind == "long_text":
            assert answer.answer.strip()
            assert len(answer.answer) <= 4000
        else:
            assert len(answer.answer) <= 200

    resume = Resume.objects.filter(application=application).first()
    assert (resume is not None) == (post["resume"] is not None and received_name(post["resume"][0]) != "")
    if resume is not None:
        assert STORED_RESUME.fullmatch(resume.file.name), resume.file.name
        stored = Path(resume.file.path).resolve()
        assert stored.is_relative_to(Path(private_media).resolve())
        assert stored.read_bytes() == post["resume"][1]
        assert resume.original_name == display_name(resume.original_name)  # already safe to show
        assert "/" not in resume.original_name
        assert "\\" not in resume.original_name
        assert len(resume.original_name) <= 150
        assert snapshot.new_files() == {stored}
    else:
        assert snapshot.new_files() == set()


def run_application(client, posting, post, private_media, **extra):
    with isolated_example():
        snapshot = Snapshot(private_media)
        try:
            response = post_application(client, posting, post, **extra)
            assert response.status_code < 500
            if response.status_code == 302:
                event("outcome: stored")
                assert response["Location"] == reverse("careers:applied", args=[posting.slug])
                check_stored_application(posting, post, snapshot, private_media)
            else:
                event(f"outcome: refused {response.status_code}")
                if response.status_code == 200:
                    assert_form_error_shown(response)
                snapshot.assert_nothing_written()
        finally:
            snapshot.remove_new_files()
    return response


BOUNDARY_EXAMPLES = [
    ({"years_experience": "60", "years_customer_service": "60"}, {}),
    ({"years_experience": "60.1"}, {}),
    ({"years_experience": "1e400"}, {}),
    ({"years_customer_service": "NaN"}, {}),
    ({"cs_practice_hours": "Infinity"}, {}),
    ({"cs_practice_hours": "100001"}, {}),
    ({"graduation_year": "²"}, {}),
    ({"graduation_year": str(YEAR + 7)}, {}),
    ({"full_name": "x" * 120}, {}),
    ({"full_name": "a\x00b"}, {}),
    ({"email": ["first@example.com", " Second@Example.COM "]}, {}),
    ({"phone": ["not a phone", "+44 20 7946 0958"]}, {}),
    ({"source": "referral", "referrer_name": " \u200b "}, {}),
    ({"education": ["bachelor", "phd-from-mars"]}, {}),
    ({}, {"number": "1e400", "choice": "d"}),
    ({}, {"long_text": "x" * 4001}),
]


def base_post(fields=None, answers=None, resume=None):
    post = {
        "fields": {
            "full_name": "王小明", "email": "Xiaoming.Wang@Example.com", "phone": "138 1234 5678",
            "current_city": "上海", "education": "associate", "major": "", "school": "", "graduation_year": "2020",
            "years_experience": "3", "years_customer_service": "2", "cs_practice_hours": "0", "language_zh": "native",
            "language_en": "", "source": "careers_page", "referrer_name": "", "consent": "on", "website": "",
        },
        "answers": {"long_text": "我先倾听。", "yes_no": "yes", "choice": "", "number": "", "short_text": ""},
        "resume": resume,
    }  # fmt: skip
    post["fields"].update(fields or {})
    post["answers"].update(answers or {})
    return post


def _with_boundary_examples(test):
    for fields, answers in BOUNDARY_EXAMPLES:
        test = example(post=base_post(fields, answers))(test)
    return example(post=base_post(resume=("resume.pdf", MINIMAL_PDF)))(test)


@_with_boundary_examples
@given(post=application_posts())
@FUZZ
def test_fuzzed_applications_never_500_and_never_write_half(client, posting, loose_limits, private_media, post):
    run_application(client, posting, post, private_media)


@given(
    post=application_posts(),
    accept_language=st.one_of(st.sampled_from(["zh-hans", "en", "zh-CN,zh;q=0.9", "*", ""]), HOSTILE_TEXT),
)
@hypothesis_settings(FUZZ, max_examples=20)
def test_fuzzed_applications_in_any_language_header(client, posting, loose_limits, private_media, post,
                                                    accept_language):  # fmt: skip
    run_application(client, posting, post, private_media, HTTP_ACCEPT_LANGUAGE=accept_language.replace("\x00", ""))


def test_the_same_person_differently_written_is_refused_a_second_time(client, posting, loose_limits, private_media):
    """The e-mail is compared lower-cased: " LI.Lei@EXAMPLE.com " is the person who applied as li.lei@example.com,
    and their second active application to the posting is refused with a message and writes nothing."""
    first = base_post({"email": "li.lei@example.com"})
    assert post_application(client, posting, first).status_code == 302
    cache.clear()
    snapshot = Snapshot(private_media)
    response = post_application(
        client, posting, base_post({"email": " LI.Lei@EXAMPLE.com ", "phone": "+44 20 7946 0958"})
    )
    form = assert_form_error_shown(response)
    assert form.non_field_errors()
    snapshot.assert_nothing_written()
    assert Candidate.objects.get().phone == "+8613812345678"  # a public form never overwrites a known person


@pytest.mark.parametrize(
    "body",
    [
        b"full_name=%FF%FE%FD&email=a%C0%AF%40example.com&phone=%ED%A0%80&consent=on",
        b"full_name=" + b"%00" * 50 + b"&email=x%00@example.com&consent=on&education=bachelor",
        b"%E4%B8%AD=%E4%B8%AD&&&===&full_name&email=&" + b"a" * 20_000,
        b"full_name=a;email=b;phone=c",
    ],
    ids=["invalid-utf8", "percent-nul", "junk-keys", "semicolons"],
)
def test_raw_bodies_that_are_not_proper_form_data(client, posting, loose_limits, private_media, body):
    snapshot = Snapshot(private_media)
    response = client.generic("POST", reverse("careers:apply", args=[posting.slug]), body,
                              content_type="application/x-www-form-urlencoded")  # fmt: skip
    if b"%00" in body:
        assert response.status_code == 400  # a NUL character: refused before the view (RefuseNullCharacters)
    else:
        assert_form_error_shown(response)
    snapshot.assert_nothing_written()


def test_more_fields_than_django_allows_is_a_400_that_writes_nothing(client, posting, loose_limits, private_media):
    data = base_post()["fields"] | {f"extra_{n}": "x" for n in range(1100)}
    snapshot = Snapshot(private_media)
    response = client.post(reverse("careers:apply", args=[posting.slug]), data)
    assert response.status_code == 400
    snapshot.assert_nothing_written()


def test_a_json_body_is_not_an_application(client, posting, loose_limits, private_media):
    snapshot = Snapshot(private_media)
    response = client.post(reverse("careers:apply", args=[posting.slug]), base_post()["fields"],
                           content_type="application/json")  # fmt: skip
    assert_form_error_shown(response)
    snapshot.assert_nothing_written()
