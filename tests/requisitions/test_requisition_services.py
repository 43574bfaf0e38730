import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from recruiting.models import AuditEvent, Notification
from recruiting.roles import Role
from requisitions.models import ApprovalStep, Requisition, ScreeningQuestion
from requisitions.services.approval import requisition_decide, requisition_submit
from requisitions.services.demand_table import (
    requirement_add,
    requirement_delete,
    requirement_move,
    requirement_update,
)
from requisitions.services.requisitions import requisition_move, requisition_update, requisitions_close_expired

pytestmark = pytest.mark.django_db


def test_create_from_profile_copies_rows_paths_and_adds_the_essay(make_requisition, supervisor_profile):
    requisition = make_requisition()
    assert requisition.status == Requisition.Status.DRAFT
    assert requisition.title_en == supervisor_profile.title_en
    assert requisition.eligibility_paths == supervisor_profile.eligibility_paths
    copied = list(requisition.requirements.order_by("order"))
    original = list(supervisor_profile.requirements.order_by("order"))
    assert [r.requirement_en for r in copied] == [r.requirement_en for r in original]
    assert [set(r.methods.values_list("code", flat=True)) for r in copied] == [
        set(r.methods.values_list("code", flat=True)) for r in original
    ]
    essay = requisition.questions.get()
    assert essay.kind == ScreeningQuestion.Kind.LONG_TEXT
    assert essay.required
    assert "dissatisfied customer" in essay.text_en
    assert AuditEvent.objects.filter(verb="requisition.created", target_id=str(requisition.pk)).exists()


def test_blank_requisition_has_an_empty_table(make_requisition):
    requisition = make_requisition(profile=None)
    assert requisition.requirements.count() == 0
    assert requisition.eligibility_paths == []


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"headcount": 0}, "headcount"),
        ({"salary_min": 9000, "salary_max": 6000}, "__all__"),
    ],
)
def test_bad_values_are_refused_without_writing(make_requisition, values, field):
    with pytest.raises(ValidationError) as error:
        make_requisition(**values)
    assert field in error.value.message_dict
    assert Requisition.objects.count() == 0


def test_hiring_manager_drafts_only_their_own(make_requisition, manager, make_user):
    other = make_user(Role.HIRING_MANAGER, username="other-manager")
    with pytest.raises(PermissionDenied):
        make_requisition(actor=manager, hiring_manager=other)
    assert make_requisition(actor=manager).hiring_manager == manager


@pytest.mark.parametrize("role", [Role.INTERVIEWER, Role.APPROVER])
def test_other_roles_cannot_create(make_requisition, make_user, role):
    with pytest.raises(PermissionDenied):
        make_requisition(actor=make_user(role))


def test_submit_approve_in_order_and_notify(make_requisition, hr, department, django_capture_on_commit_callbacks):
    first, second = department.chain
    requisition = make_requisition()
    with django_capture_on_commit_callbacks(execute=True):
        requisition_submit(actor=hr, requisition=requisition)
    requisition.refresh_from_db()
    assert requisition.status == Requisition.Status.SUBMITTED
    assert [m.to for m in mail.outbox] == [[first.email]]

    with pytest.raises(PermissionDenied):  # not the second approver's turn yet
        requisition_decide(actor=second, requisition=requisition, approve=True)
    with django_capture_on_commit_callbacks(execute=True):
        requisition_decide(actor=first, requisition=requisition, approve=True, comment="Fine")
    requisition.refresh_from_db()
    assert requisition.status == Requisition.Status.SUBMITTED
    assert mail.outbox[-1].to == [second.email]
    with django_capture_on_commit_callbacks(execute=True):
        requisition_decide(actor=second, requisition=requisition, approve=True)
    requisition.refresh_from_db()
    assert requisition.status == Requisition.Status.APPROVED
    assert requisition.approved_at is not None
    verbs = list(AuditEvent.objects.filter(target_id=str(requisition.pk)).values_list("verb", flat=True))
    assert {"requisition.submitted", "requisition.approved_step", "requisition.approved"} <= set(verbs)
    assert Notification.objects.filter(template_key="requisitions/approved").exists()


