"""Offers: draft → pending approval → approved → sent → accepted | declined | expired | withdrawn.

HR drafts (the application enters the offer stage), submits for approval, sends (a worker renders the
letter and e-mails it) and may withdraw. An approver who did not draft it approves; a salary outside
the requisition's range needs a written reason and two approvers. The candidate accepts (typing
their full name) or declines through the status link before the offer expires.
"""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from candidates.models import Application, Offer, OfferApproval, Probation, Stage
from candidates.probation_rules import add_months, probation_error
from candidates.services.pipeline import application_transition
from candidates.status_links import status_path
from recruiting.roles import Role, has_role
from recruiting.services.audit import audit_record
from recruiting.services.notifications import notification_create

TERMS = ("position_title", "department_name", "monthly_salary", "currency", "start_date", "contract_months",
         "probation_months", "benefits", "expires_on", "language", "salary_note")  # fmt: skip
EXTRA_APPROVALS_OUTSIDE_RANGE = 2
MAX_VALID_DAYS = 60
MAX_START_DAYS = 366


def _require_hr(actor) -> None:
    if actor is None or not has_role(actor, Role.HR):
        raise PermissionDenied


def offer_approvers(offer):
    """Who approves offers of this requisition: its department's approval chain, or every approver
    when the department has none; never the drafter."""
    from django.contrib.auth import get_user_model

    from requisitions.models import DepartmentApprover

    people = get_user_model().objects.filter(groups__name=str(Role.APPROVER), is_active=True)
    department = offer.application.requisition.department_id
    chain = people.filter(pk__in=DepartmentApprover.objects.filter(department=department).values("approver"))
    return (chain if chain.exists() else people).exclude(pk=offer.drafted_by_id).distinct()


def _validate_terms(offer: Offer, *, today) -> None:
    """The terms' rules: dates, probation length by country, the salary range (outside needs a note)."""
    errors = {}
    requisition = offer.application.requisition
    if offer.start_date and offer.start_date < today:
        errors["start_date"] = _("The start date is in the past.")
    elif offer.start_date and offer.start_date > today + datetime.timedelta(days=MAX_START_DAYS):
        errors["start_date"] = _("The start date is more than a year away.")
    if offer.expires_on and offer.expires_on < today:
        errors["expires_on"] = _("The offer would already have expired.")
    elif offer.expires_on and offer.expires_on > today + datetime.timedelta(days=MAX_VALID_DAYS):
        errors["expires_on"] = _("An offer stays open for at most %(n)s days.") % {"n": MAX_VALID_DAYS}
    if offer.start_date and offer.expires_on and offer.expires_on > offer.start_date:
        errors["expires_on"] = _("The offer must expire before the start date.")
    problem = probation_error(offer.contract_months, offer.probation_months, settings.OFFER_COUNTRY)
    if problem:
        errors["probation_months"] = problem
    low, high = requisition.salary_min, requisition.salary_max
    salary = offer.monthly_salary
    offer.outside_range = bool(salary is not None and ((low and salary < low) or (high and salary > high)))
    offer.approvals_needed = EXTRA_APPROVALS_OUTSIDE_RANGE if offer.outside_range else 1
    if offer.outside_range and not offer.salary_note.strip():
        errors["salary_note"] = _(
            "The salary is outside the requisition's range (%(low)s–%(high)s): say why; it needs a second approval."
        ) % {"low": low, "high": high}
    if errors:
        raise ValidationError(errors)


def _set_terms(offer: Offer, terms: dict) -> None:
    for name in TERMS:
        if name in terms:
            value = terms[name]
            setattr(offer, name, value.strip() if isinstance(value, str) else value)


