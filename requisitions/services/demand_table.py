"""Editing a demand table (需求表), of a requisition or of a position profile, row by row; and a
requisition's screening questions."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from recruiting.services.audit import audit_record
from requisitions import policies
from requisitions.models import PositionProfile, Requisition, RequisitionRequirement, ScreeningQuestion

ROW_FIELDS = ("category", "key_item", "requirement_en", "requirement_zh", "priority", "industry")
QUESTION_FIELDS = ("kind", "text_en", "text_zh", "required", "choices", "knockout")


def _locked_editable(*, actor, owner):
    """Lock the table's owner (a requisition or a position profile) and check the actor may edit it:
    a requisition while it is a draft or returned, by HR or its hiring manager; a profile, by HR."""
    model = type(owner)
    owner = model.objects.select_for_update().get(pk=owner.pk)
    allowed = policies.can_edit(actor, owner) if isinstance(owner, Requisition) else policies.is_hr(actor)
    if not allowed:
        raise PermissionDenied
    return owner


def _after_profile_edit(owner):
    """A profile HR has edited is theirs from now on: a library refresh leaves it alone."""
    if isinstance(owner, PositionProfile) and owner.is_shipped:
        owner.is_shipped = False
        owner.save(update_fields=["is_shipped", "updated_at"])


def _verb(owner, action: str) -> str:
    return f"{'requisition' if isinstance(owner, Requisition) else 'profile'}.{action}"


def _clean_row(row):
    if not (row.requirement_en or "").strip() and not (row.requirement_zh or "").strip():
        raise ValidationError({"requirement_en": _("Describe the requirement in at least one language.")})
    row.full_clean(exclude=["requisition", "profile"])


def requirement_add(*, actor, owner, methods, **values):
    """Append a row to the demand table of ``owner`` (a requisition or a position profile)."""
    values = {k: v for k, v in values.items() if k in ROW_FIELDS}
    with transaction.atomic():
        owner = _locked_editable(actor=actor, owner=owner)
        last = owner.requirements.aggregate(last=Max("order"))["last"] or 0
        row = owner.requirements.model(order=last + 1, **values)
        setattr(row, owner.requirements.field.name, owner)
        _clean_row(row)
        row.save()
        row.methods.set(methods)
        _after_profile_edit(owner)
        audit_record(actor=actor, verb=_verb(owner, "row_added"), target=owner, data={"row": row.pk, **values})
    return row


def requirement_update(*, actor, row, methods, **values):
    values = {k: v for k, v in values.items() if k in ROW_FIELDS}
    with transaction.atomic():
        owner = _locked_editable(actor=actor, owner=_owner_of(row))
        row = owner.requirements.get(pk=row.pk)
        for field, value in values.items():
            setattr(row, field, value)
        _clean_row(row)
        row.save(update_fields=[*values, "order"])
        row.methods.set(methods)
        _after_profile_edit(owner)
        audit_record(actor=actor, verb=_verb(owner, "row_changed"), target=owner, data={"row": row.pk, **values})
    return row


def requirement_delete(*, actor, row) -> None:
    with transaction.atomic():
        owner = _locked_editable(actor=actor, owner=_owner_of(row))
        data = {"row": row.pk, "requirement_en": row.requirement_en, "requirement_zh": row.requirement_zh}
        owner.requirements.filter(pk=row.pk).delete()
        _renumber(owner)
        _after_profile_edit(owner)
        audit_record(actor=actor, verb=_verb(owner, "row_removed"), target=owner, data=data)


def requirement_move(*, actor, row, offset: int) -> None:
    """Move a row up (offset -1) or down (+1) in its table."""
    if offset not in (-1, 1):
        raise ValidationError(_("A row moves one place up or down."))
    with transaction.atomic():
        owner = _locked_editable(actor=actor, owner=_owner_of(row))
        rows = list(owner.requirements.order_by("order", "id"))
        index = next((i for i, r in enumerate(rows) if r.pk == row.pk), None)
        if index is None:
            raise ValidationError(_("That row is not in this table."))
        target = index + offset
        if 0 <= target < len(rows):
            rows[index], rows[target] = rows[target], rows[index]
            _renumber(owner, rows)
            _after_profile_edit(owner)
            audit_record(
                actor=actor, verb=_verb(owner, "row_moved"), target=owner, data={"row": row.pk, "to": target + 1}
            )


def _owner_of(row):
    return row.requisition if isinstance(row, RequisitionRequirement) else row.profile


def _renumber(owner, rows=None):
    rows = rows if rows is not None else list(owner.requirements.order_by("order", "id"))
    for position, row in enumerate(rows, start=1):
        row.order = position
    owner.requirements.model.objects.bulk_update(rows, ["order"])


def _clean_question(question):
    from requisitions.screening import validate_question

    validate_question(question)
    question.full_clean(exclude=["requisition"])


def question_add(*, actor, requisition: Requisition, **values) -> ScreeningQuestion:
    values = {k: v for k, v in values.items() if k in QUESTION_FIELDS}
    with transaction.atomic():
        requisition = _locked_editable(actor=actor, owner=requisition)
        last = requisition.questions.aggregate(last=Max("order"))["last"] or 0
        question = ScreeningQuestion(requisition=requisition, order=last + 1, **values)
        _clean_question(question)
        question.save()
        audit_record(actor=actor, verb="requisition.question_added", target=requisition, data={"question": question.pk})
    return question


def question_update(*, actor, question: ScreeningQuestion, **values) -> ScreeningQuestion:
    values = {k: v for k, v in values.items() if k in QUESTION_FIELDS}
    with transaction.atomic():
        requisition = _locked_editable(actor=actor, owner=question.requisition)
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
        requisition = _locked_editable(actor=actor, owner=question.requisition)
        requisition.questions.filter(pk=question.pk).delete()
        audit_record(
            actor=actor, verb="requisition.question_removed", target=requisition, data={"question": question.pk}
        )
