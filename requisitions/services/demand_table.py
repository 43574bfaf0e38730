"""Editing a requisition's demand table (需求表) and its screening questions, row by row."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from recruiting.services.audit import audit_record
from requisitions import policies
from requisitions.models import Requisition, RequisitionRequirement, ScreeningQuestion

ROW_FIELDS = ("category", "key_item", "requirement_en", "requirement_zh", "priority", "industry")
QUESTION_FIELDS = ("kind", "text_en", "text_zh", "required", "choices", "knockout")


def _locked_editable(*, actor, requisition_id) -> Requisition:
    requisition = Requisition.objects.select_for_update().get(pk=requisition_id)
    if not policies.can_edit(actor, requisition):
        raise PermissionDenied
    return requisition


def _clean_row(row):
    if not (row.requirement_en or "").strip() and not (row.requirement_zh or "").strip():
        raise ValidationError({"requirement_en": _("Describe the requirement in at least one language.")})
    row.full_clean(exclude=["requisition"])


def requirement_add(*, actor, requisition: Requisition, methods, **values) -> RequisitionRequirement:
    values = {k: v for k, v in values.items() if k in ROW_FIELDS}
    with transaction.atomic():
        requisition = _locked_editable(actor=actor, requisition_id=requisition.pk)
        last = requisition.requirements.aggregate(last=Max("order"))["last"] or 0
        row = RequisitionRequirement(requisition=requisition, order=last + 1, **values)
        _clean_row(row)
        row.save()
        row.methods.set(methods)
        audit_record(actor=actor, verb="requisition.row_added", target=requisition, data={"row": row.pk, **values})
    return row


def requirement_update(*, actor, row: RequisitionRequirement, methods, **values) -> RequisitionRequirement:
    values = {k: v for k, v in values.items() if k in ROW_FIELDS}
    with transaction.atomic():
        requisition = _locked_editable(actor=actor, requisition_id=row.requisition_id)
        row = requisition.requirements.get(pk=row.pk)
        for field, value in values.items():
            setattr(row, field, value)
        _clean_row(row)
        row.save()
        row.methods.set(methods)
        audit_record(actor=actor, verb="requisition.row_changed", target=requisition, data={"row": row.pk, **values})
    return row


def requirement_delete(*, actor, row: RequisitionRequirement) -> None:
    with transaction.atomic():
        requisition = _locked_editable(actor=actor, requisition_id=row.requisition_id)
        deleted = requisition.requirements.filter(pk=row.pk)
        data = {"row": row.pk, "requirement_en": row.requirement_en, "requirement_zh": row.requirement_zh}
        deleted.delete()
        _renumber(requisition)
        audit_record(actor=actor, verb="requisition.row_removed", target=requisition, data=data)


def requirement_move(*, actor, row: RequisitionRequirement, offset: int) -> None:
    """Move a row up (offset -1) or down (+1) in the table."""
    if offset not in (-1, 1):
        raise ValidationError(_("A row moves one place up or down."))
    with transaction.atomic():
        requisition = _locked_editable(actor=actor, requisition_id=row.requisition_id)
        rows = list(requisition.requirements.order_by("order", "id"))
        index = next((i for i, r in enumerate(rows) if r.pk == row.pk), None)
        if index is None:
            raise ValidationError(_("That row is not in this table."))
        target = index + offset
        if 0 <= target < len(rows):
            rows[index], rows[target] = rows[target], rows[index]
            _renumber(requisition, rows)
            audit_record(
                actor=actor, verb="requisition.row_moved", target=requisition, data={"row": row.pk, "to": target + 1}
            )


def _renumber(requisition, rows=None):
    rows = rows if rows is not None else list(requisition.requirements.order_by("order", "id"))
    for position, row in enumerate(rows, start=1):
        row.order = position
    RequisitionRequirement.objects.bulk_update(rows, ["order"])


def _clean_question(question):
    from requisitions.screening import validate_question

    validate_question(question)
    question.full_clean(exclude=["requisition"])


def question_add(*, actor, requisition: Requisition, **values) -> ScreeningQuestion:
    values = {k: v for k, v in values.items() if k in QUESTION_FIELDS}
    with transaction.atomic():
        requisition = _locked_editable(actor=actor, requisition_id=requisition.pk)
        last = requisition.questions.aggregate(last=Max("order"))["last"] or 0
        question = ScreeningQuestion(requisition=requisition, order=last + 1, **values)
        _clean_question(question)
        question.save()
        audit_record(actor=actor, verb="requisition.question_added", target=requisition, data={"question": question.pk})
    return question


def question_update(*, actor, question: ScreeningQuestion, **values) -> ScreeningQuestion:
    values = {k: v for k, v in values.items() if k in QUESTION_FIELDS}
    with transaction.atomic():
        requisition = _locked_editable(actor=actor, requisition_id=question.requisition_id)
        question = requisition.questions.get(pk=question.pk)
        for field, value in values.items():
            setattr(question, field, value)
        _clean_question(question)
        question.save()
        audit_record(
            actor=actor, verb="requisition.question_changed", target=requisition, data={"question": question.pk}
        )
    return question


def question_delete(*, actor, question: ScreeningQuestion) -> None:
    with transaction.atomic():
        requisition = _locked_editable(actor=actor, requisition_id=question.requisition_id)
        requisition.questions.filter(pk=question.pk).delete()
        audit_record(
            actor=actor, verb="requisition.question_removed", target=requisition, data={"question": question.pk}
        )