def offer_draft(*, actor, application: Application, terms: dict) -> Offer:
    """HR drafts an offer for an application in second interview (it enters the offer stage) or one
    already at the offer stage without an open offer (after a decline or an expiry)."""
    _require_hr(actor)
    with transaction.atomic():
        application = (
            Application.objects.select_for_update(of=("self",))
            .select_related("requisition", "candidate")
            .get(pk=application.pk)
        )
        if application.stage not in (Stage.SECOND_INTERVIEW, Stage.OFFER):
            raise ValidationError(_("An offer is drafted for an application in second interview."))
        if application.offers.open().exists():
            raise ValidationError(_("This application already has an open offer."))
        offer = Offer(application=application, drafted_by=actor, language=application.language)
        _set_terms(offer, terms)
        _validate_terms(offer, today=timezone.localdate())
        offer.full_clean()
        try:
            with transaction.atomic():
                offer.save()
        except IntegrityError as error:
            raise ValidationError(_("This application already has an open offer.")) from error
        if application.stage == Stage.SECOND_INTERVIEW:
            application_transition(actor=actor, application=application, target=Stage.OFFER, via="offer_drafted")
        audit_record(actor=actor, verb="offer.drafted", target=offer,
                     data={"application": application.pk, "salary": str(offer.monthly_salary),
                           "outside_range": offer.outside_range})  # fmt: skip
    return offer


def _locked(offer, *, in_offer_stage: bool = True) -> Offer:
    """The offer, locked; with ``in_offer_stage`` it must belong to an application at the offer stage
    (a closed application's offer cannot go on)."""
    offer = (
        Offer.objects.select_for_update()
        .select_related("application__requisition", "application__candidate")
        .get(pk=offer.pk)
    )
    if in_offer_stage and offer.application.stage != Stage.OFFER:
        raise ValidationError(_("The application is no longer at the offer stage."))
    return offer


def offer_update(*, actor, offer: Offer, terms: dict) -> Offer:
    """HR changes a draft's terms."""
    _require_hr(actor)
    with transaction.atomic():
        offer = _locked(offer)
        if offer.status != Offer.Status.DRAFT:
            raise ValidationError(_("Only a draft offer can be changed."))
        _set_terms(offer, terms)
        _validate_terms(offer, today=timezone.localdate())
        offer.full_clean()
        offer.save()
        audit_record(actor=actor, verb="offer.updated", target=offer, data={"salary": str(offer.monthly_salary)})
    return offer


def offer_submit(*, actor, offer: Offer) -> Offer:
    """HR sends a draft for approval; the approvers are e-mailed."""
    _require_hr(actor)
    with transaction.atomic():
        offer = _locked(offer)
        if offer.status != Offer.Status.DRAFT:
            raise ValidationError(_("Only a draft offer can be submitted for approval."))
        _validate_terms(offer, today=timezone.localdate())  # dates may have passed since drafting
        offer.status = Offer.Status.PENDING_APPROVAL
        offer.save(update_fields=["status", "outside_range", "approvals_needed", "updated_at"])
        offer.approvals.all().delete()  # a returned offer starts its approvals again
        audit_record(actor=actor, verb="offer.submitted", target=offer, data={"approvals": offer.approvals_needed})
        _tell_approvers(offer)
    return offer


def offer_decide(*, actor, offer: Offer, approve: bool, comment: str = "") -> Offer:
    """An approver approves (enough approvals make it approved) or returns it to draft with a comment."""
    if actor is None or not has_role(actor, Role.APPROVER):
        raise PermissionDenied
    with transaction.atomic():
        offer = _locked(offer)
        if offer.status != Offer.Status.PENDING_APPROVAL:
            raise ValidationError(_("This offer is not waiting for approval."))
        if offer.drafted_by_id == actor.pk:
            raise ValidationError(_("You drafted this offer: another approver must decide."))
        if not offer_approvers(offer).filter(pk=actor.pk).exists():
            raise PermissionDenied
        if offer.approvals.filter(approver=actor).exists():
            raise ValidationError(_("You have already approved this offer; it needs another approver."))
        comment = (comment or "").strip()[:2000]
        if not approve and not comment:
            raise ValidationError({"comment": _("Say what should change.")})
        OfferApproval.objects.create(offer=offer, approver=actor, approved=approve, comment=comment)
        if not approve:
            offer.status = Offer.Status.DRAFT
        elif offer.approvals.filter(approved=True).count() >= offer.approvals_needed:
            offer.status = Offer.Status.APPROVED
        offer.save(update_fields=["status", "updated_at"])
        audit_record(actor=actor, verb="offer.approved" if approve else "offer.returned", target=offer,
                     data={"comment": comment, "status": offer.status})  # fmt: skip
    return offer


