"""The question bank: the shipped questions are installed once (HR's edits are never overwritten);
HR adds and edits questions."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from interviews.models import Format, Question
from recruiting.services.audit import audit_record
from requisitions.choices import KeyItem

FIELDS = ["code", "kind", "formats", "competencies", "text_en", "text_zh", "guidance_en", "guidance_zh",
          "strong_en", "strong_zh", "weak_en", "weak_zh", "is_active"]  # fmt: skip


def bank_install(apps=None) -> int:
    """Create the shipped questions that are missing (by code); returns how many were created. Also
    used by the data migration, with the historical ``apps``."""
    from interviews.bank import QUESTIONS

    model = apps.get_model("interviews", "Question") if apps else Question
    existing = set(model.objects.values_list("code", flat=True))
    new = [
        model(**{name: item.get(name, "") for name in FIELDS if name != "is_active"})
        for item in QUESTIONS
        if item["code"] not in existing
    ]
    model.objects.bulk_create(new)
    return len(new)


def question_save(*, actor, question: Question | None, data: dict) -> Question:
    """Create or update a question of the bank (a code never changes once made)."""
    with transaction.atomic():
        if question is None:
            question = Question()
        else:
            question = Question.objects.select_for_update().get(pk=question.pk)
            data = {**data, "code": question.code}
        for name in FIELDS:
            if name in data:
                setattr(question, name, data[name])
        errors = {}
        if not question.competencies or any(c not in KeyItem.values for c in question.competencies):
            errors["competencies"] = _("Choose at least one competency from the list.")
        if any(f not in Format.values for f in question.formats):
            errors["formats"] = _("Choose formats from the list.")
        if errors:
            raise ValidationError(errors)
        question.full_clean()
        created = question.pk is None
        question.save()
        audit_record(actor=actor, verb="question.created" if created else "question.updated", target=question,
                     data={"code": question.code})  # fmt: skip
    return question