def test_return_needs_a_comment_and_goes_back_to_draft_editing(make_requisition, hr, manager, department):
    first, _second = department.chain
    requisition = make_requisition()
    requisition_submit(actor=hr, requisition=requisition)
    with pytest.raises(ValidationError):
        requisition_decide(actor=first, requisition=requisition, approve=False, comment="  ")
    requisition_decide(actor=first, requisition=requisition, approve=False, comment="Salary too high")
    requisition.refresh_from_db()
    assert requisition.status == Requisition.Status.RETURNED
    assert set(requisition.approval_steps.values_list("decision", flat=True)) == {"returned", "skipped"}
    assert Notification.objects.filter(template_key="requisitions/returned", recipient=manager.email).exists()
    # The owner fixes it and submits again: a new round starts with the first approver.
    requisition_update(actor=manager, requisition=requisition, salary_max=8000)
    requisition_submit(actor=manager, requisition=requisition)
    assert requisition.approval_steps.filter(round=2, decision="pending").count() == 2


def test_nobody_approves_their_own_request(make_requisition, department, make_user):
    approver_manager = make_user(Role.APPROVER, Role.HIRING_MANAGER, username="both")
    department.approvers.all().delete()
    department.approvers.create(approver=approver_manager, order=1)
    requisition = make_requisition(hiring_manager=approver_manager)
    with pytest.raises(ValidationError) as error:
        requisition_submit(actor=approver_manager, requisition=requisition)
    assert "approval chain" in str(error.value)


def test_requesters_in_the_chain_are_skipped(make_requisition, department, make_user, hr):
    approver_manager = make_user(Role.APPROVER, Role.HIRING_MANAGER, username="both")
    department.approvers.create(approver=approver_manager, order=3)
    requisition = make_requisition(hiring_manager=approver_manager)
    requisition_submit(actor=hr, requisition=requisition)
    approvers = list(requisition.approval_steps.values_list("approver_id", flat=True))
    assert approver_manager.pk not in approvers
    assert approvers == [u.pk for u in department.chain]


def test_submit_refuses_an_empty_table_and_uncovered_rows(make_requisition, hr, method):
    requisition = make_requisition(profile=None)
    with pytest.raises(ValidationError) as error:
        requisition_submit(actor=hr, requisition=requisition)
    assert any("empty" in m for m in error.value.messages)
    row = requirement_add(
        actor=hr, owner=requisition, methods=[], category="core", key_item="empathy",
        requirement_en="Reads a customer's mood", priority="very_high",
    )  # fmt: skip
    with pytest.raises(ValidationError) as error:
        requisition_submit(actor=hr, requisition=requisition)
    assert any("Row 1 (Empathy) is not assessed" in m for m in error.value.messages)
    requirement_update(actor=hr, row=row, methods=[method])
    requisition_submit(actor=hr, requisition=requisition)
    assert Requisition.objects.get(pk=requisition.pk).status == Requisition.Status.SUBMITTED


def test_submit_refuses_a_method_with_no_pipeline_step(make_requisition, hr, method):
    method.step = ""
    method.save()
    requisition = make_requisition(profile=None)
    requirement_add(
        actor=hr, owner=requisition, methods=[method], category="core", key_item="empathy",
        requirement_en="Reads a customer's mood", priority="very_high",
    )  # fmt: skip
    with pytest.raises(ValidationError) as error:
        requisition_submit(actor=hr, requisition=requisition)
    assert any("not assessed" in m for m in error.value.messages)


def test_submit_refuses_discriminatory_rows_and_names_them(make_requisition, hr, method):
    requisition = make_requisition(profile=None)
    requirement_add(
        actor=hr, owner=requisition, methods=[method], category="hard", key_item="communication",
        requirement_zh="女性较佳，普通话标准", priority="required",
    )  # fmt: skip
    with pytest.raises(ValidationError) as error:
        requisition_submit(actor=hr, requisition=requisition)
    assert any("Row 1" in m and "女性较佳" in m for m in error.value.messages)
    assert Requisition.objects.get(pk=requisition.pk).status == Requisition.Status.DRAFT