def offer_send(*, actor, offer: Offer) -> Offer:
    """HR sends an approved offer: a worker renders the letter (a new version) and e-mails it."""
    from candidates.tasks import render_offer_letter_task

    _require_hr(actor)
    with transaction.atomic():
        offer = _locked(offer)
        if offer.status != Offer.Status.APPROVED:
            raise ValidationError(_("Only an approved offer can be sent."))
        if offer.expires_on < timezone.localdate():
            raise ValidationError(_("The offer's expiry date has passed: withdraw it and draft a new one."))
        offer.status = Offer.Status.SENT
        offer.sent_at = timezone.now()
        offer.letter_version += 1
        offer.save(update_fields=["status", "sent_at", "letter_version", "updated_at"])
        audit_record(actor=actor, verb="offer.sent", target=offer, data={"letter_version": offer.letter_version})
        pk, version = offer.pk, offer.letter_version
        transaction.on_commit(lambda: render_offer_letter_task.delay(pk, version, True), robust=True)
    return offer


def offer_letter_regenerate(*, actor, offer: Offer) -> Offer:
    """HR asks for the letter again (a new version, e.g. after the template changed); not e-mailed."""
    from candidates.tasks import render_offer_letter_task

    _require_hr(actor)
    with transaction.atomic():
        offer = _locked(offer, in_offer_stage=False)
        if offer.status not in (Offer.Status.SENT, Offer.Status.ACCEPTED, Offer.Status.APPROVED):
            raise ValidationError(_("A letter is made once the offer is approved."))
        offer.letter_version += 1
        offer.save(update_fields=["letter_version", "updated_at"])
        audit_record(actor=actor, verb="offer.letter_regenerated", target=offer,
                     data={"letter_version": offer.letter_version})  # fmt: skip
        pk, version = offer.pk, offer.letter_version
        transaction.on_commit(lambda: render_offer_letter_task.delay(pk, version, False), robust=True)
    return offer


def offer_withdraw(*, actor, offer: Offer, reason: str) -> Offer:
    """HR withdraws an open offer (the application returns to second interview); a sent one tells the
    candidate."""
    _require_hr(actor)
    reason = (reason or "").strip()[:2000]
    if not reason:
        raise ValidationError({"reason": _("Say why the offer is withdrawn.")})
    with transaction.atomic():
        offer = _locked(offer, in_offer_stage=False)
        if not offer.is_open:
            raise ValidationError(_("This offer is already closed."))
        was_sent = offer.status == Offer.Status.SENT
        offer.status = Offer.Status.WITHDRAWN
        offer.withdraw_reason = reason
        offer.save(update_fields=["status", "withdraw_reason", "updated_at"])
        audit_record(actor=actor, verb="offer.withdrawn", target=offer, data={"reason": reason})
        application = offer.application
        if application.stage == Stage.OFFER:
            application_transition(actor=actor, application=application, target=Stage.SECOND_INTERVIEW,
                                   note=reason, via="offer_withdrawn")  # fmt: skip
        if was_sent:
            _tell_candidate(offer, "candidates/offer_withdrawn")
    return offer


def _decidable(offer: Offer, *, today) -> None:
    if offer.status != Offer.Status.SENT:
        raise ValidationError(_("This offer can no longer be answered."))
    if offer.expires_on < today:
        raise ValidationError(_("This offer expired on %(date)s.") % {"date": offer.expires_on.isoformat()})


def _same_name(typed: str, name: str) -> bool:
    def norm(text):
        return "".join(text.split()).casefold()

    return bool(norm(typed)) and norm(typed) == norm(name)


