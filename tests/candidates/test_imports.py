"""HR imports people from a spreadsheet (CSV) into the talent pool, and follows its progress."""

import csv
import io
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from candidates.models import Candidate, CandidateImport, Tag
from candidates.services import imports
from candidates.services.imports import candidate_import_create, candidate_import_run
from recruiting.models import AuditEvent
from recruiting.roles import Role
from tests.factories import CandidateFactory

pytestmark = pytest.mark.django_db

HEADER = ["name", "email", "phone", "city", "education", "school", "major", "graduation_year", "years_experience",
          "years_customer_service", "language"]  # fmt: skip


def csv_bytes(rows, *, header=HEADER, encoding="utf-8-sig") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if header is not None:
        writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def upload(content: bytes, name="people.csv"):
    return SimpleUploadedFile(name, content, content_type="text/csv")


def person(n, **values):
    row = {"name": f"Person {n}", "email": f"person{n}@example.com", "phone": "", "city": "", "education": "",
           "school": "", "major": "", "graduation_year": "", "years_experience": "", "years_customer_service": "",
           "language": ""}  # fmt: skip
    row.update(values)
    return [row[column] for column in HEADER]


def run_import(actor, content, *, tag=""):
    """Upload and run an import as the product does: the task runs when the upload commits."""
    candidate_import = candidate_import_create(actor=actor, file=upload(content), tag=tag)
    candidate_import_run(import_id=candidate_import.pk)
    candidate_import.refresh_from_db()
    return candidate_import


def stored_files(private_media):
    return [path for path in private_media.rglob("*") if path.is_file()] if private_media.exists() else []


# --- the happy path ------------------------------------------------------------------------------------------


def test_hr_uploads_a_file_and_everyone_lands_in_the_talent_pool_tagged(
    client, hr, settings, django_capture_on_commit_callbacks
):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 0  # the upload arrives in a temporary file, as a big one would
    wang_row = {"name": "Wang Fang", "email": "Wang.Fang@Example.com", "phone": "138 1234 5678", "city": "Hangzhou",
            "education": "本科", "school": "Zhejiang University", "major": "English", "graduation_year": "2021",
            "years_experience": "3.5", "years_customer_service": "2", "language": "English"}  # fmt: skip
    content = csv_bytes(
        [
            person(1, **wang_row),
            person(2, education="Bachelor's degree", years_experience="1.25"),
            person(3, education="associate", language="中文"),
        ]
    )
    client.force_login(hr)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(
            reverse("candidates:import_new"), {"file": upload(content), "tag": "  job fair  2026 "}, follow=False
        )
    assert len(callbacks) == 1  # the task, scheduled once the upload committed (and run: eager Celery)
    candidate_import = CandidateImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("candidates:import_detail", args=[candidate_import.pk])
    assert candidate_import.status == CandidateImport.Status.DONE
    assert (candidate_import.total_rows, candidate_import.processed_rows) == (3, 3)
    assert (candidate_import.created_count, candidate_import.skipped_count, candidate_import.error_count) == (3, 0, 0)
    assert candidate_import.created_by == hr
    assert candidate_import.tag_name == "job fair 2026"
    assert candidate_import.original_name == "people.csv"
    assert candidate_import.finished_at is not None

    wang = Candidate.objects.get(email="wang.fang@example.com")
    assert (wang.full_name, wang.phone, wang.current_city, wang.education) == (
        "Wang Fang", "+8613812345678", "Hangzhou", "bachelor",
    )  # fmt: skip
    assert (wang.school, wang.major, wang.graduation_year) == ("Zhejiang University", "English", 2021)
    assert (wang.years_experience, wang.years_customer_service, wang.language) == (Decimal("3.5"), Decimal(2), "en")
    assert Candidate.objects.get(email="person2@example.com").years_experience == Decimal("1.3")  # rounded
    assert Candidate.objects.get(email="person3@example.com").education == "associate"
    everyone = Candidate.objects.all()
    assert all(p.in_talent_pool and p.last_activity_at for p in everyone)
    tag = Tag.objects.get()
    assert tag.name == "job fair 2026"
    assert set(tag.candidates.values_list("email", flat=True)) == set(everyone.values_list("email", flat=True))
    events = AuditEvent.objects.filter(verb__startswith="candidate_import").order_by("pk")
    assert [(e.verb, e.actor, e.target_id) for e in events] == [
        ("candidate_import.created", hr, str(candidate_import.pk)),
        ("candidate_import.done", None, str(candidate_import.pk)),
    ]
    assert events[1].data == {"rows": 3, "processed": 3, "created": 3, "skipped": 0, "errors": 0}

    page = client.get(response["Location"]).content.decode()
    assert 'data-status="done"' in page
    assert "hx-trigger" not in page  # finished: the page stops polling
    pool = client.get(reverse("candidates:pool"), {"tag": "job fair 2026"})
    assert {p.email for p in pool.context["page"]} == {"wang.fang@example.com", "person2@example.com",
                                                       "person3@example.com"}  # fmt: skip


