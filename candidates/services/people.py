"""People: merging duplicates, exporting a person's data, erasing a person, and the retention
period that erases people nobody has heard from for too long."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from candidates.extensions import exports, run_erase_hooks
from candidates.models import ACTIVE_STAGES, Application, Candidate, Offer, OfferLetter, Resume, StageEvent
from recruiting.services.audit import audit_record

logger = logging.getLogger(__name__)

ERASED_NAME = "—"
# Keys of audit data that may hold what a person wrote or who they are; dropped when they are erased.
PERSONAL_LOG_KEYS = {"note", "comment", "feedback", "email", "merged_email", "username", "name", "ip", "signature",
                     "reason"}  # fmt: skip


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
        data = {"merged_id": merge.pk, "applications": moved}  # ids only: no personal data in the log
        merge.delete()
        audit_record(actor=actor, verb="candidate.merged", target=keep, data=data)
    return keep


def candidate_export(*, actor, candidate: Candidate) -> dict:
    """Everything held about a person, as JSON-ready data (the right of access); the export is audited."""
    audit_record(actor=actor, verb="candidate.exported", target=candidate)
    applications = candidate.applications.select_related("requisition", "resume").prefetch_related("answers")
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
        **exports(application_ids=[application.pk for application in applications]),
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
        StageEvent.objects.filter(application__candidate=candidate).update(note="")
        offers = Offer.objects.filter(application__candidate=candidate)
        letters = OfferLetter.objects.filter(offer__in=offers)
        names += list(letters.values_list("file", flat=True))
        letters.delete()
        offers.exclude(signature_name="").update(signature_name=ERASED_NAME)
        offers.update(decision_ip=None, decline_reason="", withdraw_reason="")
        run_erase_hooks(application_ids=list(applications.values_list("pk", flat=True)))
        _scrub_logs(
            candidate,
            application_ids=list(applications.values_list("pk", flat=True)),
            offer_ids=list(offers.values_list("pk", flat=True)),
        )
        candidate.full_name = ERASED_NAME
        candidate.email = f"erased-{candidate.pk}@invalid"
        candidate.phone = ""
        candidate.current_city = candidate.major = candidate.school = ""
        candidate.graduation_year = None
        candidate.languages = {}
        candidate.in_talent_pool = False
        candidate.tags.clear()
        candidate.notes.all().delete()
        candidate.anonymised_at = timezone.now()
        candidate.save()
        audit_record(actor=actor, verb="candidate.erased", target=candidate, data={"reason": reason})
        transaction.on_commit(lambda: _delete_files(names), robust=True)
    return candidate


def _delete_files(names) -> None:
    storage = Resume.file.field.storage  # resumes and letters share the private storage
    for name in names:
        try:
            storage.delete(name)
        except OSError:
            logger.warning("Could not delete erased file %s", name)


def _scrub_logs(candidate, *, application_ids, offer_ids=()):
    """Remove the person from what the system logged about them: audit rows name targets by id only,
    and e-mails to them are cancelled (pending) and stripped (all)."""
    from django.contrib.contenttypes.models import ContentType

    from recruiting.models import AuditEvent, Notification

    candidate_type = ContentType.objects.get_for_model(Candidate)
    application_type = ContentType.objects.get_for_model(Application)
    offer_type = ContentType.objects.get_for_model(Offer)
    kinds = {candidate_type.pk: "candidate", application_type.pk: "application", offer_type.pk: "offer"}
    events = AuditEvent.objects.filter(
        Q(target_type=candidate_type, target_id=str(candidate.pk))
        | Q(target_type=application_type, target_id__in=[str(pk) for pk in application_ids])
        | Q(target_type=offer_type, target_id__in=[str(pk) for pk in offer_ids])
    )
    for event in events:
        event.target_repr = f"{kinds[event.target_type_id]} #{event.target_id}"
        event.data = {key: value for key, value in event.data.items() if key not in PERSONAL_LOG_KEYS}
        event.save(update_fields=["target_repr", "data"])
    mails = Notification.objects.filter(recipient=candidate.email)
    mails.filter(status=Notification.Status.PENDING).update(
        status=Notification.Status.FAILED, last_error="recipient erased"
    )
    mails.update(recipient=f"erased-{candidate.pk}@invalid", context={})


def candidates_erase_expired(*, now=None) -> int:
    """Erase people whose last activity is older than the retention period (Celery beat, daily).
    A person with an application still in progress is kept."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.CANDIDATE_RETENTION_DAYS)
    expired = (
        Candidate.objects.filter(anonymised_at__isnull=True)
        .annotate(last_application=Max("applications__updated_at"))
        .filter(last_activity_at__lt=cutoff)
        .filter(Q(last_application__lt=cutoff) | Q(last_application__isnull=True))
        .exclude(applications__stage__in=ACTIVE_STAGES)
        .values_list("pk", flat=True)
    )
    count = 0
    for pk in list(expired[:1000]):
        candidate_erase(actor=None, candidate=Candidate(pk=pk), reason="retention period")
        count += 1
    return count
