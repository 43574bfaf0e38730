"""Bulk actions on many applications: each one goes through the same service as a single action, and
the result says what succeeded and what was refused, and why."""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from candidates.services.pipeline import application_transition
from candidates.services.pool import candidate_set_tags

MAX_BULK = 500


@dataclass
class BulkResult:
    done: list = field(default_factory=list)  # application ids
    refused: list = field(default_factory=list)  # (application id, candidate name, reason)


def applications_bulk_move(
    *, actor, applications, target: str, reason=None, feedback: str = "", note: str = ""
) -> BulkResult:
    """Move (or reject) each application in turn; one refusal does not stop the others."""
    result = BulkResult()
    for application in list(applications)[:MAX_BULK]:
        try:
            application_transition(
                actor=actor, application=application, target=target, reason=reason, feedback=feedback, note=note
            )
        except ValidationError as error:
            result.refused.append((application.pk, application.candidate.full_name, " ".join(error.messages)))
        except PermissionDenied:
            result.refused.append((application.pk, application.candidate.full_name, _("You may not move it.")))
        else:
            result.done.append(application.pk)
    return result


def applications_bulk_tag(*, actor, applications, names: list[str]) -> BulkResult:
    """Add tags to the people of these applications (keeping their other tags)."""
    result = BulkResult()
    for application in list(applications)[:MAX_BULK]:
        candidate = application.candidate
        try:
            current = [tag.name for tag in candidate.tags.all()]
            candidate_set_tags(actor=actor, candidate=candidate, names=current + names)
        except (ValidationError, PermissionDenied) as error:
            message = " ".join(error.messages) if isinstance(error, ValidationError) else _("You may not tag people.")
            result.refused.append((application.pk, candidate.full_name, message))
        else:
            result.done.append(application.pk)
    return result


CSV_COLUMNS = ["application", "name", "email", "phone", "position", "stage", "screening", "source", "applied"]


def applications_csv(applications) -> str:
    """The selected applications as CSV (UTF-8 with BOM, so Excel opens Chinese correctly). Cells that
    a spreadsheet would run as a formula are quoted with a leading apostrophe."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for application in applications:
        candidate = application.candidate
        writer.writerow(
            _safe(value)
            for value in (
                application.pk, candidate.full_name, candidate.email, candidate.phone, application.requisition.title,
                application.get_stage_display(), application.get_screening_outcome_display(),
                application.get_source_display(), application.created_at.date().isoformat(),
            )
        )  # fmt: skip
    return buffer.getvalue()


def _safe(value):
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
