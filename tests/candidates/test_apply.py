import datetime
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from candidates.models import Application, Candidate, Resume, ScreeningAnswer, Stage
from requisitions.models import Requisition
from requisitions.services.demand_table import question_add
from tests.candidates.conftest import MINIMAL_PDF

pytestmark = pytest.mark.django_db


def form(**overrides):
    data = {
        "full_name": "王小明", "email": "Xiaoming.Wang@Example.com", "phone": "138 1234 5678", "current_city": "上海",
        "education": "associate", "major": "市场营销", "school": "上海商学院", "graduation_year": "2020",
        "years_experience": "3", "years_customer_service": "2", "cs_practice_hours": "0", "language_zh": "native",
        "language_en": "basic", "source": "careers_page", "referrer_name": "", "consent": "on", "website": "",
    }  # fmt: skip
    return data | overrides


def answer_essay(posting, data):
    essay = posting.questions.get()
    return data | {f"q_{essay.pk}": "一位客户因为退款延误非常生气，我先倾听并道歉，然后……"}


def apply(client, posting, data, **files):
    return client.post(reverse("careers:apply", args=[posting.slug]), data | files)


def test_a_candidate_applies_and_gets_a_status_link(client, make_posting, pdf_upload, private_media,
                                                    django_capture_on_commit_callbacks):  # fmt: skip
    posting = make_posting()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = apply(client, posting, answer_essay(posting, form()), resume=pdf_upload())
    assert response.status_code == 302
    application = Application.objects.get()
    candidate = application.candidate
    assert candidate.email == "xiaoming.wang@example.com"
    assert candidate.phone == "+8613812345678"
    assert application.stage == Stage.RESUME_SCREEN
    assert application.consent_at is not None
    assert application.consent_version
    assert application.screening_outcome == "eligible"  # associate degree + 2 years
    assert ScreeningAnswer.objects.filter(application=application).count() == 1
    resume = Resume.objects.get()
    assert resume.original_name == "resume.pdf"
    assert re.fullmatch(r"resumes/\d{4}/\d{2}/[0-9a-f]{32}\.pdf", resume.file.name)
    assert (private_media / resume.file.name).exists()
    assert resume.extracted_at is not None  # extracted by the (eager) task after commit
    confirmation = client.get(response["Location"])
    link = re.search(r'href="(/candidates/status/[^"]+/)"', confirmation.content.decode()).group(1)
    assert mail.outbox[-1].to == [candidate.email]
    assert link in mail.outbox[-1].body
    status = client.get(link)
    assert status.status_code == 200
    assert "We are reviewing your application" in status.content.decode()


