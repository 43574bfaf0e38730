"""Applying and withdrawing: one service each, in a transaction, audited, with emails on commit."""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from candidates.defaults import install_defaults
from candidates.files import safe_stored_name
from candidates.models import (
    ACTIVE_STAGES,
    Application,
    Candidate,
    RejectionReason,
    Resume,
    ScreeningAnswer,
    Stage,
    StageEvent,
)
from candidates.status_links import status_path
from recruiting.services.audit import audit_record
from recruiting.services.notifications import notification_create
from requisitions import eligibility, screening
from requisitions.models import Requisition

logger = logging.getLogger(__name__)

ALREADY_APPLIED = gettext_lazy(
    "You already have an active application for this position. Use the link in your confirmation e-mail to follow it."
)


def _open_posting(requisition_id) -> Requisition:
    """The posting, locked, if it still takes applications (it may have closed while the form was open)."""
    requisition = Requisition.objects.select_for_update().filter(pk=requisition_id).first()
    today = timezone.localdate()
    if (
        requisition is None
        or requisition.status != Requisition.Status.OPEN
        or (requisition.closes_on is not None and requisition.closes_on < today)
    ):
        raise ValidationError(_("Sorry, this position stopped taking applications while you were filling in the form."))
    return requisition


def _find_person(*, email: str) -> Candidate | None:
    """The same person: matched by e-mail. (A matching phone only marks a likely duplicate for HR:
    the public form must never let one person change another's record.)"""
    return Candidate.objects.select_for_update().filter(anonymised_at__isnull=True, email=email).first()


def _save_person(person: dict, *, now) -> Candidate:
    """Create the person, or for a returning one fill only what their record lacks (a public form
    cannot overwrite a known person's details). Two first applications of the same new person at
    once: the loser of the insert race finds the winner's row."""
    candidate = _find_person(email=person["email"])
    if candidate is None:
        candidate = Candidate(**person, last_activity_at=now)
        candidate.full_clean(validate_unique=False)
        try:
            with transaction.atomic():
                candidate.save()
        except IntegrityError:
            candidate = _find_person(email=person["email"])
            if candidate is None:
                raise
        else:
            return candidate
    for field, value in person.items():
        if field != "email" and value not in (None, "") and not getattr(candidate, field):
            setattr(candidate, field, value)
    candidate.last_activity_at = now
    candidate.save()
    return candidate


def system_reason(code: str) -> RejectionReason:
    """A reason the product rejects with itself (``defaults.SYSTEM_REASON_CODES``: screening, a failed
    probation); the shipped one is put back, active, if an administrator removed or deactivated it."""
    reason = RejectionReason.objects.filter(code=code, is_active=True).first()
    if reason is None:
        install_defaults()
        RejectionReason.objects.filter(code=code).update(is_active=True)
        reason = RejectionReason.objects.get(code=code)
    return reason


def screening_facts(*, education, years_experience, years_customer_service, cs_practice_hours, languages) -> dict:
    """The facts an application is screened on, JSON-ready (stored on the application).

    The form asks for years in customer service, not for continuous years: those years stand in for
    the continuous ones too (the standard's "3 continuous years" path also needs an internal
    assessment, so such an application is flagged for review, never passed on this alone)."""
    return {
        "education": education,
        "years_experience": str(years_experience),
        "years_customer_service": str(years_customer_service),
        "continuous_years_customer_service": str(years_customer_service),
        "cs_practice_hours": cs_practice_hours,
        "languages": languages or {},
    }


def facts_for_screening(facts: dict) -> eligibility.CandidateFacts:
    return eligibility.CandidateFacts(
        education=facts.get("education"),
        years_experience=facts.get("years_experience"),
        years_customer_service=facts.get("years_customer_service"),
        continuous_years_customer_service=facts.get("continuous_years_customer_service"),
        cs_practice_hours=facts.get("cs_practice_hours"),
        languages=facts.get("languages") or {},
        internal_assessment_passed=None,
        manual_exception=None,
    )


def screening_result(application) -> eligibility.EligibilityResult:
    """Evaluate the application's stored facts against its stored paths (reasons in the active language)."""
    return eligibility.evaluate(application.paths, facts_for_screening(application.facts))


