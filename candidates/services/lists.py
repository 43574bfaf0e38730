"""The lists HR edits in the product: rejection reasons (with the feedback a candidate receives) and
the message a candidate receives when their application enters a stage.

Neither is ever deleted: history rows point at reasons (``StageEvent.reason``, and
``Application.rejection_reason`` holds the code), so a reason is deactivated instead, and its code
never changes.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from candidates.defaults import SYSTEM_REASON_CODES
from candidates.models import CandidateMessage, RejectionReason
from recruiting.roles import Role, has_role
from recruiting.services.audit import audit_record

REASON_FIELDS = ("code", "label_en", "label_zh", "feedback_en", "feedback_zh", "order", "is_active")
MESSAGE_FIELDS = ("stage", "subject_en", "subject_zh", "body_en", "body_zh", "is_active")


def _values(data: dict, fields: tuple[str, ...]) -> dict:
    """The known fields of ``data``, text trimmed."""
    return {
        field: value.strip() if isinstance(value, str) else value for field, value in data.items() if field in fields
    }


def _apply(obj, values: dict) -> dict:
    """Set ``values`` on ``obj``; the fields that changed, with their new values (for the audit row)."""
    changed = {}
    for field, value in values.items():
        if getattr(obj, field) != value:
            setattr(obj, field, value)
            changed[field] = value
    return changed


def _save(obj, *, changed: dict, unique_field: str, creating: bool) -> None:
    """Validate and save; a unique value taken by a concurrent save becomes a field error, not a 500."""
    obj.full_clean()
    try:
        with transaction.atomic():
            if creating:
                obj.save()
            elif changed:
                obj.save(update_fields=list(changed))
    except IntegrityError:
        raise ValidationError({unique_field: _("This value is already used; choose another.")}) from None


def rejection_reason_save(*, actor, reason: RejectionReason | None = None, data: dict) -> RejectionReason:
    """Create a rejection reason (``reason`` None) or change one (HR). The code of an existing reason
    cannot change, and the last active reason cannot be deactivated: rejecting needs one."""
    if not has_role(actor, Role.HR):
        raise PermissionDenied
    values = _values(data, REASON_FIELDS)
    with transaction.atomic():
        if reason is None:
            reason = RejectionReason()
        else:
            reason = RejectionReason.objects.select_for_update().get(pk=reason.pk)
            if "code" in values and values["code"] != reason.code:
                raise ValidationError({"code": _("The code of a reason cannot change: past rejections refer to it.")})
        creating = reason.pk is None
        was_active = reason.is_active and not creating
        changed = _apply(reason, values)
        if was_active and not reason.is_active and reason.code in SYSTEM_REASON_CODES:
            raise ValidationError(
                {"is_active": _("The product rejects with this reason itself (screening or probation): edit its "
                                "texts, but keep it active.")}
            )  # fmt: skip
        if was_active and not reason.is_active:
            # Lock every active reason, so two people deactivating the last two cannot both succeed.
            others = list(
                RejectionReason.objects.select_for_update()
                .filter(is_active=True)
                .exclude(pk=reason.pk)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
            if not others:
                raise ValidationError(
                    {"is_active": _("At least one rejection reason must stay active: add or activate another first.")}
                )
        _save(reason, changed=changed, unique_field="code", creating=creating)
        if creating or changed:
            audit_record(
                actor=actor,
                verb="rejection_reason.saved",
                target=reason,
                data={field: getattr(reason, field) for field in REASON_FIELDS} if creating else changed,
            )
    return reason


def candidate_message_save(*, actor, message: CandidateMessage | None = None, data: dict) -> CandidateMessage:
    """Create the message for a stage that has none (``message`` None) or change one (HR). A message
    stays with its stage: to write one for another stage, add it there."""
    if not has_role(actor, Role.HR):
        raise PermissionDenied
    values = _values(data, MESSAGE_FIELDS)
    with transaction.atomic():
        if message is None:
            message = CandidateMessage()
        else:
            message = CandidateMessage.objects.select_for_update().get(pk=message.pk)
            if "stage" in values and values["stage"] != message.stage:
                raise ValidationError({"stage": _("A message stays with its stage: add one for the other stage.")})
        creating = message.pk is None
        changed = _apply(message, values)
        _save(message, changed=changed, unique_field="stage", creating=creating)
        if creating or changed:
            audit_record(
                actor=actor,
                verb="candidate_message.saved",
                target=message,
                data={field: getattr(message, field) for field in MESSAGE_FIELDS} if creating else changed,
            )
    return message
