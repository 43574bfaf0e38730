import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from candidates import pipeline
from candidates.models import RejectionReason, Stage, StageEvent
from candidates.services.applications import application_submit
from candidates.services.pipeline import application_transition
from recruiting.models import AuditEvent
from recruiting.roles import Role

S = pipeline
# Every pair of stages, for a person moving it by hand (no event): expected for HR and for a manager.
# "Y" allowed, "N" allowed with a note, "." refused.
EXPECTED_HR = {
    "resume_screen":    ". Y N . . . Y .",
    "first_interview":  "N . Y . . . Y .",
    "second_interview": ". N . . . . Y .",
    "offer":            ". . . . . . Y .",
    "probation":        ". . . . . . . .",
    "hired":            ". . . . . . . .",
    "rejected":         ". . . . . . . .",
    "withdrawn":        ". . . . . . . .",
}  # fmt: skip
EXPECTED_MANAGER = {
    "resume_screen":    ". Y . . . . Y .",
    "first_interview":  ". . Y . . . Y .",
    "second_interview": ". . . . . . Y .",
    "offer":            ". . . . . . Y .",
    "probation":        ". . . . . . . .",
    "hired":            ". . . . . . . .",
    "rejected":         ". . . . . . . .",
    "withdrawn":        ". . . . . . . .",
}  # fmt: skip


def symbol(move):
    if not move.allowed:
        return "."
    return "N" if move.needs_note else "Y"


@pytest.mark.parametrize(("is_hr", "expected"), [(True, EXPECTED_HR), (False, EXPECTED_MANAGER)])
def test_every_pair_of_stages_by_hand(is_hr, expected):
    for source in S.ALL:
        row = " ".join(symbol(S.check_move(source, target, is_hr=is_hr)) for target in S.ALL)
        assert row == expected[source], source


def test_every_pair_of_stages_by_event():
    allowed = {
        (source, target, via)
        for via in [*S.EVENTS, "candidate"]
        for source in S.ALL
        for target in S.ALL
        if S.check_move(source, target, is_hr=True, via=via).allowed and target != "rejected"
    }
    assert allowed == {
        ("second_interview", "offer", "offer_drafted"),
        ("offer", "second_interview", "offer_withdrawn"),
        ("offer", "probation", "offer_accepted"),
        ("probation", "hired", "probation_passed"),
        ("probation", "hired", "no_probation"),
        *{(source, "withdrawn", "candidate") for source in S.ACTIVE if source != "probation"},
    }


def test_probation_ends_in_rejection_only_through_its_outcome():
    rejecting = {
        via
        for via in ["", *S.EVENTS, "candidate"]
        if S.check_move("probation", "rejected", is_hr=True, via=via).allowed
    }
    assert rejecting == {"probation_terminated"}
    assert S.check_move("offer", "rejected", is_hr=False).allowed


def test_refusals_say_why():
    assert "offer is drafted" in str(S.check_move("second_interview", "offer", is_hr=True).reason)
    assert "closed" in str(S.check_move("rejected", "resume_screen", is_hr=True).reason)
    assert "Only HR" in str(S.check_move("resume_screen", "second_interview", is_hr=False).reason)


@pytest.fixture
def application(make_posting, db):
    person = {"full_name": "Sun Li", "email": "sun.li@example.com", "phone": "+8613855556666",
              "education": "bachelor", "language": "zh-hans"}  # fmt: skip
    return application_submit(requisition=make_posting(), person=person, facts={"education": "bachelor"},
                              answers=[], source="careers_page", language="zh-hans")  # fmt: skip


@pytest.mark.django_db
def test_a_move_writes_history_audit_and_tells_the_candidate(application, hr, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        application_transition(actor=hr, application=application, target=Stage.FIRST_INTERVIEW)
    application.refresh_from_db()
    assert application.stage == Stage.FIRST_INTERVIEW
    events = list(application.events.values_list("from_stage", "to_stage", "actor"))
    assert events == [("", "resume_screen", None), ("resume_screen", "first_interview", hr.pk)]
    assert AuditEvent.objects.filter(verb="application.moved", target_id=str(application.pk)).exists()
    assert mail.outbox[-1].to == ["sun.li@example.com"]
    assert "初试" in mail.outbox[-1].subject  # the candidate's language


@pytest.mark.django_db
def test_permissions(application, make_user, manager):
    with pytest.raises(PermissionDenied):
        application_transition(actor=make_user(Role.INTERVIEWER), application=application, target="first_interview")
    with pytest.raises(PermissionDenied):
        application_transition(actor=make_user(Role.HIRING_MANAGER, username="other-hm"), application=application,
                               target="first_interview")  # fmt: skip
    application_transition(actor=manager, application=application, target="first_interview")
    assert StageEvent.objects.filter(application=application, to_stage="first_interview", actor=manager).exists()


@pytest.mark.django_db
def test_skip_and_back_need_a_note(application, hr):
    with pytest.raises(ValidationError):
        application_transition(actor=hr, application=application, target="second_interview")
    application_transition(actor=hr, application=application, target="second_interview", note="Strong referral")
    application_transition(actor=hr, application=application, target="first_interview", note="Panel asked for it")
    assert application.events.last().note == "Panel asked for it"


@pytest.mark.django_db
def test_reject_needs_a_reason_and_sends_its_feedback(application, hr, django_capture_on_commit_callbacks):
    with pytest.raises(ValidationError):
        application_transition(actor=hr, application=application, target="rejected")
    reason = RejectionReason.objects.get(code="requirements")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        application_transition(actor=hr, application=application, target="rejected", reason=reason)
    application.refresh_from_db()
    assert application.rejection_reason == "requirements"
    assert reason.feedback_zh in mail.outbox[-1].body
    with pytest.raises(ValidationError):
        application_transition(actor=hr, application=application, target="first_interview")


@pytest.mark.django_db
def test_custom_feedback_replaces_the_default(application, hr, django_capture_on_commit_callbacks):
    reason = RejectionReason.objects.get(code="interview")
    with django_capture_on_commit_callbacks(execute=True):
        application_transition(actor=hr, application=application, target="rejected", reason=reason,
                               feedback="谢谢您，期待未来有机会合作。")  # fmt: skip
    assert "期待未来有机会合作" in mail.outbox[-1].body
