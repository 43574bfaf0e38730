"""The applications and candidates API: applying on a candidate's behalf (the careers form's rules,
screening, resume checks, no partial writes), the lists and details in each role's scope, pipeline
moves, and the HR Open ``Candidate`` export."""

import base64

import pytest
from django.urls import reverse

from candidates.models import Application, Candidate, RejectionReason, Resume, ScreeningAnswer, Stage, StageEvent
from recruiting.models import AuditEvent, Notification
from recruiting.roles import Role
from requisitions.models import Requisition
from requisitions.services.demand_table import question_add
from tests.api.conftest import assert_error
from tests.candidates.conftest import MINIMAL_PDF, docx_bytes

pytestmark = pytest.mark.django_db

APPLICATIONS = "/api/v1/applications/"
CANDIDATES = "/api/v1/candidates/"


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    """Each test writes resumes to its own folder, so "no file was written" can be checked."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media" / "private"


@pytest.fixture(autouse=True)
def clear_rate_limits():
    from django.core.cache import cache

    cache.clear()


def body(posting, **overrides):
    """A valid application to ``posting`` (its essay question from the profile answered)."""
    essays = posting.questions.filter(kind="long_text")
    data = {
        "requisition": posting.pk, "full_name": "王小明", "email": "Xiaoming.Wang@Example.com",
        "phone": "138 1234 5678", "current_city": "上海", "education": "associate", "major": "市场营销",
        "school": "上海商学院", "graduation_year": 2020, "years_experience": "3", "years_customer_service": "2",
        "cs_practice_hours": 0, "language_zh": "native", "language_en": "basic", "source": "job_board",
        "consent": True, "answers": {str(q.pk): "一位客户因为退款延误非常生气，我先倾听并道歉。" for q in essays},
    }  # fmt: skip
    return data | overrides


def resume(content: bytes, filename="resume.pdf"):
    return {"filename": filename, "content_base64": base64.b64encode(content).decode()}


def submit(api, user, data):
    return api.as_user(user).post(APPLICATIONS, data, format="json")


def nothing_written(private_media):
    return (
        Candidate.objects.count() == 0
        and Application.objects.count() == 0
        and not Resume.objects.exists()
        and (not private_media.exists() or not any(private_media.rglob("*.*")))
    )


# --- POST /applications/ ---------------------------------------------------------------------------------


def test_hr_applies_on_a_candidates_behalf(api, hr, make_posting):
    posting = make_posting(resume_required=False)
    response = submit(api, hr, body(posting))
    assert response.status_code == 201, response.content
    data = response.json()
    application = Application.objects.get()
    person = application.candidate
    assert data["id"] == application.pk
    assert data["candidate"] == {"id": person.pk, "full_name": "王小明", "email": "xiaoming.wang@example.com"}
    assert person.phone == "+8613812345678"  # normalised to E.164
    assert person.email == "xiaoming.wang@example.com"
    assert person.languages == {"zh": "native", "en": "basic"}
    assert application.stage == Stage.RESUME_SCREEN
    assert application.source == "job_board"
    assert application.consent_at is not None
    assert application.screening_outcome == data["screening_outcome"] == "eligible"  # associate + 2 years
    assert application.facts["education"] == "associate"
    question = posting.questions.get()
    answer = ScreeningAnswer.objects.get(application=application)
    assert answer.question == question
    assert answer.answer.startswith("一位客户")
    assert [a["question"] for a in data["answers"]] == [question.pk]
    assert [(e["from_stage"], e["to_stage"]) for e in data["events"]] == [("", "resume_screen")]
    assert data["resume"] is None
    mail = Notification.objects.get(recipient="xiaoming.wang@example.com")
    assert mail.template_key == "candidates/application_received"
    assert mail.language == "zh-hans"
    assert AuditEvent.objects.filter(verb="application.submitted", target_id=str(application.pk)).exists()


def test_the_language_of_the_candidates_emails(api, hr, make_posting):
    posting = make_posting(resume_required=False)
    response = submit(api, hr, body(posting, language="en"))
    assert response.status_code == 201, response.content
    assert response.json()["language"] == "en"
    assert Candidate.objects.get().language == "en"
    assert Notification.objects.get(recipient="xiaoming.wang@example.com").language == "en"
    assert_error(submit(api, hr, body(posting, email="b@example.com", language="fr")), 400, "invalid", ["language"])


def test_a_pdf_resume_is_stored(api, hr, make_posting, private_media):
    posting = make_posting()
    response = submit(api, hr, body(posting, resume=resume(MINIMAL_PDF, "CV 王小明.pdf")))
    assert response.status_code == 201, response.content
    stored = Resume.objects.get()
    assert stored.application_id == response.json()["id"]
    assert stored.kind == "pdf"
    assert stored.original_name == "CV 王小明.pdf"
    assert stored.size == len(MINIMAL_PDF)
    assert (private_media / stored.file.name).read_bytes() == MINIMAL_PDF
    ref = response.json()["resume"]
    assert ref["name"] == "CV 王小明.pdf"
    assert ref["kind"] == "pdf"
    assert ref["url"].endswith(reverse("candidates:resume_download", args=[stored.pk]))


def test_a_docx_resume_is_stored(api, hr, make_posting):
    posting = make_posting()
    response = submit(api, hr, body(posting, resume=resume(docx_bytes(), "cv.docx")))
    assert response.status_code == 201, response.content
    assert Resume.objects.get().kind == "docx"


def test_a_resume_is_required_when_the_posting_says_so(api, hr, make_posting, private_media):
    posting = make_posting(resume_required=True)
    assert_error(submit(api, hr, body(posting)), 400, "invalid", ["resume"])
    assert nothing_written(private_media)


@pytest.mark.parametrize(
    "value",
    [
        resume(b"MZ\x90\x00" + b"\x00" * 200, "cv.pdf"),  # a program renamed
        resume(b"MZ" + b"\x00" * 100, "cv.exe"),
        resume(b"<html><script>alert(1)</script></html>", "cv.pdf"),
        resume(b"", "cv.pdf"),
        resume(MINIMAL_PDF, "cv.docx"),  # the name does not fit the content
        {"filename": "cv.pdf", "content_base64": "not base64!!"},
        {"filename": "cv.pdf", "content_base64": "QUJD="},  # bad padding
        {"filename": "cv.pdf"},
        {"filename": "cv.pdf", "content_base64": 12345},
        base64.b64encode(MINIMAL_PDF).decode(),  # not an object
        ["cv.pdf", base64.b64encode(MINIMAL_PDF).decode()],
        42,
    ],
    ids=["renamed-program", "exe", "html", "empty", "mismatched-name", "not-base64", "bad-padding",
         "no-content", "content-not-text", "a-string", "a-list", "a-number"],
)  # fmt: skip
def test_a_bad_resume_is_refused_and_nothing_is_written(api, hr, make_posting, private_media, value):
    posting = make_posting()
    assert_error(submit(api, hr, body(posting, resume=value)), 400, "invalid", ["resume"])
    assert nothing_written(private_media)
    assert not Notification.objects.filter(recipient="xiaoming.wang@example.com").exists()


def test_a_knock_out_answer_rejects_on_an_auto_reject_posting(api, hr, make_requisition, department):
    from requisitions.services.approval import requisition_decide, requisition_submit
    from requisitions.services.requisitions import requisition_move

    requisition = make_requisition(auto_reject=True, resume_required=False)
    night = question_add(actor=hr, requisition=requisition, kind="yes_no", text_en="Can you work night shifts?",
                         required=True, knockout={"answer": "no"})  # fmt: skip
    requisition_submit(actor=hr, requisition=requisition)
    for approver in department.chain:
        requisition_decide(actor=approver, requisition=requisition, approve=True)
    posting = requisition_move(actor=hr, requisition=requisition, action="open")
    essay = posting.questions.exclude(pk=night.pk).get()
    answers = {str(essay.pk): "story", str(night.pk): "no"}
    response = api.as_user(hr).post(APPLICATIONS, body(posting) | {"answers": answers}, format="json")
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["stage"] == "rejected"
    assert data["knocked_out"] is True
    assert data["screening_outcome"] == "not_eligible"
    assert data["rejection_reason"] == "knock_out"
    application = Application.objects.get()
    assert application.stage == Stage.REJECTED
    assert application.answers.get(question=night).knocked_out
    assert not application.answers.get(question=essay).knocked_out
    assert Notification.objects.get(recipient="xiaoming.wang@example.com").template_key == "candidates/not_eligible"
    # The same answer "yes" passes.
    ok = api.post(APPLICATIONS, body(posting, email="b@example.com") | {"answers": answers | {str(night.pk): "yes"}},
                  format="json")  # fmt: skip
    assert ok.status_code == 201, ok.content
    assert ok.json()["stage"] == "resume_screen"
    assert ok.json()["knocked_out"] is False


def test_failing_eligibility_on_an_auto_reject_posting_rejects(api, hr, make_posting):
    from requisitions.models import PositionProfile

    posting = make_posting(profile=PositionProfile.objects.get(slug="level-specialist"), auto_reject=True,
                           resume_required=False)  # fmt: skip
    data = body(posting, education="below_high_school", cs_practice_hours=50, years_experience="0",
                years_customer_service="0", language_zh="")  # fmt: skip
    response = submit(api, hr, data)
    assert response.status_code == 201, response.content
    assert response.json()["stage"] == "rejected"
    assert response.json()["rejection_reason"] == "requirements"
    assert response.json()["screening_outcome"] == "not_eligible"
    assert response.json()["knocked_out"] is False
    assert [(e["from_stage"], e["to_stage"], e["reason"]) for e in response.json()["events"]] == [
        ("", "resume_screen", None),
        ("resume_screen", "rejected", "requirements"),
    ]


def test_failing_eligibility_only_flags_without_auto_reject(api, hr, make_posting):
    from requisitions.models import PositionProfile

    posting = make_posting(profile=PositionProfile.objects.get(slug="level-specialist"), resume_required=False)
    data = body(posting, education="below_high_school", cs_practice_hours=50, years_experience="0",
                years_customer_service="0")  # fmt: skip
    response = submit(api, hr, data)
    assert response.status_code == 201, response.content
    assert response.json()["stage"] == "resume_screen"
    assert response.json()["screening_outcome"] == "not_eligible"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"phone": "12345"}, "phone"),
        ({"phone": "call me"}, "phone"),
        ({"consent": False}, "consent"),
        ({"source": "referral", "referrer_name": ""}, "referrer_name"),
        ({"source": "referral"}, "referrer_name"),
        ({"years_experience": "1", "years_customer_service": "5"}, "years_customer_service"),
        ({"email": "not-an-email"}, "email"),
        ({"full_name": ""}, "full_name"),
        ({"education": "phd-from-mars"}, "education"),
        ({"source": "telepathy"}, "source"),
        ({"graduation_year": 1800}, "graduation_year"),
        ({"years_experience": -1}, "years_experience"),
        ({"favourite_colour": "blue"}, "favourite_colour"),
        ({"requisition": 999999}, "requisition"),
        ({"requisition": "abc"}, "requisition"),
        ({"requisition": None}, "requisition"),
        ({"answers": {"999999": "yes"}}, "answers"),
        ({"answers": ["yes"]}, "answers"),
    ],
)
def test_the_forms_rules_hold(api, hr, make_posting, private_media, overrides, field):
    posting = make_posting(resume_required=False)
    data = body(posting, **overrides)
    assert_error(submit(api, hr, data), 400, "invalid", [field])
    assert nothing_written(private_media)


def test_missing_consent_and_missing_fields_are_named(api, hr, make_posting):
    posting = make_posting(resume_required=False)
    data = body(posting)
    del data["consent"], data["email"]
    body_ = assert_error(submit(api, hr, data), 400, "invalid", ["consent", "email"])
    assert "requisition" not in body_["fields"]


def test_the_unknown_field_is_named(api, hr, make_posting):
    posting = make_posting(resume_required=False)
    error = assert_error(submit(api, hr, body(posting, favourite_colour="blue")), 400, "invalid")
    assert list(error["fields"]) == ["favourite_colour"]


def test_an_answer_to_another_postings_question_is_refused(api, hr, make_posting, private_media):
    posting, other = make_posting(resume_required=False), make_posting(resume_required=False)
    foreign = other.questions.get()
    error = assert_error(
        submit(api, hr, body(posting) | {"answers": {str(foreign.pk): "x"}}), 400, "invalid", ["answers"]
    )
    assert str(foreign.pk) in error["fields"]["answers"][0]
    assert nothing_written(private_media)


@pytest.mark.parametrize("status", [Requisition.Status.CLOSED, Requisition.Status.ON_HOLD])
def test_a_posting_not_open_refuses_with_a_message(api, hr, make_posting, private_media, status):
    posting = make_posting()
    Requisition.objects.filter(pk=posting.pk).update(status=status)
    response = submit(api, hr, body(posting, resume=resume(MINIMAL_PDF)))  # checked, then the service refuses
    error = assert_error(response, 400, "invalid", ["non_field_errors"])
    assert "stopped taking applications" in error["message"]
    assert nothing_written(private_media)


def test_a_draft_requisition_refuses_with_a_message(api, hr, make_requisition, private_media):
    draft = make_requisition(resume_required=False)
    error = assert_error(submit(api, hr, body(draft)), 400, "invalid")
    assert "stopped taking applications" in error["message"]
    assert nothing_written(private_media)


def test_the_same_person_applying_twice_is_refused(api, hr, make_posting, private_media):
    posting, other = make_posting(), make_posting()
    assert submit(api, hr, body(posting, resume=resume(MINIMAL_PDF))).status_code == 201
    again = body(posting, email="XIAOMING.wang@example.com", phone="13900001111", resume=resume(docx_bytes(), "b.docx"))
    error = assert_error(submit(api, hr, again), 400, "invalid", ["non_field_errors"])
    assert "already have an active application" in error["message"]
    assert Application.objects.count() == 1
    assert Resume.objects.count() == 1
    assert len(list(private_media.rglob("*.*"))) == 1  # the refused one's file was removed again
    # Another posting: the same person (matched by e-mail), a second application; a known person's
    # details are not overwritten.
    response = submit(api, hr, body(other, email="XIAOMING.wang@example.com", full_name="Wang Xiaoming",
                                    resume=resume(MINIMAL_PDF)))  # fmt: skip
    assert response.status_code == 201, response.content
    assert Candidate.objects.get().full_name == "王小明"
    assert Application.objects.count() == 2
    # Once the first application is closed, the person may apply to that posting again.
    application = Application.objects.get(requisition=posting)
    assert transition(api, hr, application, target="rejected", reason="interview").status_code == 200
    assert submit(api, hr, body(posting, resume=resume(MINIMAL_PDF))).status_code == 201


def test_a_resume_over_the_size_limit_is_refused(api, hr, make_posting, private_media, settings):
    settings.RESUME_MAX_MB = 1
    posting = make_posting()
    big = MINIMAL_PDF + b"%" * (1024 * 1024 + 10)
    assert_error(submit(api, hr, body(posting, resume=resume(big))), 400, "invalid", ["resume"])
    assert nothing_written(private_media)


def test_the_resumes_name_is_shown_without_folders(api, hr, make_posting, private_media):
    posting = make_posting()
    response = submit(api, hr, body(posting, resume=resume(MINIMAL_PDF, "../../etc/\u202ecv.pdf")))
    assert response.status_code == 201, response.content
    stored = Resume.objects.get()
    assert stored.original_name == "cv.pdf"
    assert ".." not in stored.file.name
    assert (private_media / stored.file.name).is_file()


@pytest.mark.parametrize("payload", [[], [{"full_name": "x"}], "text", 42])
def test_the_body_must_be_an_object(api, hr, make_posting, payload):
    make_posting(resume_required=False)
    response = api.as_user(hr).post(APPLICATIONS, payload, format="json")
    assert_error(response, 400, "invalid", ["non_field_errors"])
    assert not Application.objects.exists()


@pytest.mark.parametrize("role", [Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER])
def test_only_hr_applies_on_a_candidates_behalf(api, make_user, make_posting, role):
    posting = make_posting(resume_required=False)
    user = make_user(role, username=f"someone-{role}".replace(" ", "-"))
    assert_error(submit(api, user, body(posting)), 403, "permission_denied")
    assert not Candidate.objects.exists()


def test_the_postings_own_manager_may_not_apply_either(api, manager, make_posting):
    posting = make_posting(resume_required=False)
    assert posting.hiring_manager == manager
    assert_error(submit(api, manager, body(posting)), 403, "permission_denied")
    assert not Candidate.objects.exists()


def test_anonymous_gets_401(api, make_posting):
    posting = make_posting(resume_required=False)
    response = api.anonymous().post(APPLICATIONS, body(posting), format="json")
    assert_error(response, 401, "not_authenticated")
    assert response["WWW-Authenticate"] == "Bearer"
    assert not Candidate.objects.exists()


# --- Bugs found in POST /applications/ ------------------------------------------------------------------


@pytest.mark.parametrize("value", ["no", "0", "off"])
def test_a_consent_that_says_no_is_not_consent(api, hr, make_posting, value):
    posting = make_posting(resume_required=False)
    assert_error(submit(api, hr, body(posting, consent=value)), 400, "invalid", ["consent"])
    assert not Application.objects.exists()


def test_a_missing_required_answer_is_reported_under_answers(api, hr, make_posting):
    posting = make_posting(resume_required=False)
    error = assert_error(submit(api, hr, body(posting, answers={})), 400, "invalid")
    assert set(error["fields"]) == {"answers"}, error


@pytest.mark.parametrize("overrides", [{"full_name": ["王", "小明"]}, {"current_city": {"city": "上海"}}])
def test_a_text_field_must_be_text(api, hr, make_posting, overrides):
    posting = make_posting(resume_required=False)
    response = submit(api, hr, body(posting, **overrides))
    assert_error(response, 400, "invalid", list(overrides))
    assert not Candidate.objects.exists()


def test_an_answer_must_be_text_or_a_number(api, hr, make_posting):
    posting = make_posting(resume_required=False)
    essay = posting.questions.get()
    response = submit(api, hr, body(posting, answers={str(essay.pk): {"text": "story"}}))
    assert_error(response, 400, "invalid", ["answers"])
    assert not ScreeningAnswer.objects.exists()


@pytest.mark.parametrize(
    "value",
    [lambda pk: True, lambda pk: f"{pk}.5", lambda pk: [pk], lambda pk: 2**63, lambda pk: -pk, lambda pk: 0],
    ids=["true", "fraction", "list", "too-large", "negative", "zero"],
)
def test_the_requisition_is_a_whole_number_id(api, hr, make_posting, private_media, value):
    posting = make_posting(resume_required=False)  # id 1 on a fresh database: what `true` would name if taken loosely
    assert_error(submit(api, hr, body(posting, requisition=value(posting.pk))), 400, "invalid", ["requisition"])
    assert nothing_written(private_media)


@pytest.mark.parametrize("field", ["website", "q_"])
def test_the_forms_hidden_fields_are_not_api_fields(api, hr, make_posting, field):
    posting = make_posting(resume_required=False)
    if field == "q_":
        field = f"q_{posting.questions.get().pk}"
    response = submit(api, hr, body(posting, **{field: "https://wang.example.com"}))
    error = assert_error(response, 400, "invalid", [field])
    assert error["fields"][field] == ["Unknown field."]


# --- GET /applications/ and /applications/{id}/ -----------------------------------------------------------


@pytest.fixture
def other_manager(make_user):
    return make_user(Role.HIRING_MANAGER, username="other-manager")


@pytest.fixture
def two_postings(make_posting, manager, other_manager):
    """The manager's posting and another manager's."""
    own = make_posting(resume_required=False, hiring_manager=manager)
    other = make_posting(resume_required=False, hiring_manager=other_manager)
    return own, other


def apply_via_api(api, hr, posting, **overrides) -> Application:
    response = submit(api, hr, body(posting, **overrides))
    assert response.status_code == 201, response.content
    return Application.objects.get(pk=response.json()["id"])


@pytest.fixture
def applied(api, hr, two_postings):
    """王小明 and Alice apply to the manager's posting; 王小明 also to the other manager's."""
    own, other = two_postings
    wang = apply_via_api(api, hr, own)
    alice = apply_via_api(api, hr, own, full_name="Alice Smith", email="alice@example.com", phone="+44 20 7946 0958",
                          school="Fudan", source="referral", referrer_name="Bob")  # fmt: skip
    wang_elsewhere = apply_via_api(api, hr, other)
    return {"wang": wang, "alice": alice, "wang_elsewhere": wang_elsewhere, "own": own, "other": other}


def ids(response):
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_hr_lists_every_application(api, hr, applied):
    response = api.as_user(hr).get(APPLICATIONS)
    assert sorted(ids(response)) == sorted(a.pk for a in (applied["wang"], applied["alice"], applied["wang_elsewhere"]))
    assert response.json()["count"] == 3
    row = next(r for r in response.json()["results"] if r["id"] == applied["alice"].pk)
    assert row["candidate"]["full_name"] == "Alice Smith"
    assert row["requisition"]["id"] == applied["own"].pk
    assert row["source"] == "referral"
    assert row["referrer_name"] == "Bob"
    assert "answers" not in row  # the list is the short form


def test_a_manager_sees_only_the_applications_of_their_requisitions(api, manager, other_manager, applied):
    assert sorted(ids(api.as_user(manager).get(APPLICATIONS))) == sorted([applied["wang"].pk, applied["alice"].pk])
    assert ids(api.as_user(other_manager).get(APPLICATIONS)) == [applied["wang_elsewhere"].pk]
    api.as_user(manager)
    assert api.get(f"{APPLICATIONS}{applied['wang'].pk}/").status_code == 200
    assert_error(api.get(f"{APPLICATIONS}{applied['wang_elsewhere'].pk}/"), 404, "not_found")
    assert_error(api.get(f"{APPLICATIONS}999999/"), 404, "not_found")
    # A requisition filter does not reach past the scope either.
    assert ids(api.get(APPLICATIONS, {"requisition": applied["other"].pk})) == []


def test_out_of_scope_is_not_found_in_the_error_format(api, other_manager, applied):
    api.as_user(other_manager)
    for path in (f"{APPLICATIONS}{applied['wang'].pk}/", f"{CANDIDATES}{applied['alice'].candidate.pk}/",
                 f"{APPLICATIONS}999999/", f"{APPLICATIONS}{2**64}/", f"{CANDIDATES}{2**64}/hropen/"):  # fmt: skip
        assert_error(api.get(path), 404, "not_found")


def test_a_manager_without_requisitions_sees_none(api, make_user, applied):
    lonely = make_user(Role.HIRING_MANAGER, username="lonely-manager")
    assert ids(api.as_user(lonely).get(APPLICATIONS)) == []
    assert_error(api.get(f"{APPLICATIONS}{applied['wang'].pk}/"), 404, "not_found")


@pytest.mark.parametrize("role", [Role.INTERVIEWER, Role.APPROVER])
def test_interviewers_and_approvers_may_not_read_applications(api, make_user, applied, role):
    user = make_user(role, username="no-access")
    api.as_user(user)
    assert_error(api.get(APPLICATIONS), 403, "permission_denied")
    assert_error(api.get(f"{APPLICATIONS}{applied['wang'].pk}/"), 403, "permission_denied")


def test_anonymous_may_not_read_applications(api, applied):
    api.anonymous()
    assert_error(api.get(APPLICATIONS), 401, "not_authenticated")
    assert_error(api.get(f"{APPLICATIONS}{applied['wang'].pk}/"), 401, "not_authenticated")


def test_filters(api, hr, applied):
    from candidates.services.pipeline import application_transition

    application_transition(actor=hr, application=applied["alice"], target="first_interview")
    api.as_user(hr)
    assert ids(api.get(APPLICATIONS, {"stage": "first_interview"})) == [applied["alice"].pk]
    assert sorted(ids(api.get(APPLICATIONS, {"stage": "resume_screen"}))) == sorted(
        [applied["wang"].pk, applied["wang_elsewhere"].pk]
    )
    assert sorted(ids(api.get(APPLICATIONS, {"requisition": applied["own"].pk}))) == sorted(
        [applied["wang"].pk, applied["alice"].pk]
    )
    assert ids(api.get(APPLICATIONS, {"requisition": applied["own"].pk, "search": "王"})) == [applied["wang"].pk]
    assert sorted(ids(api.get(APPLICATIONS, {"search": "王"}))) == sorted(
        [applied["wang"].pk, applied["wang_elsewhere"].pk]
    )
    assert ids(api.get(APPLICATIONS, {"search": "alice"})) == [applied["alice"].pk]  # e-mail and name, any case
    assert ids(api.get(APPLICATIONS, {"search": "7946"})) == [applied["alice"].pk]  # phone digits
    assert ids(api.get(APPLICATIONS, {"search": "fudan"})) == [applied["alice"].pk]  # school
    assert ids(api.get(APPLICATIONS, {"search": "nobody"})) == []
    assert ids(api.get(APPLICATIONS, {"outcome": "eligible", "stage": "first_interview"})) == [applied["alice"].pk]


def test_sorting(api, hr, applied):
    api.as_user(hr)
    newest = ids(api.get(APPLICATIONS))
    everything = [applied["wang"].pk, applied["alice"].pk, applied["wang_elsewhere"].pk]
    assert newest == sorted(everything, reverse=True)
    assert ids(api.get(APPLICATIONS, {"sort": "oldest"})) == sorted(everything)
    by_name = ids(api.get(APPLICATIONS, {"sort": "name"}))
    assert by_name[0] == applied["alice"].pk  # "Alice Smith" before "王小明"
    assert ids(api.get(APPLICATIONS, {"sort": "score"}))  # accepted (no scores yet: still a full list)


def test_paging(api, hr, applied):
    response = api.as_user(hr).get(APPLICATIONS, {"page_size": 2})
    assert response.json()["count"] == 3
    assert len(response.json()["results"]) == 2
    assert response.json()["next"]
    second = api.get(APPLICATIONS, {"page_size": 2, "page": 2})
    assert len(second.json()["results"]) == 1
    assert_error(api.get(APPLICATIONS, {"page": 9}), 404, "not_found")
    for page in ("0", "abc", "-1"):
        assert_error(api.get(APPLICATIONS, {"page": page}), 400, "invalid", ["page"])


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"stage": "nope"}, "stage"),
        ({"sort": "bogus"}, "sort"),
        ({"requisition": "abc"}, "requisition"),
        ({"requisition": "0"}, "requisition"),
        ({"outcome": "maybe"}, "outcome"),
        ({"search": "x" * 201}, "search"),
    ],
)
def test_a_bad_filter_is_named(api, hr, applied, params, field):
    error = assert_error(api.as_user(hr).get(APPLICATIONS, params), 400, "invalid", [field])
    assert list(error["fields"]) == [field]


def test_the_detail_has_answers_history_and_resume(api, hr, make_posting):
    from candidates.services.pipeline import application_transition

    posting = make_posting()
    application = Application.objects.get(
        pk=submit(api, hr, body(posting, resume=resume(MINIMAL_PDF, "cv.pdf"))).json()["id"]
    )
    application_transition(actor=hr, application=application, target="first_interview", note="strong essay")
    response = api.as_user(hr).get(f"{APPLICATIONS}{application.pk}/")
    assert response.status_code == 200
    data = response.json()
    question = posting.questions.get()
    assert data["answers"] == [
        {"question": question.pk, "question_text": question.text, "answer": "一位客户因为退款延误非常生气，我先倾听并道歉。",
         "knocked_out": False}
    ]  # fmt: skip
    assert [(e["from_stage"], e["to_stage"]) for e in data["events"]] == [
        ("", "resume_screen"),
        ("resume_screen", "first_interview"),
    ]
    assert data["events"][1]["note"] == "strong essay"
    assert data["events"][1]["actor"]["id"] == hr.pk
    assert data["events"][0]["actor"] is None
    stored = Resume.objects.get()
    assert data["resume"]["url"].endswith(reverse("candidates:resume_download", args=[stored.pk]))
    assert data["resume"]["size"] == len(MINIMAL_PDF)
    assert data["facts"]["education"] == "associate"
    assert data["stage"] == "first_interview"


# --- POST /applications/{id}/transition/ ------------------------------------------------------------------


def transition(api, user, application, **payload):
    return api.as_user(user).post(f"{APPLICATIONS}{application.pk}/transition/", payload, format="json")


def test_hr_moves_an_application_forward(api, hr, applied):
    application = applied["wang"]
    response = transition(api, hr, application, target="first_interview", note="good call")
    assert response.status_code == 200, response.content
    assert response.json()["stage"] == "first_interview"
    application.refresh_from_db()
    assert application.stage == Stage.FIRST_INTERVIEW
    event = StageEvent.objects.filter(application=application).latest("id")
    assert (event.from_stage, event.to_stage, event.actor, event.note) == (
        "resume_screen", "first_interview", hr, "good call"
    )  # fmt: skip
    assert AuditEvent.objects.filter(verb="application.moved", target_id=str(application.pk)).exists()
    assert Notification.objects.filter(recipient=application.candidate.email,
                                       template_key="candidates/stage_changed").exists()  # fmt: skip


@pytest.mark.parametrize(
    ("target", "field", "text"),
    [
        ("offer", "non_field_errors", "when an offer is drafted"),
        ("hired", "non_field_errors", "probation is passed"),
        ("withdrawn", "non_field_errors", "Only the candidate withdraws"),
        ("resume_screen", "non_field_errors", "already in this stage"),
        ("second_interview", "note", "needs one"),  # HR may skip, with a note
        ("nope", "target", ""),
    ],
)
def test_a_move_the_table_forbids_is_refused_in_the_error_format(api, hr, applied, target, field, text):
    application = applied["wang"]
    error = assert_error(transition(api, hr, application, target=target), 400, "invalid", [field])
    assert text in " ".join(error["fields"][field])
    application.refresh_from_db()
    assert application.stage == Stage.RESUME_SCREEN
    assert StageEvent.objects.filter(application=application).count() == 1


def test_a_closed_application_cannot_move(api, hr, applied):
    application = applied["wang"]
    assert transition(api, hr, application, target="rejected", reason="interview").status_code == 200
    error = assert_error(transition(api, hr, application, target="first_interview"), 400, "invalid")
    assert "closed" in error["message"]


def test_a_rejection_needs_a_reason(api, hr, applied):
    application = applied["wang"]
    assert_error(transition(api, hr, application, target="rejected"), 400, "invalid", ["reason"])
    assert_error(transition(api, hr, application, target="rejected", reason=None), 400, "invalid", ["reason"])
    application.refresh_from_db()
    assert application.stage == Stage.RESUME_SCREEN


def test_rejecting_with_a_reason_code(api, hr, applied):
    application = applied["wang"]
    reason = RejectionReason.objects.get(code="interview", is_active=True)
    response = transition(api, hr, application, target="rejected", reason="interview", feedback="Thank you!")
    assert response.status_code == 200, response.content
    assert response.json()["stage"] == "rejected"
    assert response.json()["rejection_reason"] == "interview"
    assert response.json()["events"][-1]["reason"] == "interview"
    application.refresh_from_db()
    assert application.stage == Stage.REJECTED
    assert application.rejection_reason == "interview"
    assert StageEvent.objects.filter(application=application).latest("id").reason == reason
    mail = Notification.objects.filter(template_key="candidates/stage_changed").latest("id")
    assert mail.context["feedback_en"] == "Thank you!"


@pytest.mark.parametrize("code", ["no-such-reason", "retired"])
def test_an_unknown_or_inactive_reason_code_is_refused(api, hr, applied, code):
    RejectionReason.objects.create(code="retired", label_en="Retired", label_zh="停用", is_active=False)
    application = applied["wang"]
    assert_error(transition(api, hr, application, target="rejected", reason=code), 400, "invalid", ["reason"])
    application.refresh_from_db()
    assert application.stage == Stage.RESUME_SCREEN


def test_the_requisitions_hiring_manager_may_move(api, manager, applied):
    application = applied["wang"]
    response = transition(api, manager, application, target="first_interview")
    assert response.status_code == 200, response.content
    application.refresh_from_db()
    assert application.stage == Stage.FIRST_INTERVIEW
    assert StageEvent.objects.filter(application=application).latest("id").actor == manager
    # Skipping is HR's alone, even with a note.
    error = assert_error(transition(api, manager, applied["alice"], target="second_interview", note="skip"), 400)
    assert "Only HR" in error["message"]


def test_another_manager_gets_404_and_nothing_moves(api, other_manager, applied):
    application = applied["wang"]
    assert_error(transition(api, other_manager, application, target="first_interview"), 404, "not_found")
    application.refresh_from_db()
    assert application.stage == Stage.RESUME_SCREEN


def test_an_interviewer_gets_403_and_nothing_moves(api, interviewer, applied):
    application = applied["wang"]
    assert_error(transition(api, interviewer, application, target="first_interview"), 403, "permission_denied")
    api.anonymous()
    response = api.post(f"{APPLICATIONS}{application.pk}/transition/", {"target": "first_interview"}, format="json")
    assert_error(response, 401, "not_authenticated")
    application.refresh_from_db()
    assert application.stage == Stage.RESUME_SCREEN


def test_a_guard_refuses_and_hr_overrides_it_with_a_note(api, hr, applied):
    application = applied["wang"]
    assert transition(api, hr, application, target="first_interview").status_code == 200
    error = assert_error(transition(api, hr, application, target="second_interview"), 400, "invalid")
    assert "HR may override this with a note" in " ".join(error["fields"]["non_field_errors"])
    application.refresh_from_db()
    assert application.stage == Stage.FIRST_INTERVIEW
    response = transition(api, hr, application, target="second_interview", note="card on paper")
    assert response.status_code == 200, response.content
    assert response.json()["stage"] == "second_interview"


def test_transition_of_an_application_that_does_not_exist(api, hr):
    assert_error(transition(api, hr, Application(pk=999999), target="first_interview"), 404, "not_found")


def test_a_transition_with_an_unknown_field_is_refused(api, hr, applied):
    application = applied["wang"]
    response = transition(api, hr, application, target="rejected", reason="interview", feedbak="Sorry, Wang!")
    assert_error(response, 400, "invalid", ["feedbak"])
    application.refresh_from_db()
    assert application.stage == Stage.RESUME_SCREEN


def test_a_transition_body_must_be_an_object(api, hr, applied):
    response = api.as_user(hr).post(f"{APPLICATIONS}{applied['wang'].pk}/transition/", ["first_interview"],
                                     format="json")  # fmt: skip
    assert_error(response, 400, "invalid", ["non_field_errors"])


# --- /candidates/ -----------------------------------------------------------------------------------------


def test_candidates_in_scope(api, hr, manager, other_manager, make_user, applied):
    wang, alice = applied["wang"].candidate, applied["alice"].candidate
    assert wang == applied["wang_elsewhere"].candidate  # one person, two applications
    assert sorted(ids(api.as_user(hr).get(CANDIDATES))) == sorted([wang.pk, alice.pk])
    assert sorted(ids(api.as_user(manager).get(CANDIDATES))) == sorted([wang.pk, alice.pk])
    assert ids(api.as_user(other_manager).get(CANDIDATES)) == [wang.pk]
    assert_error(api.get(f"{CANDIDATES}{alice.pk}/"), 404, "not_found")
    detail = api.get(f"{CANDIDATES}{wang.pk}/")
    assert detail.status_code == 200
    assert detail.json()["phone"] == "+8613812345678"
    assert detail.json()["full_name"] == "王小明"
    lonely = make_user(Role.HIRING_MANAGER, username="lonely-manager")
    assert ids(api.as_user(lonely).get(CANDIDATES)) == []
    assert_error(api.get(f"{CANDIDATES}{wang.pk}/"), 404, "not_found")
    assert_error(api.get(f"{CANDIDATES}{wang.pk}/hropen/"), 404, "not_found")


def test_interviewers_may_not_read_candidates(api, interviewer, applied):
    person = applied["wang"].candidate
    api.as_user(interviewer)
    assert_error(api.get(CANDIDATES), 403, "permission_denied")
    assert_error(api.get(f"{CANDIDATES}{person.pk}/"), 403, "permission_denied")
    assert_error(api.get(f"{CANDIDATES}{person.pk}/hropen/"), 403, "permission_denied")
    api.anonymous()
    assert_error(api.get(CANDIDATES), 401, "not_authenticated")


def test_candidate_search(api, hr, applied):
    wang, alice = applied["wang"].candidate, applied["alice"].candidate
    api.as_user(hr)
    assert ids(api.get(CANDIDATES, {"search": "小明"})) == [wang.pk]
    assert ids(api.get(CANDIDATES, {"search": "SMITH"})) == [alice.pk]
    assert ids(api.get(CANDIDATES, {"search": "138 1234"})) == [wang.pk]  # the phone by its digits
    assert ids(api.get(CANDIDATES, {"search": "567"})) == [wang.pk]  # 3 digits are enough
    assert ids(api.get(CANDIDATES, {"search": "56"})) == []  # 2 are not
    assert ids(api.get(CANDIDATES, {"search": "+44 20 7946"})) == [alice.pk]
    assert_error(api.get(CANDIDATES, {"search": "x" * 201}), 400, "invalid", ["search"])


def test_hropen_candidate_export(api, hr, applied):
    person = applied["wang"].candidate
    response = api.as_user(hr).get(f"{CANDIDATES}{person.pk}/hropen/")
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["person"]["name"]["formattedName"] == "王小明"
    assert data["person"]["id"]["value"] == str(person.pk)
    assert data["person"]["communication"]["email"] == [{"address": "xiaoming.wang@example.com"}]
    assert data["person"]["communication"]["phone"] == [{"formattedNumber": "+8613812345678"}]
    assert data["person"]["preferredLanguage"] == "zh-CN"
    profiles = {int(p["profileId"]["value"]): p for p in data["profiles"]}
    assert set(profiles) == {applied["wang"].pk, applied["wang_elsewhere"].pk}
    opening = profiles[applied["wang"].pk]["associatedPositionOpenings"][0]
    assert opening["positionOpeningId"]["value"] == str(applied["own"].pk)
    assert opening["candidateStatus"]["name"] == "resume_screen"
    assert opening["candidateStatus"]["category"] == "New"
    assert profiles[applied["wang"].pk]["sourceCode"] == "job_board"
    assert {"languageCode": "zh", "proficiencyCode": "native"} in profiles[applied["wang"].pk]["languages"]


def test_hropen_status_follows_the_stage(api, hr, applied):
    application = applied["wang"]
    assert transition(api, hr, application, target="rejected", reason="interview").status_code == 200
    data = api.get(f"{CANDIDATES}{application.candidate.pk}/hropen/").json()
    status = next(
        p["associatedPositionOpenings"][0]["candidateStatus"]
        for p in data["profiles"]
        if p["profileId"]["value"] == str(application.pk)
    )
    assert (status["name"], status["category"]) == ("rejected", "Not Hired")


def test_a_managers_hropen_export_lists_only_their_own_applications(api, manager, other_manager, applied):
    person = applied["wang"].candidate
    mine = api.as_user(manager).get(f"{CANDIDATES}{person.pk}/hropen/").json()
    assert [p["profileId"]["value"] for p in mine["profiles"]] == [str(applied["wang"].pk)]
    theirs = api.as_user(other_manager).get(f"{CANDIDATES}{person.pk}/hropen/").json()
    assert [p["profileId"]["value"] for p in theirs["profiles"]] == [str(applied["wang_elsewhere"].pk)]
