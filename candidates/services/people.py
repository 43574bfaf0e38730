"""People: merging duplicates, exporting a person's data, erasing a person, and the retention
period that erases people nobody has heard from for too long."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from candidates.models import ACTIVE_STAGES, Application, Candidate, Resume
from recruiting.services.audit import audit_record

ERASED_NAME = "—"


def candidate_merge(*, actor, keep: Candidate, merge: Candidate) -> Candidate:
    """Move ``merge``'s applications (with their files and answers) to ``keep`` and delete ``merge``.
    Refused when both have an active application to the same posting."""
    if keep.pk == merge.pk:
        raise ValidationError(_("Choose two different people to merge."))
    with transaction.atomic():
        people = {c.pk: c for c in Candidate.objects.select_for_update().filter(pk__in=[keep.pk, merge.pk])}
        keep, merge = people[keep.pk], people[merge.pk]
        if keep.anonymised_at or merge.anonymised_at:
            raise ValidationError(_("An erased person cannot be merged."))
        clash = Application.objects.filter(candidate=keep, stage__in=ACTIVE_STAGES).values_list(
            "requisition_id", flat=True
        )
        if Application.objects.filter(
            candidate=merge, stage__in=ACTIVE_STAGES, requisition_id__in=list(clash)
        ).exists():
            raise ValidationError(
                _("Both people have an active application to the same position: reject or withdraw one first.")
            )
        moved = list(merge.applications.values_list("pk", flat=True))
        merge.applications.update(candidate=keep)
        for field in ("phone", "current_city", "major", "school", "graduation_year"):
            if not getattr(keep, field) and getattr(merge, field):
                setattr(keep, field, getattr(merge, field))
        keep.last_activity_at = max(filter(None, [keep.last_activity_at, merge.last_activity_at]), default=None)
        keep.save()
        data = {"merged_id": merge.pk, "merged_email": merge.email, "applications": moved}
        merge.delete()
        audit_record(actor=actor, verb="candidate.merged", target=keep, data=data)
    return keep


def candidate_export(candidate: Candidate) -> dict:
    """Everything held about a person, as JSON-ready data (the right of access)."""
    applications = candidate.applications.select_related("requisition").prefetch_related("answers")
    return {
        "person": {
            "full_name": candidate.full_name,
            "email": candidate.email,
            "phone": candidate.phone,
            "current_city": candidate.current_city,
            "education": candidate.education,
            "major": candidate.major,
            "school": candidate.school,
            "graduation_year": candidate.graduation_year,
            "years_experience": str(candidate.years_experience),
            "years_customer_service": str(candidate.years_customer_service),
            "cs_practice_hours": candidate.cs_practice_hours,
            "languages": candidate.languages,
            "created_at": candidate.created_at.isoformat(),
        },
        "applications": [
            {
                "position": application.requisition.title,
                "applied_at": application.created_at.isoformat(),
                "stage": application.stage,
                "source": application.source,
                "consent_at": application.consent_at.isoformat(),
                "consent_version": application.consent_version,
                "screening_outcome": application.screening_outcome,
                "answers": [{"question": a.question_text, "answer": a.answer} for a in application.answers.all()],
                "resume": getattr(getattr(application, "resume", None), "original_name", None),
            }
            for application in applications
        ],
    }


def candidate_erase(*, actor, candidate: Candidate, reason: str = "request") -> Candidate:
    """Anonymise a person: personal fields blanked, resumes and answers deleted, status links
    revoked. Applications stay (stage, source, dates, screening outcome) so statistics still add up."""
    with transaction.atomic():
        candidate = Candidate.objects.select_for_update().get(pk=candidate.pk)
        if candidate.anonymised_at:
            return candidate
        resumes = list(Resume.objects.filter(application__candidate=candidate))
        names = [resume.file.name for resume in resumes]
        Resume.objects.filter(pk__in=[r.pk for r in resumes]).delete()
        applications = candidate.applications.all()
        for application in applications:
            application.answers.update(answer="")
        applications.update(facts={}, referrer_name="", status_link_version=F("status_link_version") + 1)
        candidate.full_name = ERASED_NAME
        candidate.email = f"erased-{candidate.pk}@invalid"
        candidate.phone = ""
        candidate.current_city = candidate.major = candidate.school = ""
        candidate.graduation_year = None
        candidate.languages = {}
        candidate.anonymised_at = timezone.now()
        candidate.save()
        audit_record(actor=actor, verb="candidate.erased", target=candidate, data={"reason": reason})
        transaction.on_commit(lambda: [Resume.file.field.storage.delete(name) for name in names])
    return candidate


def candidates_erase_expired(*, now=None) -> int:
    """Erase people whose last activity is older than the retention period (Celery beat, daily).
    A person with an application still in progress is kept."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.CANDIDATE_RETENTION_DAYS)
    expired = (
        Candidate.objects.filter(anonymised_at__isnull=True)
        .annotate(last_application=Max("applications__updated_at"))
        .filter(last_activity_at__lt=cutoff, last_application__lt=cutoff)
        .exclude(applications__stage__in=ACTIVE_STAGES)
        .values_list("pk", flat=True)
    )
    count = 0
    for pk in list(expired[:1000]):
        candidate_erase(actor=None, candidate=Candidate(pk=pk), reason="retention period")
        count += 1
    return count