def test_chinese_headers_in_a_gb18030_file(hr):
    header = [
        "姓名",
        "电子邮箱",
        "手机",
        "现居城市",
        "学历",
        "学校",
        "专业",
        "毕业年份",
        "工作年限",
        "客服年限",
        "语言",
    ]
    rows = [["张伟", "zhang.wei@example.com", "13912345678", "上海", "大专（三年制）", "上海大学", "市场营销", "2019",
             "5", "4.5", "中文"],
            ["李娜", "li.na@example.com", "", "北京", "硕士", "", "", "", "", "", ""]]  # fmt: skip
    content = csv_bytes(rows, header=header, encoding="gb18030")
    with pytest.raises(UnicodeDecodeError):
        content.decode("utf-8")  # really a Chinese-Excel file
    candidate_import = run_import(hr, content)
    assert candidate_import.encoding == "gb18030"
    assert (candidate_import.status, candidate_import.created_count) == ("done", 2)
    zhang = Candidate.objects.get(email="zhang.wei@example.com")
    assert (zhang.full_name, zhang.current_city, zhang.education, zhang.school, zhang.major) == (
        "张伟", "上海", "associate", "上海大学", "市场营销",
    )  # fmt: skip
    assert (zhang.phone, zhang.graduation_year, zhang.years_customer_service) == (
        "+8613912345678",
        2019,
        Decimal("4.5"),
    )
    assert Candidate.objects.get(email="li.na@example.com").education == "master"


def test_headers_ignore_case_spaces_and_order_and_the_alternative_names(hr):
    header = [" E-Mail ", "Full Name", "MOBILE", "客服年限"]
    content = csv_bytes([["a@example.com", "A", "+44 20 7946 0958", "1"]], header=header)
    candidate_import = run_import(hr, content)
    person_a = Candidate.objects.get()
    assert candidate_import.created_count == 1
    assert (person_a.full_name, person_a.phone, person_a.years_customer_service) == ("A", "+442079460958", 1)


def test_the_template_files_can_be_filled_in_and_imported(client, hr):
    client.force_login(hr)
    for lang, first in (("zh", "姓名"), ("en", "full_name")):
        response = client.get(reverse("candidates:import_template"), {"lang": lang})
        assert response["Content-Type"].startswith("text/csv")
        text = response.content.decode("utf-8")
        assert text.startswith("\ufeff" + first)
        filled = (text + f"Tmpl {lang},tmpl-{lang}@example.com\r\n").encode("utf-8")
        assert run_import(hr, filled).created_count == 1
    assert Candidate.objects.count() == 2


# --- refusals: nothing written --------------------------------------------------------------------------------

REFUSALS = {
    "empty": (b"", "The file is empty."),
    "undecodable": ("name,email\r\nÅsa,asa@example.com\r\n".encode("utf-16"), "not text we can read"),
    "workbook": (b"PK\x03\x04" + b"\x00" * 200, "Excel workbook"),
    "missing-columns": (csv_bytes([["A", "Shanghai"]], header=["name", "city"]), "Required columns are missing"),
    "unknown-columns": (
        csv_bytes([["A", "a@example.com", "x", "y"]], header=["name", "email", "wechat", "年龄"]),
        "Unknown columns: “wechat”, “年龄”",
    ),
    "repeated-columns": (
        csv_bytes([["A", "a@x.com", "1", "2"]], header=["name", "email", "手机", "电话"]),
        "same thing",
    ),
    "no-rows": (csv_bytes([["", "", ""]], header=["name", "email", "phone"]), "no data rows"),
    "no-header": (b"\r\n\r\n,,\r\n", "no header row"),
}