def test_submit_refuses_a_close_date_in_the_past(make_requisition, hr):
    requisition = make_requisition()
    Requisition.objects.filter(pk=requisition.pk).update(closes_on=timezone.localdate() - datetime.timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        requisition_submit(actor=hr, requisition=requisition)
    assert any("in the past" in m for m in error.value.messages)


def test_department_without_approvers_cannot_submit(make_requisition, hr, department):
    department.approvers.all().delete()
    with pytest.raises(ValidationError) as error:
        requisition_submit(actor=hr, requisition=make_requisition())
    assert any("no approver" in m for m in error.value.messages)


def test_rows_can_be_added_edited_moved_and_removed(make_requisition, hr, method):
    requisition = make_requisition(profile=None)
    rows = [
        requirement_add(
            actor=hr,
            owner=requisition,
            methods=[method],
            category="core",
            key_item=item,
            requirement_en=item,
            priority="high",
        )
        for item in ("empathy", "communication", "teamwork")
    ]
    requirement_move(actor=hr, row=rows[2], offset=-1)
    assert list(requisition.requirements.order_by("order").values_list("key_item", flat=True)) == [
        "empathy", "teamwork", "communication",
    ]  # fmt: skip
    requirement_delete(actor=hr, row=rows[0])
    assert list(requisition.requirements.order_by("order").values_list("order", "key_item")) == [
        (1, "teamwork"), (2, "communication"),
    ]  # fmt: skip
    with pytest.raises(ValidationError):
        requirement_update(actor=hr, row=rows[1], methods=[method], requirement_en="", requirement_zh="")


def test_rows_cannot_be_edited_by_others_or_after_submission(make_requisition, hr, method, make_user):
    requisition = make_requisition()
    row = requisition.requirements.first()
    stranger = make_user(Role.HIRING_MANAGER, username="stranger")
    with pytest.raises(PermissionDenied):
        requirement_update(actor=stranger, row=row, methods=[method], requirement_en="x")
    requisition_submit(actor=hr, requisition=requisition)
    with pytest.raises(PermissionDenied):
        requirement_update(actor=hr, row=row, methods=[method], requirement_en="x")


def approve_all(requisition, department, hr):
    requisition_submit(actor=hr, requisition=requisition)
    for approver in department.chain:
        requisition_decide(actor=approver, requisition=requisition, approve=True)
    requisition.refresh_from_db()
    return requisition


def test_posting_moves_follow_the_table(make_requisition, hr, manager, department):
    requisition = approve_all(make_requisition(), department, hr)
    with pytest.raises(PermissionDenied):
        requisition_move(actor=manager, requisition=requisition, action="open")
    with pytest.raises(ValidationError):
        requisition_move(actor=hr, requisition=requisition, action="hold")  # not open yet
    opened = requisition_move(actor=hr, requisition=requisition, action="open")
    assert opened.status == Requisition.Status.OPEN
    assert opened.slug.endswith(f"-{opened.pk}")
    assert opened.published_at is not None
    assert requisition_move(actor=hr, requisition=opened, action="hold").status == Requisition.Status.ON_HOLD
    assert requisition_move(actor=hr, requisition=opened, action="open").status == Requisition.Status.OPEN
    assert requisition_move(actor=hr, requisition=opened, action="fill").status == Requisition.Status.FILLED
    with pytest.raises(ValidationError):
        requisition_move(actor=hr, requisition=opened, action="cancel")
    with pytest.raises(ValidationError):
        requisition_move(actor=hr, requisition=opened, action="explode")


def test_expired_postings_close_themselves(make_requisition, hr, department):
    requisition = approve_all(make_requisition(), department, hr)
    requisition_move(actor=hr, requisition=requisition, action="open")
    later = requisition.closes_on + datetime.timedelta(days=1)
    assert requisitions_close_expired(today=requisition.closes_on) == 0
    assert requisitions_close_expired(today=later) == 1
    requisition.refresh_from_db()
    assert requisition.status == Requisition.Status.CLOSED
    assert requisitions_close_expired(today=later) == 0


def test_approval_steps_record_who_decided_and_when(make_requisition, hr, department):
    requisition = approve_all(make_requisition(), department, hr)
    steps = list(requisition.approval_steps.order_by("order"))
    assert [s.approver for s in steps] == department.chain
    assert all(s.decision == ApprovalStep.Decision.APPROVED and s.decided_at for s in steps)
