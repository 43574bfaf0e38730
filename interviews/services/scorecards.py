"""Scorecards: a draft per interviewer and interview, saved as they type; submitting locks it; an
amendment is a new version that replaces the submitted one when it is submitted (both are kept)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from interviews.kits import round_requirements, weight_of
from interviews.models import Interview, PanelMember, Rating, Recommendation, Scorecard
from recruiting.services.audit import audit_record

TEXT_MAX = 10_000


def _own_seat(actor, interview) -> None:
    if actor is None or not PanelMember.objects.filter(interview=interview, interviewer=actor).exists():
        raise PermissionDenied


def scorecard_start(*, actor, interview: Interview) -> Scorecard:
    """The actor's card for ``interview``: the open draft, else the current submitted card, else a
    new draft with one rating per competency of the round."""
    with transaction.atomic():
        interview = Interview.objects.select_for_update().select_related("application").get(pk=interview.pk)
        _own_seat(actor, interview)
        cards = Scorecard.objects.filter(interview=interview, interviewer=actor)
        existing = (
            cards.filter(status=Scorecard.Status.DRAFT).first()
            or cards.filter(status=Scorecard.Status.SUBMITTED).first()
        )
        if existing:
            return existing
        if interview.status == Interview.Status.CANCELLED:
            raise ValidationError(_("This interview was cancelled."))
        card = Scorecard.objects.create(interview=interview, interviewer=actor)
        rows = round_requirements(requisition_id=interview.application.requisition_id, round=interview.round)
        Rating.objects.bulk_create(
            Rating(
                scorecard=card,
                requirement=row,
                key_item=row.key_item,
                label=f"{row.get_key_item_display()}: {row.requirement}"[:300],
                weight=weight_of(row),
            )
            for row in rows
        )
        audit_record(actor=actor, verb="scorecard.started", target=card, data={"interview": interview.pk})
    return card


def _live_seat(actor, card) -> None:
    """The card's interviewer still holds a seat that gives access (``live_seats``): on the panel of a
    scheduled interview, or of a cancelled one they had scored. Taken off the panel, or the interview
    cancelled before they scored, their card can no longer change, whatever page or API asks."""
    from interviews.selectors import live_seats

    if (
        card.interviewer_id != getattr(actor, "pk", None)
        or not live_seats(actor).filter(interview=card.interview_id).exists()
    ):
        raise PermissionDenied


def _locked_draft(actor, scorecard) -> Scorecard:
    card = Scorecard.objects.select_for_update().get(pk=scorecard.pk)
    _live_seat(actor, card)
    if card.status != Scorecard.Status.DRAFT:
        raise ValidationError(_("This scorecard is submitted and locked; amend it to change it."))
    return card


def scorecard_save(*, actor, scorecard: Scorecard, data: dict) -> Scorecard:
    """Save a draft (also the autosave): ``data`` has ``recommendation``, ``star_notes``, ``notes`` and
    per rating ``score_<id>`` (1–5 or empty) and ``evidence_<id>``. Bad values are refused whole."""
    with transaction.atomic():
        card = _locked_draft(actor, scorecard)
        errors = {}
        recommendation = (data.get("recommendation") or "").strip()
        if recommendation and recommendation not in Recommendation.values:
            errors["recommendation"] = _("Choose a recommendation from the list.")
        updates = []
        for rating in card.ratings.all():
            raw = str(data.get(f"score_{rating.pk}", "") or "").strip()
            score = None
            if raw:
                if raw not in {"1", "2", "3", "4", "5"}:  # not isdigit(): "²" is a digit that int() refuses
                    errors[f"score_{rating.pk}"] = _("A score is a whole number from 1 to 5.")
                    continue
                score = int(raw)
            rating.score = score
            rating.evidence = str(data.get(f"evidence_{rating.pk}", "") or "")[:TEXT_MAX]
            updates.append(rating)
        if errors:
            raise ValidationError(errors)
        Rating.objects.bulk_update(updates, ["score", "evidence"])
        card.recommendation = recommendation
        card.star_notes = str(data.get("star_notes", "") or "")[:TEXT_MAX]
        card.notes = str(data.get("notes", "") or "")[:TEXT_MAX]
        if "amendment_reason" in data:
            card.amendment_reason = str(data.get("amendment_reason") or "")[:TEXT_MAX]
        card.save(update_fields=["recommendation", "star_notes", "notes", "amendment_reason", "updated_at"])
    return card


def scorecard_submit(*, actor, scorecard: Scorecard) -> Scorecard:
    """Lock the card: every competency scored and a recommendation chosen. An amendment replaces the
    earlier submitted version, which is kept as superseded."""
    with transaction.atomic():
        card = _locked_draft(actor, scorecard)
        missing = [r.label for r in card.ratings.all() if r.score is None]
        errors = []
        if missing:
            errors.append(_("Score every competency before submitting: %(list)s.") % {"list": "; ".join(missing)})
        if not card.recommendation:
            errors.append(_("Choose an overall recommendation."))
        if card.version > 1 and not card.amendment_reason.strip():
            errors.append(_("Say why you are amending the scorecard."))
        if errors:
            raise ValidationError(errors)
        Scorecard.objects.filter(
            interview=card.interview_id, interviewer=card.interviewer_id, status=Scorecard.Status.SUBMITTED
        ).update(status=Scorecard.Status.SUPERSEDED, updated_at=timezone.now())
        card.status = Scorecard.Status.SUBMITTED
        card.submitted_at = timezone.now()
        card.save(update_fields=["status", "submitted_at", "updated_at"])
        audit_record(actor=actor, verb="scorecard.submitted", target=card,
                     data={"version": card.version, "recommendation": card.recommendation})  # fmt: skip
    return card


def scorecard_amend(*, actor, scorecard: Scorecard) -> Scorecard:
    """Open a new draft version of a submitted card, with its answers copied; the submitted version
    stays current until the amendment is submitted."""
    with transaction.atomic():
        card = Scorecard.objects.select_for_update().get(pk=scorecard.pk)
        _live_seat(actor, card)
        draft = Scorecard.objects.filter(
            interview=card.interview_id, interviewer=card.interviewer_id, status=Scorecard.Status.DRAFT
        ).first()
        if draft:
            return draft
        if card.status != Scorecard.Status.SUBMITTED:
            raise ValidationError(_("Only the current submitted scorecard can be amended."))
        top = Scorecard.objects.filter(interview=card.interview_id, interviewer=card.interviewer_id).aggregate(
            v=Max("version")
        )["v"]
        amendment = Scorecard.objects.create(
            interview_id=card.interview_id,
            interviewer_id=card.interviewer_id,
            version=top + 1,
            recommendation=card.recommendation,
            star_notes=card.star_notes,
            notes=card.notes,
        )
        Rating.objects.bulk_create(
            Rating(
                scorecard=amendment,
                requirement_id=r.requirement_id,
                key_item=r.key_item,
                label=r.label,
                weight=r.weight,
                score=r.score,
                evidence=r.evidence,
            )
            for r in card.ratings.all()
        )
        audit_record(actor=actor, verb="scorecard.amendment_started", target=amendment, data={"of": card.pk})
    return amendment


def scorecard_reminders_send(*, now=None) -> int:
    """Remind each interviewer whose card is still missing 24 hours after the interview (once)."""
    from interviews.selectors import overdue_seats
    from recruiting.selectors import user_language
    from recruiting.services.notifications import notification_create

    now = now or timezone.now()
    sent = 0
    for pk in list(overdue_seats(now=now).values_list("pk", flat=True)[:500]):
        with transaction.atomic():
            seat = (
                PanelMember.objects.select_for_update(skip_locked=True)
                .filter(pk=pk, scorecard_reminded_at__isnull=True)
                .select_related("interviewer", "interview__application__requisition")
                .first()
            )
            if seat is None:
                continue
            interview = seat.interview
            if seat.interviewer.email:
                notification_create(
                    recipient=seat.interviewer.email,
                    recipient_user=seat.interviewer,
                    template_key="interviews/scorecard_due",
                    language=user_language(seat.interviewer),
                    context={
                        "interview_id": interview.pk,
                        "scorecard_path": reverse("interviews:scorecard_edit", args=[interview.pk]),
                        "title_en": interview.application.requisition.title_en,
                        "title_zh": interview.application.requisition.title_zh,
                        "starts": interview.starts_at.isoformat(),
                    },
                )
            seat.scorecard_reminded_at = now
            seat.save(update_fields=["scorecard_reminded_at"])
            sent += 1
    return sent