@pytest.mark.parametrize("case", list(REFUSALS), ids=list(REFUSALS))
def test_a_file_we_cannot_import_is_refused_and_nothing_is_written(
    case, hr, private_media, django_capture_on_commit_callbacks
):
    content, message = REFUSALS[case]
    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(ValidationError) as refused:
        candidate_import_create(actor=hr, file=upload(content))
    assert message in " ".join(refused.value.messages)
    assert "file" in refused.value.message_dict
    assert not callbacks
    assert not CandidateImport.objects.exists()
    assert not AuditEvent.objects.filter(verb__startswith="candidate_import").exists()
    assert stored_files(private_media) == []


def test_a_file_over_the_size_limit_is_refused(hr, settings, private_media):
    settings.CANDIDATE_IMPORT_MAX_MB = 1
    content = csv_bytes([person(n) for n in range(30_000)])
    assert len(content) > 1024 * 1024
    with pytest.raises(ValidationError, match="larger than 1 MB"):
        candidate_import_create(actor=hr, file=upload(content))
    assert not CandidateImport.objects.exists()
    assert stored_files(private_media) == []


def test_the_upload_page_shows_the_refusal_on_the_form(client, hr, private_media):
    client.force_login(hr)
    content = REFUSALS["unknown-columns"][0]
    response = client.post(reverse("candidates:import_new"), {"file": upload(content)})
    assert response.status_code == 200
    assert "wechat" in response.context["form"].errors["file"][0]
    too_long = client.post(reverse("candidates:import_new"), {"file": upload(csv_bytes([person(1)])), "tag": "x" * 60})
    assert too_long.context["form"].errors["tag"]
    assert not CandidateImport.objects.exists()
    assert stored_files(private_media) == []


def test_refusals_are_translated(hr):
    from django.utils import translation

    with translation.override("zh-hans"), pytest.raises(ValidationError) as refused:
        candidate_import_create(actor=hr, file=upload(b""))
    assert refused.value.messages == ["文件是空的。"]


# --- rows ------------------------------------------------------------------------------------------------------


def test_bad_rows_are_reported_with_their_row_numbers_and_good_rows_go_in(hr):
    rows = [
        person(1),                                            # row 2: good
        person(2, email="not-an-email"),                      # row 3
        person(3, name=""),                                   # row 4
        [],                                                   # row 5: an empty line, not a person
        person(5, phone="12345"),                             # row 6
        person(6, education="kindergarten"),                  # row 7
        person(7, graduation_year="1890", years_experience="-1", years_customer_service="abc"),  # row 8
        person(8, language="Klingon"),                        # row 9
        person(9, name="x" * 121),                            # row 10
        person(10, years_experience="12"),                    # row 11: good
    ]  # fmt: skip
    candidate_import = run_import(hr, csv_bytes(rows))
    assert candidate_import.total_rows == 9
    assert (candidate_import.created_count, candidate_import.error_count, candidate_import.skipped_count) == (2, 7, 0)
    assert set(Candidate.objects.values_list("email", flat=True)) == {"person1@example.com", "person10@example.com"}
    by_row = {error["row"]: error["message"] for error in candidate_import.errors}
    assert sorted(by_row) == [3, 4, 6, 7, 8, 9, 10]
    assert by_row[3].startswith("E-mail:")
    assert by_row[4] == "Full name: required."
    assert by_row[6].startswith("Mobile phone:")
    assert "kindergarten" in by_row[7]
    assert "Graduation year" in by_row[8]
    assert "Years of work experience" in by_row[8]
    assert "Years in customer service" in by_row[8]
    assert "Klingon" in by_row[9]
    assert "at most 120 characters" in by_row[10]


def test_row_errors_are_written_in_the_uploaders_language(hr):
    from django.utils import translation

    with translation.override("zh-hans"):
        candidate_import = candidate_import_create(actor=hr, file=upload(csv_bytes([person(1, name="")])))
    candidate_import_run(import_id=candidate_import.pk)
    candidate_import.refresh_from_db()
    assert candidate_import.language == "zh-hans"
    assert candidate_import.errors == [{"row": 2, "message": "姓名：必填。"}]


