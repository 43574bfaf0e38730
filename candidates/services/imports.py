"""HR imports people from a spreadsheet (CSV) into the talent pool.

``candidate_import_create`` checks the upload in the request (a clear refusal, nothing written, for a
file we cannot read), stores it and schedules the worker; ``candidate_import_run`` (the worker) reads
it in batches. Each batch is one transaction with the import's counters, so the progress page sees
them move and a rerun after a crash resumes after ``processed_rows``.

Rows are checked by hand, not by a Django form per row (far too slow for 100,000 rows), with the same
rules as the application form: the name, a valid e-mail (lower-cased), a phone normalised to E.164,
the education as a code or its English or Chinese label, the years as numbers. A person whose e-mail
is already known (or repeated in the file) is skipped, never changed.
"""

import csv
import io
import logging
import secrets
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.validators import EmailValidator
from django.db import IntegrityError, connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from candidates.files import display_name
from candidates.models import Candidate, CandidateImport, Tag
from candidates.phones import normalise_phone
from candidates.services.pool import MAX_TAG_LENGTH
from recruiting.models import Language
from recruiting.roles import Role, has_role
from recruiting.services.audit import audit_record
from requisitions.choices import EducationLevel

logger = logging.getLogger(__name__)

BATCH_SIZE = 2000
# Tried in order: UTF-8 (Excel's "CSV UTF-8" writes a BOM, other tools none), then GB18030, which
# contains GBK and GB2312: what Chinese Excel writes for plain "CSV".
ENCODINGS = ("utf-8-sig", "gb18030")
WORKBOOK_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # .xlsx (a ZIP) and .xls
MAX_NAME, MAX_CITY, MAX_SCHOOL, MAX_MAJOR = 120, 80, 160, 120
MAX_YEARS = Decimal("100")
TENTH = Decimal("0.1")


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    headers: tuple[str, ...]  # accepted header names; the first English and the first Chinese are the template's
    required: bool = False
    values: str = ""  # what the cells may hold, for the upload page


COLUMNS = (
    Column("full_name", gettext_lazy("Full name"), ("full_name", "name", "姓名"), required=True,
           values=gettext_lazy("At most 120 characters.")),
    Column("email", gettext_lazy("E-mail"), ("email", "e-mail", "邮箱", "电子邮箱", "电子邮件"), required=True,
           values=gettext_lazy("A valid address; one person per address.")),
    Column("phone", gettext_lazy("Mobile phone"), ("phone", "mobile", "手机", "电话", "手机号"),
           values=gettext_lazy("Mainland China mobile, or + country code and number.")),
    Column("current_city", gettext_lazy("Current city"), ("city", "current_city", "城市", "现居城市")),
    Column("education", gettext_lazy("Education"), ("education", "学历"),
           values=gettext_lazy("The level in English or Chinese (本科, 大专, 硕士 ...) or its code (bachelor).")),
    Column("school", gettext_lazy("School"), ("school", "学校")),
    Column("major", gettext_lazy("Major"), ("major", "专业")),
    Column("graduation_year", gettext_lazy("Graduation year"), ("graduation_year", "毕业年份"),
           values=gettext_lazy("A year, e.g. 2021.")),
    Column("years_experience", gettext_lazy("Years of work experience"), ("years_experience", "工作年限"),
           values=gettext_lazy("A number from 0 to 99.9 (empty: 0).")),
    Column("years_customer_service", gettext_lazy("Years in customer service"),
           ("years_customer_service", "客服年限"), values=gettext_lazy("A number from 0 to 99.9 (empty: 0).")),
    Column("language", gettext_lazy("Preferred language"), ("language", "语言"),
           values=gettext_lazy("Chinese or English (中文, 英文, zh-hans, en); empty: Chinese.")),
)  # fmt: skip
REQUIRED = tuple(column.key for column in COLUMNS if column.required)