def application_submit(*, requisition: Requisition, person: dict, facts: dict, answers, resume=None,
                       resume_check=None, resume_name: str = "", source: str, referrer_name: str = "",
                       language: str) -> Application:  # fmt: skip
    """A candidate applies. Finds or creates the person, records consent, answers and resume, screens
    the application (flags; rejects at once only when the requisition says so) and e-mails a
    confirmation with the status link. The resume file is removed again if anything fails."""
    stored_name = None
    try:
        with transaction.atomic():
            requisition = _open_posting(requisition.pk)
            now = timezone.now()
            candidate = _save_person(person, now=now)
            if Application.objects.filter(
                candidate=candidate, requisition=requisition, stage__in=ACTIVE_STAGES
            ).exists():
                raise ValidationError(ALREADY_APPLIED)

            paths = list(requisition.eligibility_paths)
            result = eligibility.evaluate(paths, facts_for_screening(facts))
            knocked = [(q, a) for q, a in answers if screening.is_knocked_out(q, a)]
            outcome = eligibility.Outcome.NOT_ELIGIBLE if knocked else result.outcome
            application = Application(
                candidate=candidate,
                requisition=requisition,
                source=source,
                referrer_name=referrer_name if source == "referral" else "",
                language=language,
                consent_at=now,
                consent_version=settings.PRIVACY_NOTICE_VERSION,
                facts=facts,
                paths=paths,
                screening_outcome=outcome,
                knocked_out=bool(knocked),
            )
            auto_reject = requisition.auto_reject and outcome == eligibility.Outcome.NOT_ELIGIBLE
            reject_reason = None
            if auto_reject:
                reject_reason = system_reason("knock_out" if knocked else "requirements")
                application.stage = Stage.REJECTED
                application.rejection_reason = reject_reason.code
            try:
                with transaction.atomic():
                    application.save()
            except IntegrityError as exc:  # a simultaneous submit won the race
                raise ValidationError(ALREADY_APPLIED) from exc
            StageEvent.objects.create(application=application, from_stage="", to_stage=Stage.RESUME_SCREEN)
            if auto_reject:
                StageEvent.objects.create(
                    application=application, from_stage=Stage.RESUME_SCREEN, to_stage=Stage.REJECTED,
                    reason=reject_reason, note="automatic screening",
                )  # fmt: skip
            ScreeningAnswer.objects.bulk_create(
                ScreeningAnswer(
                    application=application,
                    question=question,
                    question_text=question.text,
                    answer=answer,
                    knocked_out=screening.is_knocked_out(question, answer),
                )
                for question, answer in answers
            )
            if resume is not None:
                stored_name = safe_stored_name(resume_check)
                record = Resume(
                    application=application,
                    original_name=resume_name or "resume",
                    kind=resume_check.kind,
                    content_type=resume_check.content_type,
                    size=resume_check.size,
                    sha256=resume_check.sha256,
                )
                record.file.save(stored_name, resume, save=False)
                stored_name = record.file.name
                record.save()
                transaction.on_commit(lambda: _enqueue_extraction(record.pk), robust=True)
            audit_record(
                actor=None,
                verb="application.submitted",
                target=application,
                data={"outcome": outcome, "knocked_out": bool(knocked), "auto_rejected": auto_reject},
            )
            _confirm(application, rejected=auto_reject, knocked=bool(knocked))
    except Exception:
        if stored_name:
            Resume.file.field.storage.delete(stored_name)
        raise
    return application


def _enqueue_extraction(resume_id: int) -> None:
    from candidates.tasks import extract_resume_text_task

    try:
        extract_resume_text_task.delay(resume_id)
    except Exception:
        logger.warning("Could not enqueue text extraction of resume %s", resume_id)


def _confirm(application, *, rejected: bool, knocked: bool) -> None:
    requisition = application.requisition
    context = {
        "name": application.candidate.full_name,
        "title_en": requisition.title_en or requisition.title_zh,
        "title_zh": requisition.title_zh or requisition.title_en,
        "path": status_path(application),
    }
    if rejected:
        with translation.override(application.language):
            reasons = (
                [_("One of your answers to the screening questions does not meet a requirement of this position.")]
                if knocked
                else screening_result(application).reasons()
            )
        context["reasons"] = [str(reason) for reason in reasons]
    notification_create(
        recipient=application.candidate.email,
        template_key="candidates/not_eligible" if rejected else "candidates/application_received",
        language=application.language,
        context=context,
    )


def application_withdraw(*, application: Application) -> Application:
    """The candidate withdraws through their status link."""
    from candidates.services.pipeline import application_transition

    return application_transition(actor=None, application=application, target=Stage.WITHDRAWN, via="candidate")


def application_revoke_links(*, actor, application: Application) -> Application:
    """HR invalidates every status link sent for this application (a new one can be sent)."""
    with transaction.atomic():
        application = Application.objects.select_for_update().get(pk=application.pk)
        application.status_link_version += 1
        application.save(update_fields=["status_link_version", "updated_at"])
        audit_record(actor=actor, verb="application.links_revoked", target=application)
    return application
