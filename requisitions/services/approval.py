"""Submitting a requisition and the approval chain: approvers decide in order; any one may return it."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from recruiting.roles import Role, has_role
from recruiting.selectors import user_language
from recruiting.services.audit import audit_record
from recruiting.services.notifications import notification_create
from requisitions import checks, policies
from requisitions.models import ApprovalStep, DepartmentApprover, Requisition


def _notify(*, user, template_key, requisition, **extra):
    if not user.email:
        return
    notification_create(
        recipient=user.email,
        recipient_user=user,
        template_key=template_key,
        language=user_language(user),
        context={
            "name": user.get_full_name() or user.get_username(),
            "title_en": requisition.title_en or requisition.title_zh,
            "title_zh": requisition.title_zh or requisition.title_en,
            "path": reverse("requisitions:detail", args=[requisition.pk]),
            **extra,
        },
    )


def requisition_submit(*, actor, requisition: Requisition) -> Requisition:
    """Check the requisition and start a new round of its department's approval chain."""
    with transaction.atomic():
        requisition = Requisition.objects.select_for_update().get(pk=requisition.pk)
        if not policies.can_submit(actor, requisition):
            if requisition.status not in policies.EDITABLE_STATUSES:
                raise ValidationError(_("Only a draft or a returned requisition can be submitted."))
            raise PermissionDenied
        rows = list(requisition.requirements.prefetch_related("methods").order_by("order", "id"))
        questions = list(requisition.questions.order_by("order", "id"))
        problems = checks.submission_problems(requisition, rows, questions, today=timezone.localdate())
        chain = [
            link.approver
            for link in DepartmentApprover.objects.filter(department_id=requisition.department_id)
            .select_related("approver")
            .order_by("order")
            if link.approver.is_active
        ]
        not_approvers = [user for user in chain if not has_role(user, Role.APPROVER)]
        if not_approvers:
            problems.append(
                _("%(names)s in the department's approval chain do not hold the approver role: ask an administrator.")
                % {"names": ", ".join(u.get_full_name() or u.get_username() for u in not_approvers)}
            )
        if not chain:
            problems.append(_("The department has no approver: ask an administrator to set its approval chain."))
        elif all(user.pk in policies.requesters(requisition) for user in chain):
            problems.append(_("Nobody in the department's approval chain may approve this request but its requester."))
        if problems:
            raise ValidationError(problems)

        last_round = requisition.approval_steps.aggregate(last=Max("round"))["last"] or 0
        steps = ApprovalStep.objects.bulk_create(
            ApprovalStep(requisition=requisition, round=last_round + 1, order=position, approver=user)
            for position, user in enumerate(
                (user for user in chain if user.pk not in policies.requesters(requisition)), start=1
            )
        )
        requisition.status = Requisition.Status.SUBMITTED
        requisition.submitted_at = timezone.now()
        requisition.save(update_fields=["status", "submitted_at", "updated_at"])
        audit_record(
            actor=actor,
            verb="requisition.submitted",
            target=requisition,
            data={"round": last_round + 1, "approvers": [step.approver_id for step in steps]},
        )
        _notify(user=steps[0].approver, template_key="requisitions/approval_requested", requisition=requisition)
    return requisition


def current_step(requisition) -> ApprovalStep | None:
    """The step whose turn it is: the first pending step of the latest round."""
    if requisition.status != Requisition.Status.SUBMITTED:
        return None
    return (
        requisition.approval_steps.filter(decision=ApprovalStep.Decision.PENDING)
        .select_related("approver")
        .order_by("-round", "order")
        .first()
    )


def requisition_decide(*, actor, requisition: Requisition, approve: bool, comment: str = "") -> Requisition:
    """The approver whose turn it is approves (the next one is asked) or returns it with a comment."""
    comment = (comment or "").strip()
    with transaction.atomic():
        requisition = Requisition.objects.select_for_update().get(pk=requisition.pk)
        if requisition.status != Requisition.Status.SUBMITTED:
            raise ValidationError(_("This requisition is not waiting for approval."))
        step = current_step(requisition)
        if not policies.can_decide(actor, requisition, step):
            raise PermissionDenied
        if not approve and not comment:
            raise ValidationError({"comment": _("Say why you are returning it, so the requester can fix it.")})
        now = timezone.now()
        step.decision = ApprovalStep.Decision.APPROVED if approve else ApprovalStep.Decision.RETURNED
        step.comment = comment
        step.decided_at = now
        step.save(update_fields=["decision", "comment", "decided_at", "updated_at"])
        audit_record(
            actor=actor,
            verb="requisition.approved_step" if approve else "requisition.returned",
            target=requisition,
            data={"round": step.round, "order": step.order, "comment": comment},
        )
        requester = requisition.hiring_manager
        if not approve:
            requisition.approval_steps.filter(round=step.round, decision=ApprovalStep.Decision.PENDING).update(
                decision=ApprovalStep.Decision.SKIPPED, updated_at=now
            )
            requisition.status = Requisition.Status.RETURNED
            requisition.save(update_fields=["status", "updated_at"])
            for user in {requester, requisition.created_by}:
                _notify(user=user, template_key="requisitions/returned", requisition=requisition, comment=comment)
            return requisition
        following = current_step(requisition)
        if following is not None:
            _notify(user=following.approver, template_key="requisitions/approval_requested", requisition=requisition)
            return requisition
        requisition.status = Requisition.Status.APPROVED
        requisition.approved_at = now
        requisition.save(update_fields=["status", "approved_at", "updated_at"])
        audit_record(actor=actor, verb="requisition.approved", target=requisition, data={"round": step.round})
        recipients = {requester, requisition.created_by} | ({requisition.recruiter} if requisition.recruiter else set())
        for user in recipients:
            _notify(user=user, template_key="requisitions/approved", requisition=requisition)
    return requisition