def test_at_most_the_first_errors_are_kept_but_all_are_counted(hr, monkeypatch):
    monkeypatch.setattr(CandidateImport, "MAX_ERRORS", 3)
    monkeypatch.setattr(imports, "BATCH_SIZE", 2)
    candidate_import = run_import(hr, csv_bytes([person(n, email="bad") for n in range(5)]))
    assert candidate_import.error_count == 5
    assert [error["row"] for error in candidate_import.errors] == [2, 3, 4]


def test_people_already_known_or_repeated_in_the_file_are_skipped_and_left_alone(hr):
    known = CandidateFactory(email="known@example.com", full_name="Known Person", in_talent_pool=False)
    erased = CandidateFactory(email="erased@example.com")
    Candidate.objects.filter(pk=erased.pk).update(anonymised_at="2026-01-01T00:00:00Z")
    rows = [person(1, email="KNOWN@example.com", name="Someone Else"), person(2, email="twice@example.com"),
            person(3, email="Twice@Example.com"), person(4, email="erased@example.com")]  # fmt: skip
    candidate_import = run_import(hr, csv_bytes(rows))
    assert (candidate_import.created_count, candidate_import.skipped_count) == (2, 2)
    known.refresh_from_db()
    assert (known.full_name, known.in_talent_pool) == ("Known Person", False)
    assert Candidate.objects.filter(email="twice@example.com").get().full_name == "Person 2"
    assert Candidate.objects.filter(email="erased@example.com").count() == 2  # the erased one is not a clash


def test_duplicates_across_batches_are_skipped(hr, monkeypatch):
    monkeypatch.setattr(imports, "BATCH_SIZE", 2)
    rows = [person(1), person(2), person(3), person(1, name="Again"), person(4), person(3)]
    candidate_import = run_import(hr, csv_bytes(rows))
    assert (candidate_import.created_count, candidate_import.skipped_count) == (4, 2)
    assert Candidate.objects.get(email="person1@example.com").full_name == "Person 1"


# --- resuming, idempotence, failures ---------------------------------------------------------------------------


