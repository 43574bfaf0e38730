"""Probation: monthly reviews by the hiring manager (or HR), and the outcome: passed (the person is
hired; the requisition becomes filled at headcount), extended (within the legal maximum) or
terminated (with a reason)."""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from candidates.models import Probation, ProbationReview, Stage
from candidates.probation_rules import add_months, max_probation_months
from candidates.services.applications import system_reason
from candidates.services.pipeline import application_transition, may_move
from recruiting.services.audit import audit_record
from recruiting.services.notifications import notification_create
from requisitions.services.requisitions import requisition_fill_if_complete


def months_in(probation: Probation) -> int:
    """How many monthly reviews this probation has (at least one)."""
    months, day = 0, probation.starts_on
    while day < probation.ends_on:
        months += 1
        day = add_months(probation.starts_on, months)
    return max(months, 1)


def _locked(actor, probation) -> Probation:
    probation = (
        Probation.objects.select_for_update()
        .select_related("application__requisition", "application__candidate", "offer")
        .get(pk=probation.pk)
    )
    if not may_move(actor, probation.application):
        raise PermissionDenied
    return probation


def _active(probation) -> None:
    if probation.status != Probation.Status.ACTIVE:
        raise ValidationError(_("This probation has already ended."))


def probation_review_add(*, actor, probation: Probation, month, scores: dict, comments: str, recommendation: str):
    """Record the review of ``month`` (1 … the number of months): four scores 1–5, comments and a
    recommendation. One review per month."""
    with transaction.atomic():
        probation = _locked(actor, probation)
        _active(probation)
        errors = {}
        if not isinstance(month, int) or not 1 <= month <= months_in(probation):
            errors["month"] = _("Choose a month of this probation.")
        for name in ProbationReview.SCORES:
            value = scores.get(name)
            if not isinstance(value, int) or not 1 <= value <= 5:
                errors[name] = _("A score is a whole number from 1 to 5.")
        if recommendation not in ProbationReview.Recommendation.values:
            errors["recommendation"] = _("Choose a recommendation.")
        if errors:
            raise ValidationError(errors)
        try:
            with transaction.atomic():
                review = ProbationReview.objects.create(
                    probation=probation, month=month, reviewer=actor, comments=(comments or "").strip()[:5000],
                    recommendation=recommendation, **{name: scores[name] for name in ProbationReview.SCORES},
                )  # fmt: skip
        except IntegrityError as error:
            raise ValidationError({"month": _("Month %(n)s has already been reviewed.") % {"n": month}}) from error
        audit_record(actor=actor, verb="probation.reviewed", target=probation,
                     data={"month": month, "recommendation": recommendation, "scores": scores})  # fmt: skip
    return review


def probation_pass(*, actor, probation: Probation, note: str = "") -> Probation:
    """Passed: the person is hired; the requisition is marked filled once hires reach its headcount."""
    with transaction.atomic():
        probation = _locked(actor, probation)
        _active(probation)
        if not probation.reviews.exists():
            raise ValidationError(_("Record at least one probation review before deciding."))
        _decide(actor, probation, Probation.Status.PASSED, note)
        _hire(actor, probation, note=note, via="probation_passed")
    return probation


def probation_waive(*, probation: Probation) -> Probation:
    """An offer with no probation period (e.g. a contract under 3 months in China): accepting it
    hires at once. Called by ``offer_accept`` in its transaction."""
    _decide(None, probation, Probation.Status.PASSED, "No probation period in the contract.")
    _hire(None, probation, note="", via="no_probation")
    return probation


def _hire(actor, probation, *, note: str, via: str) -> None:
    """The application becomes hired; the requisition is marked filled once hires reach its headcount."""
    from candidates.models import Application
    from requisitions.models import Requisition

    application = application_transition(actor=actor, application=probation.application, target=Stage.HIRED,
                                          note=note, via=via)  # fmt: skip
    # Lock the requisition before counting, so two hires at once cannot both count one short.
    requisition = Requisition.objects.select_for_update().get(pk=application.requisition_id)
    hired = Application.objects.filter(requisition=requisition, stage=Stage.HIRED).count()
    requisition_fill_if_complete(actor=actor, requisition=requisition, hired=hired)