def offer_accept(*, offer: Offer, signature: str, ip: str | None) -> Offer:
    """The candidate accepts by typing their full name; the application enters probation."""
    signature = (signature or "").strip()[:200]
    with transaction.atomic():
        offer = _locked(offer)
        _decidable(offer, today=timezone.localdate())
        if not _same_name(signature, offer.application.candidate.full_name):
            raise ValidationError({"signature": _("Type your full name exactly as it appears on the offer.")})
        offer.status = Offer.Status.ACCEPTED
        offer.signature_name = signature
        offer.decision_ip = ip
        offer.decided_at = timezone.now()
        offer.save(update_fields=["status", "signature_name", "decision_ip", "decided_at", "updated_at"])
        application_transition(actor=None, application=offer.application, target=Stage.PROBATION,
                               via="offer_accepted")  # fmt: skip
        ends = add_months(offer.start_date, offer.probation_months) if offer.probation_months else None
        probation = Probation.objects.create(
            application=offer.application,
            offer=offer,
            starts_on=offer.start_date,
            ends_on=ends or offer.start_date + datetime.timedelta(days=1),
            original_ends_on=ends or offer.start_date + datetime.timedelta(days=1),
        )
        if not offer.probation_months:
            from candidates.services.probation import probation_waive

            probation_waive(probation=probation)
        audit_record(actor=None, verb="offer.accepted", target=offer, data={"ip": ip, "signature": signature})
        _tell_staff(offer, "candidates/offer_answered")
    return offer


def offer_decline(*, offer: Offer, reason: str = "", ip: str | None = None) -> Offer:
    """The candidate declines (a reason is optional); HR and the hiring manager are told. The
    application stays at the offer stage for HR to decide what follows."""
    with transaction.atomic():
        offer = _locked(offer)
        _decidable(offer, today=timezone.localdate())
        offer.status = Offer.Status.DECLINED
        offer.decline_reason = (reason or "").strip()[:2000]
        offer.decision_ip = ip
        offer.decided_at = timezone.now()
        offer.save(update_fields=["status", "decline_reason", "decision_ip", "decided_at", "updated_at"])
        audit_record(actor=None, verb="offer.declined", target=offer, data={"reason": offer.decline_reason})
        _tell_staff(offer, "candidates/offer_answered")
    return offer


def offers_expire(*, today=None) -> int:
    """Periodic: sent offers past their expiry date become expired; HR is told. Returns how many."""
    today = today or timezone.localdate()
    expired = 0
    for pk in list(Offer.objects.filter(status=Offer.Status.SENT, expires_on__lt=today).values_list("pk", flat=True)):
        with transaction.atomic():
            offer = Offer.objects.select_for_update(skip_locked=True).filter(pk=pk, status=Offer.Status.SENT).first()
            if offer is None:
                continue
            offer.status = Offer.Status.EXPIRED
            offer.save(update_fields=["status", "updated_at"])
            audit_record(actor=None, verb="offer.expired", target=offer, data={"expires_on": str(offer.expires_on)})
            _tell_staff(offer, "candidates/offer_answered")
            expired += 1
    return expired


def _offer_context(offer) -> dict:
    requisition = offer.application.requisition
    return {
        "offer_id": offer.pk,
        "offer_path": reverse("candidates:offer", args=[offer.pk]),
        "candidate_name": offer.application.candidate.full_name,
        "title_en": requisition.title_en or offer.position_title,
        "title_zh": requisition.title_zh or offer.position_title,
        "position": offer.position_title,
        "status": offer.status,
        "expires_on": offer.expires_on.isoformat(),
        "start_date": offer.start_date.isoformat(),
        "decline_reason": offer.decline_reason,
        "application_id": offer.application_id,
        "candidate_id": offer.application.candidate_id,
    }


def _tell_candidate(offer, template_key: str, attachments=None) -> None:
    application = offer.application
    if application.candidate.anonymised_at:
        return
    notification_create(
        recipient=application.candidate.email,
        template_key=template_key,
        language=offer.language,
        context=_offer_context(offer) | {"path": status_path(application)},
        attachments=attachments,
    )


def _tell_staff(offer, template_key: str) -> None:
    from recruiting.selectors import user_language

    requisition = offer.application.requisition
    candidates = (offer.drafted_by, requisition.hiring_manager, getattr(requisition, "recruiter", None))
    people = {p.pk: p for p in candidates if p}
    for person in people.values():
        if person.email:
            notification_create(recipient=person.email, recipient_user=person, template_key=template_key,
                                language=user_language(person), context=_offer_context(offer))  # fmt: skip


def _tell_approvers(offer) -> None:
    from recruiting.selectors import user_language

    for person in offer_approvers(offer):
        if person.email:
            notification_create(
                recipient=person.email,
                recipient_user=person,
                template_key="candidates/offer_to_approve",
                language=user_language(person),
                context=_offer_context(offer),
            )