def test_a_rerun_after_a_crash_resumes_after_the_rows_counted_without_doubles(hr, monkeypatch):
    monkeypatch.setattr(imports, "BATCH_SIZE", 2)
    rows = [person(n) for n in range(1, 7)] + [person(1, name="Repeat")]
    candidate_import = candidate_import_create(actor=hr, file=upload(csv_bytes(rows)), tag="fair")
    real_insert, calls = imports._insert, []

    def crash_on_second_batch(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("worker killed")
        return real_insert(*args, **kwargs)

    monkeypatch.setattr(imports, "_insert", crash_on_second_batch)
    with pytest.raises(RuntimeError):
        candidate_import_run(import_id=candidate_import.pk)
    candidate_import.refresh_from_db()
    assert candidate_import.status == "running"
    assert (candidate_import.processed_rows, candidate_import.created_count) == (2, 2)  # the first batch only
    assert Candidate.objects.count() == 2

    monkeypatch.setattr(imports, "_insert", real_insert)
    candidate_import_run(import_id=candidate_import.pk)
    candidate_import.refresh_from_db()
    assert candidate_import.status == "done"
    assert (candidate_import.processed_rows, candidate_import.created_count, candidate_import.skipped_count) == (
        7,
        6,
        1,
    )
    assert Candidate.objects.count() == 6
    assert Tag.objects.get(name="fair").candidates.count() == 6

    candidate_import_run(import_id=candidate_import.pk)  # a redelivered task: nothing more
    candidate_import.refresh_from_db()
    assert (Candidate.objects.count(), candidate_import.created_count) == (6, 6)


def test_a_rerun_resumes_from_processed_rows_set_halfway(hr):
    """As a worker killed between two batches leaves it: the first half counted and in the database."""
    rows = [person(n) for n in range(1, 5)]
    candidate_import = candidate_import_create(actor=hr, file=upload(csv_bytes(rows)))
    for n in (1, 2):
        CandidateFactory(email=f"person{n}@example.com", full_name=f"Person {n}", in_talent_pool=True)
    CandidateImport.objects.filter(pk=candidate_import.pk).update(status="running", processed_rows=2, created_count=2)
    candidate_import_run(import_id=candidate_import.pk)
    candidate_import.refresh_from_db()
    assert (candidate_import.processed_rows, candidate_import.created_count, candidate_import.skipped_count) == (
        4,
        4,
        0,
    )
    assert Candidate.objects.count() == 4


def test_a_batch_another_worker_already_counted_is_not_imported_twice(hr):
    candidate_import = candidate_import_create(actor=hr, file=upload(csv_bytes([person(1)])))
    CandidateImport.objects.filter(pk=candidate_import.pk).update(status="running")
    layout = imports.Layout(columns=[(0, "full_name"), (1, "email")])
    values, _problems = imports.RowChecker(layout)(["P", "p@example.com"])
    batch = imports.Batch(size=1, people=[values], errors=[])
    assert imports._import_batch(candidate_import.pk, 1, batch, None, set()) is False
    assert not Candidate.objects.exists()


def test_the_task_marks_the_import_failed_on_an_unexpected_error(hr, monkeypatch):
    from candidates.tasks import import_candidates_task

    candidate_import = candidate_import_create(actor=hr, file=upload(csv_bytes([person(1)])))

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(imports, "_insert", broken)
    with pytest.raises(RuntimeError):
        import_candidates_task.apply(args=[candidate_import.pk], throw=True)
    candidate_import.refresh_from_db()
    assert candidate_import.status == "failed"
    assert "unexpected error" in candidate_import.failure_message
    assert AuditEvent.objects.filter(verb="candidate_import.failed").exists()
    assert not Candidate.objects.exists()


def test_a_file_gone_from_storage_fails_with_a_message(hr):
    candidate_import = candidate_import_create(actor=hr, file=upload(csv_bytes([person(1)])))
    candidate_import.file.storage.delete(candidate_import.file.name)
    candidate_import_run(import_id=candidate_import.pk)
    candidate_import.refresh_from_db()
    assert candidate_import.status == "failed"
    assert candidate_import.failure_message == "The uploaded file could not be found or opened."


# --- pages ------------------------------------------------------------------------------------------------------


def test_the_progress_page_polls_while_the_import_runs(client, hr):
    candidate_import = candidate_import_create(actor=hr, file=upload(csv_bytes([person(n) for n in range(4)])))
    CandidateImport.objects.filter(pk=candidate_import.pk).update(status="running", processed_rows=1, created_count=1)
    client.force_login(hr)
    page = client.get(reverse("candidates:import_detail", args=[candidate_import.pk])).content.decode()
    progress_url = reverse("candidates:import_progress", args=[candidate_import.pk])
    assert f'hx-get="{progress_url}"' in page
    assert 'hx-trigger="every 1s"' in page
    assert 'aria-valuenow="25"' in page
    partial = client.get(progress_url, HTTP_HX_REQUEST="true").content.decode()
    assert partial.lstrip().startswith("<section")
    assert "<html" not in partial
    assert 'data-status="running"' in partial


def test_the_import_pages_query_counts_do_not_grow(client, hr, django_assert_num_queries):
    first = run_import(hr, csv_bytes([person(1, email="bad")]))
    client.force_login(hr)
    urls = [
        reverse("candidates:import_detail", args=[first.pk]),
        reverse("candidates:import_progress", args=[first.pk]),
        reverse("candidates:imports"),
        reverse("candidates:import_new"),
    ]
    few = {}
    for url in urls:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        few[url] = len(captured.captured_queries)
    many = run_import(hr, csv_bytes([person(n, email="bad") for n in range(1500)]))
    for n in range(25):
        run_import(hr, csv_bytes([person(n + 2000)]))
    assert len(many.errors) == 1000
    assert many.error_count == 1500
    urls[:2] = [
        reverse("candidates:import_detail", args=[many.pk]),
        reverse("candidates:import_progress", args=[many.pk]),
    ]
    for url, count in zip(urls, few.values(), strict=True):
        with django_assert_num_queries(count):
            response = client.get(url, {"page": "3"} if "progress" not in url else {})
        assert response.status_code == 200
    page = client.get(urls[0], {"page": "20"}).content.decode()
    assert "The first 1000 of 1500 rows with errors are listed." in page


def test_another_hr_user_sees_the_import(client, hr, make_user):
    candidate_import = candidate_import_create(actor=hr, file=upload(csv_bytes([person(1)])))
    client.force_login(make_user(Role.HR, username="hr-two"))
    assert client.get(reverse("candidates:import_detail", args=[candidate_import.pk])).status_code == 200
    assert client.get(reverse("candidates:import_detail", args=[candidate_import.pk + 1000])).status_code == 404


def test_the_talent_pool_links_to_the_upload(client, hr):
    client.force_login(hr)
    page = client.get(reverse("candidates:pool")).content.decode()
    assert reverse("candidates:import_new") in page


# --- who may not ----------------------------------------------------------------------------------------------


def _urls(pk):
    return [
        reverse("candidates:imports"),
        reverse("candidates:import_new"),
        reverse("candidates:import_template"),
        reverse("candidates:import_detail", args=[pk]),
        reverse("candidates:import_progress", args=[pk]),
    ]


def test_anonymous_visitors_are_sent_to_sign_in(client, hr):
    candidate_import = candidate_import_create(actor=hr, file=upload(csv_bytes([person(1)])))
    for url in _urls(candidate_import.pk):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url
    response = client.post(reverse("candidates:import_new"), {"file": upload(csv_bytes([person(2)]))})
    assert response.status_code == 302
    assert CandidateImport.objects.count() == 1


@pytest.mark.parametrize("role", [Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER])
def test_other_roles_may_not_import_or_see_imports(client, hr, make_user, role, private_media):
    candidate_import = candidate_import_create(actor=hr, file=upload(csv_bytes([person(1)])))
    files_before = stored_files(private_media)
    user = make_user(role, username="not-hr")
    client.force_login(user)
    for url in _urls(candidate_import.pk):
        assert client.get(url).status_code == 403, url
    assert client.post(reverse("candidates:import_new"), {"file": upload(csv_bytes([person(2)]))}).status_code == 403
    with pytest.raises(PermissionDenied):
        candidate_import_create(actor=user, file=upload(csv_bytes([person(3)])))
    assert CandidateImport.objects.count() == 1
    assert stored_files(private_media) == files_before
    assert not Candidate.objects.exists()


# --- the fast paths ------------------------------------------------------------------------------------------


def test_the_copy_columns_follow_the_candidate_model():
    """PostgreSQL adds the people by COPY with these columns: a new Candidate column must be added there."""
    columns = {field.column for field in Candidate._meta.concrete_fields if not field.primary_key}
    assert set(imports.COPY_COLUMNS) == columns
    assert len(imports.COPY_COLUMNS) == len(columns)
    nullable = {field.column for field in Candidate._meta.concrete_fields if field.null}
    assert set(imports.NULLABLE_COLUMNS) <= nullable  # the columns written empty (NULL) may be


def test_the_mainland_mobile_shortcut_agrees_with_the_full_parse(monkeypatch):
    import random

    from candidates import phones

    def outcome(text):
        try:
            return phones.normalise_phone(text)
        except ValidationError as error:
            return error.messages

    def full_parse(text):
        with monkeypatch.context() as patch:
            patch.setattr(phones, "_mainland_mobile", lambda _text: None)
            return outcome(text)

    generator = random.Random(2026)
    formats = ["{0}", "+86{0}", "+86 {0}", "0086{0}", "0086-{0}", "{1} {2} {3}", "+86 {1}-{2}-{3}", "86{0}", "{0}1",
               "１{0}", "{1}  {2}{3}"]  # fmt: skip
    shortcuts = 0
    for prefix in range(100, 200):
        for _ in range(6):
            number = f"{prefix}{generator.randrange(10**8):08d}"
            for pattern in formats:
                text = pattern.format(number, number[:3], number[3:7], number[7:])
                shortcuts += phones._mainland_mobile(text) is not None
                assert outcome(text) == full_parse(text), text
    assert shortcuts > 2000  # the shortcut is taken for the common forms
