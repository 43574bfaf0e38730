"""Tags and the talent pool: people kept for later, and bringing one into a new requisition."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from candidates.models import ACTIVE_STAGES, Application, Candidate, Stage, StageEvent, Tag
from candidates.services.applications import facts_for_screening, screening_facts
from recruiting.roles import Role, has_role
from recruiting.services.audit import audit_record
from requisitions import eligibility
from requisitions.models import Requisition

MAX_TAG_LENGTH = 50


def tag_named(name: str) -> Tag:
    """The tag of this name in any case, created when new (safe when two requests create it at once)."""
    tag = Tag.objects.filter(name__iexact=name).first()
    if tag is None:
        try:
            with transaction.atomic():
                tag = Tag.objects.create(name=name)
        except IntegrityError:
            tag = Tag.objects.get(name__iexact=name)
    return tag


def candidate_set_tags(*, actor, candidate: Candidate, names: list[str]) -> Candidate:
    """Replace a person's tags (HR). Names are trimmed; empty ones dropped; new tags created."""
    if not has_role(actor, Role.HR):
        raise PermissionDenied
    cleaned = sorted({" ".join(name.split()) for name in names if name and name.strip()})
    too_long = [name for name in cleaned if len(name) > MAX_TAG_LENGTH]
    if too_long:
        raise ValidationError(_("A tag has at most %(n)s characters.") % {"n": MAX_TAG_LENGTH})
    with transaction.atomic():
        candidate = Candidate.objects.select_for_update().get(pk=candidate.pk)
        tags = []
        for name in cleaned:
            tags.append(tag_named(name))
        candidate.tags.set(tags)
        audit_record(actor=actor, verb="candidate.tagged", target=candidate, data={"tags": cleaned})
    return candidate


def candidate_keep_in_pool(*, actor, candidate: Candidate, keep: bool) -> Candidate:
    """Keep (or stop keeping) a person in the talent pool (HR)."""
    if not has_role(actor, Role.HR):
        raise PermissionDenied
    with transaction.atomic():
        candidate = Candidate.objects.select_for_update().get(pk=candidate.pk)
        if candidate.anonymised_at:
            raise ValidationError(_("An erased person cannot be kept in the talent pool."))
        candidate.in_talent_pool = keep
        candidate.save(update_fields=["in_talent_pool", "updated_at"])
        audit_record(actor=actor, verb="candidate.pool_kept" if keep else "candidate.pool_left", target=candidate)
    return candidate


def application_add_from_pool(*, actor, candidate: Candidate, requisition: Requisition) -> Application:
    """HR puts a person from the talent pool on a requisition: a new application at resume screen,
    screened with the person's known facts against the requisition's paths."""
    if not has_role(actor, Role.HR):
        raise PermissionDenied
    with transaction.atomic():
        requisition = Requisition.objects.select_for_update().get(pk=requisition.pk)
        if requisition.status not in (Requisition.Status.OPEN, Requisition.Status.ON_HOLD, Requisition.Status.APPROVED):
            raise ValidationError(_("Add people only to an approved, open or held requisition."))
        candidate = Candidate.objects.select_for_update().get(pk=candidate.pk)
        if candidate.anonymised_at:
            raise ValidationError(_("An erased person cannot be added."))
        if Application.objects.filter(candidate=candidate, requisition=requisition, stage__in=ACTIVE_STAGES).exists():
            raise ValidationError(_("This person already has an active application for this requisition."))
        facts = screening_facts(
            education=candidate.education,
            years_experience=candidate.years_experience,
            years_customer_service=candidate.years_customer_service,
            cs_practice_hours=candidate.cs_practice_hours,
            languages=candidate.languages,
        )
        paths = list(requisition.eligibility_paths)
        outcome = eligibility.evaluate(paths, facts_for_screening(facts)).outcome
        # Consent: the person's most recent consent, which covers being considered for other positions.
        latest = candidate.applications.order_by("-consent_at").first()
        application = Application.objects.create(
            candidate=candidate,
            requisition=requisition,
            source="internal" if latest is None else latest.source,
            language=candidate.language,
            consent_at=latest.consent_at if latest else timezone.now(),
            consent_version=latest.consent_version if latest else "",
            facts=facts,
            paths=paths,
            screening_outcome=outcome,
        )
        StageEvent.objects.create(
            application=application, from_stage="", to_stage=Stage.RESUME_SCREEN, actor=actor, note="talent pool"
        )
        audit_record(actor=actor, verb="application.added_from_pool", target=application)
    return application