# Short forms HR writes for the education levels, beside the labels and codes.
EDUCATION_ALIASES = {
    "初中": EducationLevel.BELOW_HIGH_SCHOOL, "初中及以下": EducationLevel.BELOW_HIGH_SCHOOL,
    "高中": EducationLevel.HIGH_SCHOOL, "中专": EducationLevel.HIGH_SCHOOL, "职高": EducationLevel.HIGH_SCHOOL,
    "技校": EducationLevel.HIGH_SCHOOL, "大专": EducationLevel.ASSOCIATE, "专科": EducationLevel.ASSOCIATE,
    "本科": EducationLevel.BACHELOR, "学士": EducationLevel.BACHELOR, "硕士": EducationLevel.MASTER,
    "研究生": EducationLevel.MASTER, "博士": EducationLevel.DOCTORATE,
}  # fmt: skip
LANGUAGE_ALIASES = {
    "zh": Language.ZH_HANS, "zh-cn": Language.ZH_HANS, "chinese": Language.ZH_HANS, "中文": Language.ZH_HANS,
    "汉语": Language.ZH_HANS, "普通话": Language.ZH_HANS, "english": Language.EN, "英文": Language.EN,
}  # fmt: skip


def _header_key(text: str) -> str:
    """A header compared without case, spaces, underscores or hyphens ("Full Name" is full_name)."""
    return "".join(ch for ch in text.replace("\ufeff", "").lower() if not ch.isspace() and ch not in "_-*")


HEADERS = {_header_key(header): column.key for column in COLUMNS for header in column.headers}
LABELS = {column.key: column.label for column in COLUMNS}


