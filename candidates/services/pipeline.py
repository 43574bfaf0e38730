"""Every move of an application between stages goes through ``application_transition``."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from candidates import pipeline
from candidates.extensions import guard_refusals, run_close_hooks
from candidates.models import Application, CandidateMessage, Offer, RejectionReason, Stage, StageEvent
from candidates.status_links import status_path
from recruiting.roles import Role, has_role
from recruiting.services.audit import audit_record
from recruiting.services.notifications import notification_create


def may_move(user, application) -> bool:
    """HR moves any application; a hiring manager those of their own requisitions; nobody else."""
    if user is None:
        return False
    if has_role(user, Role.HR):
        return True
    return has_role(user, Role.HIRING_MANAGER) and application.requisition.hiring_manager_id == user.pk


def record_stage(*, application, from_stage: str, actor=None, note: str = "", reason=None) -> StageEvent:
    """The history row of a move (also used for the first stage at submission)."""
    return StageEvent.objects.create(
        application=application, from_stage=from_stage, to_stage=application.stage, actor=actor, note=note,
        reason=reason,
    )  # fmt: skip


def application_transition(*, actor, application: Application, target: str, note: str = "", reason=None,
                           feedback: str = "", via: str = "") -> Application:  # fmt: skip
    """Move ``application`` to ``target``: row lock, the table's rule, a history row, the audit event
    and, after commit, the candidate's e-mail for the new stage. ``via`` names the event for moves
    that people do not make by hand ("candidate" for a withdrawal, "offer_drafted", ...)."""
    note = (note or "").strip()
    with transaction.atomic():
        application = (
            Application.objects.select_for_update(of=("self",))
            .select_related("requisition", "candidate")
            .get(pk=application.pk)
        )
        if via not in pipeline.UNATTENDED_EVENTS and not may_move(actor, application):
            raise PermissionDenied
        is_hr = actor is not None and has_role(actor, Role.HR)
        move = pipeline.check_move(application.stage, target, is_hr=is_hr, via=via)
        if not move.allowed:
            raise ValidationError(move.reason)
        if move.needs_note and not note:
            raise ValidationError({"note": _("Say why, in a note: skipping a stage or moving back needs one.")})
        refusals = guard_refusals(application, target) if not via else []
        if refusals and not (is_hr and note):
            hint = _("HR may override this with a note.") if is_hr else _("HR may override this.")
            raise ValidationError([*refusals, hint])
        # Read the reason afresh: its feedback is what the candidate receives, as HR last edited it.
        reason = RejectionReason.objects.filter(pk=reason.pk, is_active=True).first() if reason else None
        if target == Stage.REJECTED and reason is None:
            raise ValidationError({"reason": _("Choose a rejection reason.")})
        previous = application.stage
        application.stage = target
        application.stage_changed_at = timezone.now()
        fields = ["stage", "stage_changed_at", "updated_at"]
        if target == Stage.REJECTED:
            application.rejection_reason = reason.code
            fields.append("rejection_reason")
        application.save(update_fields=fields)
        record_stage(application=application, from_stage=previous, actor=actor, note=note, reason=reason)
        if target in (Stage.REJECTED, Stage.WITHDRAWN):
            _close_open_offers(application, actor=actor, why=target)
            run_close_hooks(application=application, actor=actor)
        audit_record(
            actor=actor,
            verb="application.moved",
            target=application,
            data={"from": previous, "to": target, "note": note, "via": via, "reason": getattr(reason, "code", ""),
                  "overridden": refusals},
        )  # fmt: skip
        if via not in pipeline.QUIET_EVENTS:
            _tell_candidate(application, reason=reason, feedback=feedback)
    return application


def _close_open_offers(application, *, actor, why: str) -> None:
    """An application that closes takes its open offer with it (a sent one can no longer be accepted)."""
    for offer in Offer.objects.select_for_update().filter(application=application).open():
        offer.status = Offer.Status.WITHDRAWN
        offer.withdraw_reason = _("The application was closed (%(stage)s).") % {"stage": Stage(why).label}
        offer.save(update_fields=["status", "withdraw_reason", "updated_at"])
        audit_record(actor=actor, verb="offer.withdrawn", target=offer, data={"reason": "application closed"})


def _tell_candidate(application, *, reason, feedback: str) -> None:
    message = CandidateMessage.objects.filter(stage=application.stage, is_active=True).first()
    if message is None or application.candidate.anonymised_at:
        return
    requisition = application.requisition
    context = {
        "name": application.candidate.full_name,
        "title_en": requisition.title_en or requisition.title_zh,
        "title_zh": requisition.title_zh or requisition.title_en,
        "subject_en": message.subject_en,
        "subject_zh": message.subject_zh,
        "body_en": message.body_en,
        "body_zh": message.body_zh,
        "path": status_path(application),
    }
    if reason is not None:
        context |= {
            "feedback_en": feedback.strip() or reason.feedback_en,
            "feedback_zh": feedback.strip() or reason.feedback_zh,
        }
    notification_create(
        recipient=application.candidate.email,
        template_key="candidates/stage_changed",
        language=application.language,
        context=context,
    )