def probation_extend(*, actor, probation: Probation, ends_on: datetime.date, note: str) -> Probation:
    """Move the end date later, within the legal maximum for the contract term (from the start)."""
    note = (note or "").strip()[:2000]
    with transaction.atomic():
        probation = _locked(actor, probation)
        _active(probation)
        offer = probation.offer
        limit = max_probation_months(offer.contract_months, settings.OFFER_COUNTRY)
        latest = add_months(probation.starts_on, limit)
        errors = {}
        if not isinstance(ends_on, datetime.date) or ends_on <= probation.ends_on:
            errors["ends_on"] = _("The new end date must be after the current one (%(date)s).") % {
                "date": probation.ends_on.isoformat()
            }
        elif ends_on > latest:
            errors["ends_on"] = _(
                "For this contract the probation may last at most %(n)s month(s), until %(date)s."
            ) % {"n": limit, "date": latest.isoformat()}
        if not note:
            errors["note"] = _("Say why the probation is extended.")
        if errors:
            raise ValidationError(errors)
        before = probation.ends_on
        probation.ends_on = ends_on
        probation.save(update_fields=["ends_on", "updated_at"])
        audit_record(actor=actor, verb="probation.extended", target=probation,
                     data={"from": before.isoformat(), "to": ends_on.isoformat(), "note": note})  # fmt: skip
    return probation


def probation_terminate(*, actor, probation: Probation, note: str) -> Probation:
    """End the employment in probation, with the reason (the application is closed as rejected)."""
    note = (note or "").strip()[:2000]
    if not note:
        raise ValidationError({"note": _("Give the reason for ending the employment.")})
    with transaction.atomic():
        probation = _locked(actor, probation)
        _active(probation)
        _decide(actor, probation, Probation.Status.TERMINATED, note)
        reason = system_reason("probation_not_passed")
        application_transition(actor=actor, application=probation.application, target=Stage.REJECTED, note=note,
                               reason=reason, via="probation_terminated")  # fmt: skip
    return probation


def _decide(actor, probation, status, note) -> None:
    probation.status = status
    probation.outcome_note = note
    probation.decided_by = actor
    probation.decided_at = timezone.now()
    probation.save(update_fields=["status", "outcome_note", "decided_by", "decided_at", "updated_at"])
    audit_record(actor=actor, verb=f"probation.{status}", target=probation, data={"note": note})


def due_month(probation: Probation, *, today) -> int:
    """The latest month whose review is due by ``today`` (a month's review falls due at its end)."""
    months = 0
    while months < months_in(probation) and add_months(probation.starts_on, months + 1) <= today:
        months += 1
    return months


def probation_reminders_send(*, today=None) -> int:
    """Daily: remind the hiring manager of each active probation whose month ended without a review
    (once per month). Returns how many reminders went out."""
    from recruiting.selectors import user_language

    today = today or timezone.localdate()
    sent = 0
    for pk in list(
        Probation.objects.filter(status=Probation.Status.ACTIVE, starts_on__lt=today).values_list("pk", flat=True)
    ):
        with transaction.atomic():
            probation = (
                Probation.objects.select_for_update(skip_locked=True)
                .select_related("application__requisition__hiring_manager", "application__candidate")
                .filter(pk=pk)
                .first()
            )
            if probation is None:
                continue
            month = due_month(probation, today=today)
            if month == 0 or month <= probation.last_reminded_month:
                continue
            if probation.reviews.filter(month=month).exists():
                continue
            manager = probation.application.requisition.hiring_manager
            if manager and manager.email:
                notification_create(
                    recipient=manager.email,
                    recipient_user=manager,
                    template_key="candidates/probation_review_due",
                    language=user_language(manager),
                    context={"name": probation.application.candidate.full_name, "month": month,
                             "probation_id": probation.pk, "ends_on": probation.ends_on.isoformat(),
                             "probation_path": reverse("candidates:probation", args=[probation.pk])},
                )  # fmt: skip
            probation.last_reminded_month = month
            probation.save(update_fields=["last_reminded_month", "updated_at"])
            sent += 1
    return sent