def _value_key(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


def _choice_lookup() -> tuple[dict[str, str], dict[str, str]]:
    """{written form: code} for education levels and languages: codes, English and Chinese labels."""
    education = {_value_key(code): code for code in EducationLevel.values}
    languages = {_value_key(code): code for code in Language.values}
    for language in ("en", "zh-hans"):
        with translation.override(language):
            education |= {_value_key(str(label)): code for code, label in EducationLevel.choices}
            languages |= {_value_key(str(label)): code for code, label in Language.choices}
    education |= {_value_key(text): str(code) for text, code in EDUCATION_ALIASES.items()}
    languages |= {_value_key(text): str(code) for text, code in LANGUAGE_ALIASES.items()}
    return education, languages


# --- reading the file ------------------------------------------------------------------------------------


@dataclass
class Layout:
    """What the header says: (column index, field) of each column read."""

    columns: list[tuple[int, str]]


def _is_blank(record) -> bool:
    return not any(cell.strip() for cell in record)


def _layout(records) -> Layout:
    """Read the header (the first row that is not empty) from ``records`` (an iterator of
    (row number, cells)) and check it: the required columns, no unknown or repeated one."""
    record = next((record for _number, record in records if not _is_blank(record)), None)
    if record is None:
        raise ValidationError({"file": _("The file has no header row: the first row must name the columns.")})
    columns, unknown, repeated, seen = [], [], [], set()
    for index, cell in enumerate(record):
        name = cell.replace("\ufeff", "").strip()
        if not name:
            continue  # an empty header cell: Excel's trailing commas
        key = HEADERS.get(_header_key(name))
        if key is None:
            unknown.append(name)
        elif key in seen:
            repeated.append(name)
        else:
            seen.add(key)
            columns.append((index, key))
    errors = []
    if unknown:
        errors.append(
            _("Unknown columns: %(columns)s. Rename them as in the template, or remove them.")
            % {"columns": ", ".join(f"“{name[:40]}”" for name in unknown[:20])}
        )
    if repeated:
        errors.append(
            _("These columns say the same thing as an earlier one: %(columns)s. Keep one of each.")
            % {"columns": ", ".join(f"“{name[:40]}”" for name in repeated[:20])}
        )
    missing = [key for key in REQUIRED if key not in seen]
    if missing:
        errors.append(
            _("Required columns are missing: %(columns)s.")
            % {"columns": ", ".join(_header_names(key) for key in missing)}
        )
    if errors:
        raise ValidationError({"file": errors})
    return Layout(columns=columns)


def _header_names(key: str) -> str:
    column = next(column for column in COLUMNS if column.key == key)
    english, chinese = _template_header(column, chinese=False), _template_header(column, chinese=True)
    return f"{column.label} ({english} / {chinese})"


def _records(text_stream):
    """(row number as the spreadsheet shows it, cells) for every row of the CSV text."""
    return enumerate(csv.reader(text_stream), start=1)


def _open_text(raw, encoding: str):
    return io.TextIOWrapper(raw, encoding=encoding, newline="")


def _scan(raw, encoding: str) -> int:
    """Decode the whole file with ``encoding`` (UnicodeDecodeError if it does not fit), check its
    header and count its data rows (rows with at least one cell filled in)."""
    raw.seek(0)
    text = _open_text(raw, encoding)
    try:
        records = _records(text)
        _layout(records)
        return sum(1 for _number, record in records if not _is_blank(record))
    finally:
        text.detach()  # leave the upload open: it is stored next


def _inspect(upload) -> tuple[str, int]:
    """The encoding and number of data rows of an uploaded CSV, or a ValidationError for the person."""
    limit_mb = settings.CANDIDATE_IMPORT_MAX_MB
    size = upload.size or 0
    if size == 0:
        raise ValidationError({"file": _("The file is empty.")})
    if size > limit_mb * 1024 * 1024:
        raise ValidationError(
            {"file": _("The file is larger than %(limit)s MB: split it into several files.") % {"limit": limit_mb}}
        )
    raw = getattr(upload, "file", upload)
    raw.seek(0)
    start = raw.read(8)
    if start.startswith(WORKBOOK_SIGNATURES):
        raise ValidationError(
            {"file": _("This is an Excel workbook, not a CSV file: in Excel choose Save As, then “CSV UTF-8”.")}
        )
    for encoding in ENCODINGS:
        try:
            rows = _scan(raw, encoding)
        except UnicodeDecodeError:
            continue
        except csv.Error as error:
            raise ValidationError(
                {"file": _("This file cannot be read as CSV (%(problem)s).") % {"problem": str(error)[:100]}}
            ) from error
        break
    else:
        raise ValidationError(
            {
                "file": _(
                    "This file is not text we can read: save it from Excel as “CSV UTF-8” (or as CSV in "
                    "Chinese GBK/GB18030)."
                )
            }
        )
    if rows == 0:
        raise ValidationError({"file": _("The file has a header but no data rows.")})
    return encoding, rows


# --- the upload ----------------------------------------------------------------------------------------------


def _clean_tag(tag: str) -> str:
    tag = " ".join((tag or "").split())
    if len(tag) > MAX_TAG_LENGTH:
        raise ValidationError({"tag": _("A tag has at most %(n)s characters.") % {"n": MAX_TAG_LENGTH}})
    return tag


def candidate_import_create(*, actor, file, tag: str = "") -> CandidateImport:
    """HR uploads a CSV of people for the talent pool. The file is checked here (readable, the right
    columns, at least one row): a refusal is a ValidationError and writes nothing. The import itself
    runs in the worker, scheduled once this transaction commits."""
    if not has_role(actor, Role.HR):
        raise PermissionDenied
    if not isinstance(file, File):
        file = File(file)  # an open file, from a script
    tag = _clean_tag(tag)
    encoding, rows = _inspect(file)
    language = translation.get_language() or settings.LANGUAGE_CODE
    stored_name = None
    try:
        with transaction.atomic():
            candidate_import = CandidateImport(
                original_name=display_name(getattr(file, "name", "") or "candidates.csv"),
                encoding=encoding,
                language=language if language in Language.values else Language.EN,
                created_by=actor,
                total_rows=rows,
                tag_name=tag,
            )
            file.seek(0)
            candidate_import.file.save(f"{secrets.token_hex(16)}.csv", file, save=False)
            stored_name = candidate_import.file.name
            candidate_import.save()
            audit_record(
                actor=actor,
                verb="candidate_import.created",
                target=candidate_import,
                data={"rows": rows, "encoding": encoding, "tag": tag},
            )
            pk = candidate_import.pk
            transaction.on_commit(lambda: _enqueue(pk), robust=True)
    except Exception:
        if stored_name:
            CandidateImport.file.field.storage.delete(stored_name)
        raise
    return candidate_import


def _enqueue(import_id: int) -> None:
    from candidates.tasks import import_candidates_task

    try:
        import_candidates_task.delay(import_id)
    except Exception:
        logger.exception("Could not enqueue candidate import %s", import_id)


# --- the worker --------------------------------------------------------------------------------------------


class RowChecker:
    """Checks one row's cells and returns the person's values, or the row's problems."""

    def __init__(self, layout: Layout):
        self.columns = layout.columns
        self.education, self.languages = _choice_lookup()
        self.email_validator = EmailValidator()
        self.max_year = timezone.localdate().year + 6

    def __call__(self, record: list[str]) -> tuple[dict | None, list[str]]:
        width = len(record)
        cells = {key: record[index].replace("\x00", "").strip() if index < width else "" for index, key in self.columns}
        problems = []
        values = {}

        def problem(key, message):
            problems.append(_("%(column)s: %(problem)s") % {"column": LABELS[key], "problem": message})

        name = " ".join(cells.get("full_name", "").split())
        if not name:
            problem("full_name", _("required."))
        elif len(name) > MAX_NAME:
            problem("full_name", _("at most %(n)s characters.") % {"n": MAX_NAME})
        values["full_name"] = name

        email = cells.get("email", "").lower()
        if not email:
            problem("email", _("required."))
        else:
            try:
                if len(email) > 254:
                    raise ValidationError(self.email_validator.message)
                self.email_validator(email)
            except ValidationError as error:
                problem("email", " ".join(error.messages))
        values["email"] = email

        phone = cells.get("phone", "")
        if phone:
            try:
                phone = normalise_phone(phone)
            except ValidationError as error:
                problem("phone", " ".join(error.messages))
        values["phone"] = phone

        for key, limit in (("current_city", MAX_CITY), ("school", MAX_SCHOOL), ("major", MAX_MAJOR)):
            text = cells.get(key, "")
            if len(text) > limit:
                problem(key, _("at most %(n)s characters.") % {"n": limit})
            values[key] = text

        education = cells.get("education", "")
        if education:
            code = self.education.get(_value_key(education))
            if code is None:
                problem("education", _("“%(value)s” is not an education level we know.") % {"value": education[:40]})
            education = code or ""
        values["education"] = education

        language = cells.get("language", "")
        if language:
            code = self.languages.get(_value_key(language))
            if code is None:
                problem("language", _("“%(value)s”: write Chinese or English.") % {"value": language[:40]})
            language = code or Language.ZH_HANS
        values["language"] = language or Language.ZH_HANS

        year = cells.get("graduation_year", "")
        values["graduation_year"] = None
        if year:
            number = _decimal(year)
            if number is None or number != number.to_integral_value() or not 1950 <= number <= self.max_year:
                problem("graduation_year", _("write a year from 1950 to %(max)s.") % {"max": self.max_year})
            else:
                values["graduation_year"] = int(number)

        for key in ("years_experience", "years_customer_service"):
            text = cells.get(key, "")
            number = _decimal(text) if text else Decimal(0)
            if number is None or not 0 <= number < MAX_YEARS:
                problem(key, _("write a number from 0 to 99.9."))
                number = Decimal(0)
            values[key] = number.quantize(TENTH, rounding=ROUND_HALF_UP)
            if values[key] >= MAX_YEARS:  # 99.96 rounds up to 100.0
                values[key] = Decimal("99.9")
        return (None if problems else values), problems


def _decimal(text: str) -> Decimal | None:
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def candidate_import_run(*, import_id: int) -> CandidateImport | None:
    """Import the rows of an uploaded file (the worker). Idempotent: a finished import is left alone,
    and a rerun (after a crash) resumes after the rows already counted. Returns the import, or None
    when it does not exist."""
    candidate_import = _start(import_id)
    if candidate_import is None or candidate_import.is_finished:
        return candidate_import
    with translation.override(candidate_import.language):
        try:
            raw = candidate_import.file.storage.open(candidate_import.file.name, "rb")
        except OSError:
            logger.exception("Candidate import %s: the file cannot be opened", import_id)
            return candidate_import_fail(
                import_id=import_id, message=gettext_lazy("The uploaded file could not be found or opened.")
            )
        try:
            finished = _run(candidate_import, raw.file)
        except (UnicodeDecodeError, csv.Error, ValidationError) as error:
            logger.warning("Candidate import %s: the file cannot be read: %s", import_id, error)
            return candidate_import_fail(
                import_id=import_id, message=gettext_lazy("The file could not be read to the end.")
            )
        finally:
            raw.close()
    if not finished:  # another worker holds it
        return CandidateImport.objects.get(pk=import_id)
    return _finish(import_id)


def _start(import_id: int) -> CandidateImport | None:
    with transaction.atomic():
        candidate_import = CandidateImport.objects.select_for_update().filter(pk=import_id).first()
        if candidate_import is None or candidate_import.is_finished:
            return candidate_import
        if candidate_import.status == CandidateImport.Status.PENDING:
            candidate_import.status = CandidateImport.Status.RUNNING
            candidate_import.started_at = timezone.now()
            candidate_import.save(update_fields=["status", "started_at", "updated_at"])
    return candidate_import


@dataclass
class Batch:
    """Consecutive data rows of the file, checked: the people to add and the rows' errors."""

    size: int  # data rows in the batch
    people: list[dict]
    errors: list[dict]  # {"row": n, "message": "..."}


def _run(candidate_import: CandidateImport, raw) -> bool:
    """Read the file and import it batch by batch; False when another worker took over."""
    records = _records(_open_text(raw, candidate_import.encoding))
    layout = _layout(records)
    tag = _import_tag(candidate_import.tag_name)
    position = candidate_import.processed_rows  # data rows counted before the next batch
    seen: set[str] = set()  # e-mails of people this run added
    for batch in _checked_batches(records, RowChecker(layout), skip=position):
        if not _import_batch(candidate_import.pk, position, batch, tag, seen):
            return False
        position += batch.size
    return True


def _checked_batches(records, check: RowChecker, *, skip: int):
    """The data rows after the first ``skip`` (empty rows are not data), checked, BATCH_SIZE at a time."""
    size, people, errors = 0, [], []
    for row_number, record in records:
        if _is_blank(record):
            continue
        if skip:
            skip -= 1
            continue
        values, problems = check(record)
        if problems:
            errors.append({"row": row_number, "message": " ".join(problems)})
        else:
            people.append(values)
        size += 1
        if size >= BATCH_SIZE:
            yield Batch(size, people, errors)
            size, people, errors = 0, [], []
    if size:
        yield Batch(size, people, errors)


def _import_tag(name: str) -> Tag | None:
    from candidates.services.pool import tag_named

    return tag_named(name) if name else None


def _import_batch(import_id: int, position: int, batch: Batch, tag: Tag | None, seen: set) -> bool:
    """Insert and count one checked batch in one transaction. False (nothing done) when the import is
    no longer this run's: finished, or another worker already counted these rows."""
    now = timezone.now()
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # A batch need not wait for its commit to reach the disk: if the server crashed right after,
            # the batch and its counters would be lost together, and the rerun would do it again. (The
            # import's last commit, in _finish, waits as usual, and with it every batch before.)
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        candidate_import = CandidateImport.objects.select_for_update().get(pk=import_id)
        if candidate_import.status != CandidateImport.Status.RUNNING or candidate_import.processed_rows != position:
            return False
        created, skipped = _insert(batch.people, tag=tag, seen=seen, now=now)
        room = CandidateImport.MAX_ERRORS - len(candidate_import.errors)
        if room > 0 and batch.errors:
            candidate_import.errors = candidate_import.errors + batch.errors[:room]
        candidate_import.processed_rows += batch.size
        candidate_import.created_count += created
        candidate_import.skipped_count += skipped
        candidate_import.error_count += len(batch.errors)
        candidate_import.save(
            update_fields=["processed_rows", "created_count", "skipped_count", "error_count", "errors", "updated_at"]
        )
    return True


def _insert(rows: list[dict], *, tag: Tag | None, seen: set, now) -> tuple[int, int]:
    """Add the people of ``rows`` whose e-mail is new (one query to find the known ones), tag them;
    (added, skipped). A person who applied meanwhile with one of the e-mails is skipped on a retry."""
    for _attempt in range(3):
        known = set(
            Candidate.objects.filter(email__in=[row["email"] for row in rows], anonymised_at__isnull=True).values_list(
                "email", flat=True
            )
        )
        batch_seen, people = set(), []
        for row in rows:
            email = row["email"]
            if email in known or email in seen or email in batch_seen:
                continue
            batch_seen.add(email)
            people.append(row)
        try:
            with transaction.atomic():
                _add_people(people, now=now, tag=tag)
        except IntegrityError:
            continue
        seen |= batch_seen
        return len(people), len(rows) - len(people)
    raise IntegrityError("candidate import: the e-mails kept clashing with people added meanwhile")


# Every column of Candidate but the id, in the order ``_copy_people`` writes them (a test checks that
# this follows the model).
COPY_COLUMNS = ("created_at", "updated_at", "full_name", "email", "phone", "current_city", "education", "major",
                "school", "graduation_year", "years_experience", "years_customer_service", "cs_practice_hours",
                "languages", "language", "last_activity_at", "in_talent_pool", "anonymised_at")  # fmt: skip
NULLABLE_COLUMNS = ("graduation_year", "anonymised_at")  # written as an empty field: NULL


def _add_people(rows: list[dict], *, now, tag: Tag | None) -> None:
    """Insert the people (in the talent pool, active now) and tag them. PostgreSQL gets them by COPY
    and the tags by one INSERT ... SELECT: the ORM's bulk_create spends more time building its
    statement (a value at a time) than the database takes to store the rows, and the import must do
    5,000 rows a second. Elsewhere (SQLite), bulk_create."""
    if not rows:
        return
    through = Candidate.tags.through
    if connection.vendor != "postgresql":
        people = Candidate.objects.bulk_create(
            Candidate(**row, in_talent_pool=True, last_activity_at=now) for row in rows
        )
        if tag is not None:
            through.objects.bulk_create(through(candidate_id=person.pk, tag_id=tag.pk) for person in people)
        return
    _copy_people(rows, now=now)
    if tag is not None:
        quote = connection.ops.quote_name
        person, label = through._meta.get_field("candidate").column, through._meta.get_field("tag").column
        with connection.cursor() as cursor:
            # The unique e-mail constraint makes these exactly the people just added. (Only the model's own
            # table and column names, quoted, are put in the statement; the values are parameters.)
            sql = (
                f"INSERT INTO {quote(through._meta.db_table)} ({quote(person)}, {quote(label)}) "  # noqa: S608
                f"SELECT {quote(Candidate._meta.pk.column)}, %s FROM {quote(Candidate._meta.db_table)} "
                f"WHERE {quote('email')} = ANY(%s) AND {quote('anonymised_at')} IS NULL"
            )
            cursor.execute(sql, [tag.pk, [row["email"] for row in rows]])


def _copy_people(rows: list[dict], *, now) -> None:
    stamp = now.isoformat()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(
        (stamp, stamp, row["full_name"], row["email"], row["phone"], row["current_city"], row["education"],
         row["major"], row["school"], row["graduation_year"], row["years_experience"],
         row["years_customer_service"], 0, "{}", row["language"], stamp, "true", None)
        for row in rows
    )  # fmt: skip
    buffer.seek(0)
    quote = connection.ops.quote_name
    not_null = ", ".join(quote(column) for column in COPY_COLUMNS if column not in NULLABLE_COLUMNS)
    sql = (
        f"COPY {quote(Candidate._meta.db_table)} ({', '.join(quote(column) for column in COPY_COLUMNS)}) "
        f"FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL ({not_null}))"
    )
    with connection.cursor() as cursor, connection.wrap_database_errors:
        cursor.cursor.copy_expert(sql, buffer, size=1 << 20)  # read 1 MB at a time (8 kB by default)


def _finish(import_id: int) -> CandidateImport:
    with transaction.atomic():
        candidate_import = CandidateImport.objects.select_for_update().get(pk=import_id)
        if candidate_import.status != CandidateImport.Status.RUNNING:
            return candidate_import
        candidate_import.status = CandidateImport.Status.DONE
        candidate_import.finished_at = timezone.now()
        candidate_import.save(update_fields=["status", "finished_at", "updated_at"])
        audit_record(actor=None, verb="candidate_import.done", target=candidate_import, data=_counts(candidate_import))
    return candidate_import


def candidate_import_fail(*, import_id: int, message, advice="") -> CandidateImport | None:
    """Mark an import that cannot go on as failed, with the reason for HR (the rows already counted stay
    imported), written in the import's language. A finished import is left as it is."""
    with transaction.atomic():
        candidate_import = CandidateImport.objects.select_for_update().filter(pk=import_id).first()
        if candidate_import is None or candidate_import.is_finished:
            return candidate_import
        with translation.override(candidate_import.language):
            text = " ".join(str(part) for part in (message, advice) if part)
        candidate_import.status = CandidateImport.Status.FAILED
        candidate_import.failure_message = text[:2000]
        candidate_import.finished_at = timezone.now()
        candidate_import.save(update_fields=["status", "failure_message", "finished_at", "updated_at"])
        audit_record(
            actor=None, verb="candidate_import.failed", target=candidate_import, data=_counts(candidate_import)
        )
    return candidate_import


def _counts(candidate_import: CandidateImport) -> dict:
    return {
        "rows": candidate_import.total_rows,
        "processed": candidate_import.processed_rows,
        "created": candidate_import.created_count,
        "skipped": candidate_import.skipped_count,
        "errors": candidate_import.error_count,
    }


# --- the template ------------------------------------------------------------------------------------------


def import_template_csv(*, chinese: bool) -> str:
    """An empty sheet with the header row (Chinese or English names), UTF-8 with BOM for Excel."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    csv.writer(buffer).writerow(_template_header(column, chinese=chinese) for column in COLUMNS)
    return buffer.getvalue()


def _template_header(column: Column, *, chinese: bool) -> str:
    """The column's first Chinese header name, or its first English one."""
    return next(header for header in column.headers if header.isascii() is not chinese)
