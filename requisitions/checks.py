"""The checks a requisition must pass before it is submitted for approval: a complete and valid
request, a demand table whose every row is assessed somewhere (coverage), no discriminatory wording
(fairness), and well-formed eligibility paths. Each returns messages for the person who submits."""

from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from requisitions import eligibility, fairness


def row_label(position: int, row) -> str:
    return _("Row %(number)s (%(item)s)") % {"number": position, "item": row.get_key_item_display()}


def request_problems(requisition, *, today: date) -> list[str]:
    """Dates that were fine when saved but may have passed since. (Headcount, salary order and sign
    are enforced by the model and its constraints, so a saved requisition always has them right.)"""
    problems = []
    if requisition.closes_on and requisition.closes_on < today:
        problems.append(_("The posting close date is in the past."))
    if requisition.internal_until and requisition.closes_on and requisition.internal_until > requisition.closes_on:
        problems.append(_("The internal-only window ends after the posting closes."))
    return problems


def coverage_problems(rows) -> list[str]:
    """Every row needs at least one assessment method that belongs to a pipeline step."""
    if not rows:
        return [_("The demand table is empty: add at least one requirement.")]
    problems = []
    for position, row in enumerate(rows, start=1):
        if not any(method.step for method in row.methods.all()):
            problems.append(
                _("%(row)s is not assessed at any pipeline step: give it an assessment method.")
                % {"row": row_label(position, row)}
            )
    return problems


def fairness_problems(requisition, rows, questions) -> list[str]:
    """Discriminatory wording anywhere a candidate reads it: rows, posting texts, screening questions."""
    labelled = [
        (row_label(position, row), f"{row.requirement_en}\n{row.requirement_zh}")
        for position, row in enumerate(rows, start=1)
    ]
    posting_fields = [
        (_("Title"), f"{requisition.title_en}\n{requisition.title_zh}"),
        (_("Summary"), f"{requisition.summary_en}\n{requisition.summary_zh}"),
        (_("Duties"), f"{requisition.duties_en}\n{requisition.duties_zh}"),
        (_("Benefits"), f"{requisition.benefits_en}\n{requisition.benefits_zh}"),
        (_("About the company"), f"{requisition.company_intro_en}\n{requisition.company_intro_zh}"),
    ]
    question_fields = [
        (
            _("Screening question %(number)s") % {"number": position},
            "\n".join(
                [question.text_en, question.text_zh]
                + [f"{c.get('label_en', '')}\n{c.get('label_zh', '')}" for c in question.choices or []]
            ),
        )
        for position, question in enumerate(questions, start=1)
    ]
    return fairness.check_rows(labelled + posting_fields + question_fields)


def eligibility_problems(paths) -> list[str]:
    try:
        eligibility.validate_paths(paths)
    except ValidationError as exc:
        return list(exc.messages)
    return []


def submission_problems(requisition, rows, questions, *, today: date) -> list[str]:
    """Everything that stops ``requisition`` from being submitted, all at once."""
    return [
        *request_problems(requisition, today=today),
        *coverage_problems(rows),
        *fairness_problems(requisition, rows, questions),
        *eligibility_problems(requisition.eligibility_paths),
    ]