def test_the_form_is_bilingual_and_asks_nothing_it_must_not(client, make_posting):
    posting = make_posting()
    english = client.get(reverse("careers:apply", args=[posting.slug]), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    chinese = client.get(reverse("careers:apply", args=[posting.slug]), HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "Send my application" in english
    assert "Send my application" not in chinese
    for forbidden in ("gender", "birth", "age", "photo", "id_number", "marital"):
        assert f'name="{forbidden}' not in english


@pytest.mark.parametrize(
    ("overrides", "files", "field"),
    [
        ({"full_name": ""}, {}, "full_name"),
        ({"full_name": "x" * 121}, {}, "full_name"),
        ({"email": ""}, {}, "email"),
        ({"email": "not-an-email"}, {}, "email"),
        ({"email": "a@b"}, {}, "email"),
        ({"phone": ""}, {}, "phone"),
        ({"phone": "12345"}, {}, "phone"),
        ({"phone": "call me"}, {}, "phone"),
        ({"phone": "+86 1" + "3" * 40}, {}, "phone"),
        ({"consent": ""}, {}, "consent"),
        ({"education": "phd-from-mars"}, {}, "education"),
        ({"years_experience": "-1"}, {}, "years_experience"),
        ({"years_experience": "abc"}, {}, "years_experience"),
        ({"years_experience": "1", "years_customer_service": "5"}, {}, "years_customer_service"),
        ({"cs_practice_hours": "1e9"}, {}, "cs_practice_hours"),
        ({"graduation_year": "1800"}, {}, "graduation_year"),
        ({"source": "referral", "referrer_name": ""}, {}, "referrer_name"),
        ({"source": "telepathy"}, {}, "source"),
        ({"website": "http://spam.example"}, {}, "__all__"),
        ({}, {"resume": SimpleUploadedFile("cv.pdf", b"MZ\x90\x00" + b"\x00" * 200)}, "resume"),
        ({}, {"resume": SimpleUploadedFile("cv.pdf", b"<html><script>alert(1)</script></html>")}, "resume"),
        ({}, {"resume": SimpleUploadedFile("cv.pdf", b"")}, "resume"),
        ({}, {"resume": SimpleUploadedFile("cv.exe", b"MZ" + b"\x00" * 100)}, "resume"),
        ({}, {"resume": "oversized"}, "resume"),
        ({}, {"resume": "zipbomb"}, "resume"),
        ({}, {"resume": "missing"}, "resume"),
    ],
)
def test_bad_input_gives_a_message_and_writes_nothing(client, make_posting, settings, private_media, overrides,
                                                      files, field):  # fmt: skip
    import io
    import zipfile

    posting = make_posting()
    settings.RESUME_MAX_MB = 1
    if files.get("resume") == "oversized":
        files = {"resume": SimpleUploadedFile("big.pdf", MINIMAL_PDF + b"%" * (1024 * 1024 + 10))}
    elif files.get("resume") == "zipbomb":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("word/document.xml", b"\x00" * (60 * 1024 * 1024))
        files = {"resume": SimpleUploadedFile("cv.docx", buffer.getvalue())}
    elif files.get("resume") == "missing":
        files = {}
    elif not files:
        files = {"resume": SimpleUploadedFile("cv.pdf", MINIMAL_PDF)}
    response = apply(client, posting, answer_essay(posting, form(**overrides)), **files)
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert Application.objects.count() == 0
    assert Candidate.objects.count() == 0
    assert not private_media.exists() or not any(private_media.rglob("*.*"))
    # The other values are kept for the candidate to correct and resend.
    if field != "full_name":
        assert 'value="王小明"' in response.content.decode()


def test_html_in_text_fields_is_shown_escaped(client, make_posting, hr, pdf_upload):
    posting = make_posting()
    apply(client, posting, answer_essay(posting, form(full_name="<script>alert(1)</script>")), resume=pdf_upload())
    application = Application.objects.get()
    status = client.get(
        re.search(
            r'href="(/candidates/[^"]+)"', client.get(reverse("careers:applied", args=[posting.slug])).content.decode()
        ).group(1)
    )
    assert status.status_code == 200
    assert application.candidate.full_name == "<script>alert(1)</script>"


def test_resume_is_optional_when_the_posting_says_so(client, make_posting):
    posting = make_posting(resume_required=False)
    response = apply(client, posting, answer_essay(posting, form()))
    assert response.status_code == 302
    assert not Resume.objects.exists()


def test_applying_again_to_the_same_posting_is_refused_another_posting_is_the_same_person(client, make_posting,
                                                                                          pdf_upload):  # fmt: skip
    first = make_posting()
    second = make_posting()
    assert apply(client, first, answer_essay(first, form()), resume=pdf_upload()).status_code == 302
    again = apply(client, first, answer_essay(first, form(phone="13900001111")), resume=pdf_upload())
    assert again.status_code == 200
    assert "already have an active application" in again.content.decode()
    other = apply(client, second, answer_essay(second, form(email="XIAOMING.wang@example.com")), resume=pdf_upload())
    assert other.status_code == 302
    assert Candidate.objects.count() == 1
    assert Application.objects.count() == 2


@pytest.mark.parametrize(
    ("profile", "values", "outcome", "reason"),
    [
        ("level-specialist", {"education": "high_school"}, "eligible", None),
        ("level-specialist", {"education": "below_high_school", "cs_practice_hours": "200"}, "eligible", None),
        ("level-specialist", {"education": "below_high_school", "cs_practice_hours": "199"}, "not_eligible", "200"),
        ("level-supervisor", {"education": "bachelor", "years_experience": "0", "years_customer_service": "0"},
         "eligible", None),
        ("level-supervisor", {"education": "associate", "years_customer_service": "1"}, "eligible", None),
        ("level-supervisor", {"education": "associate", "years_experience": "0.9", "years_customer_service": "0.9"},
         "not_eligible", "1"),
        ("level-supervisor", {"education": "high_school", "years_customer_service": "2"}, "eligible", None),
        ("level-supervisor", {"education": "below_high_school", "years_experience": "3",
                              "years_customer_service": "3"}, "needs_review", "assessment"),
    ],
)  # fmt: skip
def test_seed_003_examples_through_the_form(client, make_posting, pdf_upload, profile, values, outcome, reason):
    from requisitions.models import PositionProfile

    posting = make_posting(profile=PositionProfile.objects.get(slug=profile))
    assert apply(client, posting, answer_essay(posting, form(**values)), resume=pdf_upload()).status_code == 302
    application = Application.objects.get()
    assert application.screening_outcome == outcome
    if reason:
        from candidates.services.applications import screening_result

        assert reason in " ".join(screening_result(application).reasons())


def test_auto_reject_rejects_and_tells_the_candidate_why(client, make_posting, pdf_upload,
                                                         django_capture_on_commit_callbacks):  # fmt: skip
    from requisitions.models import PositionProfile

    posting = make_posting(profile=PositionProfile.objects.get(slug="level-specialist"), auto_reject=True)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        apply(client, posting, answer_essay(posting, form(education="below_high_school", cs_practice_hours="50",
                                                         language_zh="")), resume=pdf_upload())  # fmt: skip
    application = Application.objects.get()
    assert application.stage == Stage.REJECTED
    assert application.rejection_reason == "requirements"
    assert "200" in mail.outbox[-1].body
    assert mail.outbox[-1].subject.startswith("About your application")


def test_flag_only_by_default(client, make_posting, pdf_upload):
    from requisitions.models import PositionProfile

    posting = make_posting(profile=PositionProfile.objects.get(slug="level-specialist"))
    apply(client, posting, answer_essay(posting, form(education="below_high_school", cs_practice_hours="50")),
          resume=pdf_upload())  # fmt: skip
    application = Application.objects.get()
    assert application.stage == Stage.RESUME_SCREEN
    assert application.screening_outcome == "not_eligible"


def test_a_knock_out_answer(client, make_posting, hr, pdf_upload, make_requisition, department):
    requisition = make_requisition()
    question = question_add(actor=hr, requisition=requisition, kind="yes_no", text_en="Can you work night shifts?",
                            required=True, knockout={"answer": "no"})  # fmt: skip
    from requisitions.services.approval import requisition_decide, requisition_submit
    from requisitions.services.requisitions import requisition_move

    requisition_submit(actor=hr, requisition=requisition)
    for approver in department.chain:
        requisition_decide(actor=approver, requisition=requisition, approve=True)
    posting = requisition_move(actor=hr, requisition=requisition, action="open")
    essay = posting.questions.exclude(pk=question.pk).get()
    data = form() | {f"q_{essay.pk}": "story", f"q_{question.pk}": "no"}
    assert apply(client, posting, data, resume=pdf_upload()).status_code == 302
    application = Application.objects.get()
    assert application.knocked_out
    assert application.screening_outcome == "not_eligible"
    assert application.answers.get(question=question).knocked_out


def test_a_posting_that_closes_while_the_form_is_open_refuses_the_submit(client, make_posting, hr, pdf_upload):
    posting = make_posting()
    page = client.get(reverse("careers:apply", args=[posting.slug]))
    assert page.status_code == 200
    Requisition.objects.filter(pk=posting.pk).update(status=Requisition.Status.CLOSED)
    response = apply(client, posting, answer_essay(posting, form()), resume=pdf_upload())
    assert response.status_code == 200
    assert "stopped taking applications" in response.content.decode()
    assert 'value="王小明"' in response.content.decode()  # what was typed is kept
    assert Application.objects.count() == 0


def test_closing_between_validation_and_saving_is_reported(make_posting, monkeypatch):
    from django.core.exceptions import ValidationError

    from candidates.services.applications import application_submit

    posting = make_posting()
    Requisition.objects.filter(pk=posting.pk).update(closes_on=timezone.localdate() - datetime.timedelta(days=1))
    person = {"full_name": "A", "email": "a@example.com", "phone": "+8613800000000", "education": "bachelor",
              "language": "en"}  # fmt: skip
    with pytest.raises(ValidationError, match="stopped taking applications"):
        application_submit(requisition=posting, person=person, facts={"education": "bachelor"}, answers=[],
                           source="careers_page", language="en")  # fmt: skip
    assert Candidate.objects.count() == 0


def test_rate_limit_per_email(client, make_posting, settings, pdf_upload):
    settings.APPLY_RATE_PER_EMAIL_DAY = 1
    first, second = make_posting(), make_posting()
    assert apply(client, first, answer_essay(first, form()), resume=pdf_upload()).status_code == 302
    response = apply(client, second, answer_essay(second, form()), resume=pdf_upload())
    assert response.status_code == 200
    assert "Too many applications" in response.content.decode()
    assert Application.objects.count() == 1


def test_internal_only_and_draft_postings_cannot_be_applied_to(client, make_posting, make_requisition):
    draft = make_requisition()
    assert client.get(f"/careers/job-{draft.pk}/apply/").status_code == 404
    internal = make_posting(internal_until=timezone.localdate() + datetime.timedelta(days=3))
    assert client.get(reverse("careers:apply", args=[internal.slug])).status_code == 404


def test_rate_limit_per_ip_counts_the_client_behind_the_proxy(client, make_posting, settings, pdf_upload):
    settings.APPLY_RATE_PER_IP_HOUR = 1
    settings.NUM_PROXIES = 1
    first, second = make_posting(), make_posting()
    response = client.post(reverse("careers:apply", args=[first.slug]), answer_essay(first, form()) | {"resume": pdf_upload()},
                           HTTP_X_FORWARDED_FOR="spoofed, 1.2.3.4")  # fmt: skip
    assert response.status_code == 302
    other_client = client.post(reverse("careers:apply", args=[second.slug]),
                               answer_essay(second, form(email="b@example.com", phone="13900002222")) | {"resume": pdf_upload()},
                               HTTP_X_FORWARDED_FOR="5.6.7.8")  # fmt: skip
    assert other_client.status_code == 302
    third = make_posting()
    blocked = client.post(reverse("careers:apply", args=[third.slug]),
                          answer_essay(third, form(email="c@example.com", phone="13900003333")) | {"resume": pdf_upload()},
                          HTTP_X_FORWARDED_FOR="other-spoof, 1.2.3.4")  # fmt: skip
    assert "Too many applications" in blocked.content.decode()


def test_the_confirmation_shows_the_status_link_once_and_only_for_that_posting(client, make_posting, pdf_upload):
    posting, other = make_posting(), make_posting()
    apply(client, posting, answer_essay(posting, form()), resume=pdf_upload())
    assert 'data-testid="status-link"' not in client.get(reverse("careers:applied", args=[other.slug])).content.decode()
    apply(client, other, answer_essay(other, form(email="second@example.com")), resume=pdf_upload())
    assert 'data-testid="status-link"' in client.get(reverse("careers:applied", args=[other.slug])).content.decode()
    assert 'data-testid="status-link"' not in client.get(reverse("careers:applied", args=[other.slug])).content.decode()


def test_a_rejected_candidate_sees_the_reasons_feedback_not_recruiter_notes(client, make_posting, hr, pdf_upload):
    from candidates.models import RejectionReason
    from candidates.services.pipeline import application_transition
    from candidates.status_links import status_path

    posting = make_posting()
    apply(client, posting, answer_essay(posting, form()), resume=pdf_upload())
    application = Application.objects.get()
    reason = RejectionReason.objects.get(code="interview")
    application_transition(actor=hr, application=application, target="rejected", reason=reason)
    page = client.get(status_path(Application.objects.get()), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert reason.feedback_en in page
    assert "Eligible through" not in page


def test_a_missing_resume_file_is_a_404_not_an_error(client, make_posting, hr, pdf_upload, private_media):
    posting = make_posting()
    apply(client, posting, answer_essay(posting, form()), resume=pdf_upload())
    resume = Resume.objects.get()
    (private_media / resume.file.name).unlink()
    client.force_login(hr)
    assert client.get(reverse("candidates:resume_download", args=[resume.pk])).status_code == 404
