"""A candidate's attempt at a simulation: HR invites (with extra time as an accommodation, and the
reviewers of the replies), the candidate does the practice item, starts the timed run, answers
(saved as they go, from any device: the attempt remembers where they were), and submits; the server
enforces the deadline. One attempt per application and simulation unless HR grants another.

The candidate's calls take no actor (they hold the status link); the audit row names the attempt."""

import random
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from candidates.models import ACTIVE_STAGES, Application
from candidates.status_links import status_path
from recruiting.models import Language
from recruiting.roles import Role, has_role
from recruiting.services.audit import audit_record
from recruiting.services.notifications import notification_create
from simulations import scoring
from simulations.models import Answer, Assignment, Attempt, Item, Review

TEXT_MAX = 5_000
EXTRA_MINUTES_MAX = 240
PASTES_COUNTED = 1000


def _hr(actor) -> None:
    if actor is None or not has_role(actor, Role.HR):
        raise PermissionDenied


def _reviewers_valid(reviewers) -> list:
    staff = [r for r in reviewers if has_role(r, Role.HR, Role.HIRING_MANAGER, Role.INTERVIEWER)]
    if len(staff) != len(reviewers):
        raise ValidationError({"reviewers": _("A reviewer must be a member of the recruiting staff.")})
    return staff


def _extra_valid(extra_minutes) -> int:
    if not isinstance(extra_minutes, int) or not 0 <= extra_minutes <= EXTRA_MINUTES_MAX:
        raise ValidationError(
            {"extra_minutes": _("Extra time must be between 0 and %(max)s minutes.") % {"max": EXTRA_MINUTES_MAX}}
        )
    return extra_minutes


def _notify_invited(attempt: Attempt) -> None:
    application = attempt.application
    simulation = attempt.assignment.simulation
    notification_create(
        recipient=application.candidate.email,
        template_key="simulations/invited",
        language=application.language,
        context={
            "name": application.candidate.full_name,
            "title_en": simulation.title_en,
            "title_zh": simulation.title_zh,
            "minutes": simulation.minutes + attempt.extra_minutes,
            "path": status_path(application),
        },
    )


def _new_attempt(*, actor, application, assignment, number, extra_minutes, reviewers) -> Attempt:
    attempt = Attempt.objects.create(
        assignment=assignment,
        application=application,
        number=number,
        language=application.language,
        extra_minutes=extra_minutes,
        invited_by=actor,
    )
    Review.objects.bulk_create(Review(attempt=attempt, reviewer=reviewer) for reviewer in reviewers)
    audit_record(actor=actor, verb="simulation.invited", target=application,
                 data={"attempt": attempt.pk, "number": number, "extra_minutes": extra_minutes,
                       "reviewers": [reviewer.pk for reviewer in reviewers]})  # fmt: skip
    _notify_invited(attempt)
    return attempt


def attempt_invite(*, actor, application: Application, extra_minutes: int = 0, reviewers=()) -> Attempt:
    """Invite the candidate to the simulation attached to their application's current stage."""
    _hr(actor)
    extra_minutes = _extra_valid(extra_minutes)
    reviewers = _reviewers_valid(list(reviewers))
    with transaction.atomic():
        application = Application.objects.select_for_update().select_related("candidate").get(pk=application.pk)
        if application.stage not in ACTIVE_STAGES:
            raise ValidationError(_("This application is closed."))
        assignment = (
            Assignment.objects.filter(requisition_id=application.requisition_id, stage=application.stage)
            .select_related("simulation")
            .first()
        )
        if assignment is None:
            raise ValidationError(_("No simulation is attached to this stage of the requisition."))
        if not assignment.simulation.items.filter(practice=False).exists():
            raise ValidationError(_("This simulation has no items yet."))
        earlier = Attempt.objects.filter(application=application, assignment=assignment)
        if earlier.exclude(status=Attempt.Status.CANCELLED).exists():
            raise ValidationError(
                _("The candidate has already been invited to this simulation; grant another attempt instead.")
            )
        number = (earlier.aggregate(last=Max("number"))["last"] or 0) + 1  # after cancelled ones: the next number
        return _new_attempt(actor=actor, application=application, assignment=assignment, number=number,
                            extra_minutes=extra_minutes, reviewers=reviewers)  # fmt: skip


def attempt_grant_another(*, actor, attempt: Attempt, reason: str) -> Attempt:
    """A new attempt after a submitted or cancelled one (a technical failure, say), with a reason."""
    _hr(actor)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why another attempt is granted.")})
    with transaction.atomic():
        application = Application.objects.select_for_update().select_related("candidate").get(pk=attempt.application_id)
        latest = Attempt.objects.filter(application=application, assignment=attempt.assignment_id).first()
        if latest.status in (Attempt.Status.INVITED, Attempt.Status.STARTED):
            raise ValidationError(_("The candidate's current attempt is still open."))
        if application.stage not in ACTIVE_STAGES:
            raise ValidationError(_("This application is closed."))
        reviewers = [review.reviewer for review in latest.reviews.select_related("reviewer")]
        reviewers = [
            r for r in reviewers if r.is_active and has_role(r, Role.HR, Role.HIRING_MANAGER, Role.INTERVIEWER)
        ]
        new = _new_attempt(actor=actor, application=application, assignment=latest.assignment, number=latest.number + 1,
                           extra_minutes=latest.extra_minutes, reviewers=reviewers)  # fmt: skip
        audit_record(actor=actor, verb="simulation.attempt_granted", target=application,
                     data={"attempt": new.pk, "reason": reason[:TEXT_MAX]})  # fmt: skip
        return new


def attempt_set_extra_time(*, actor, attempt: Attempt, extra_minutes: int) -> Attempt:
    """The accommodation: extra minutes on the time limit; on a running attempt it moves the deadline."""
    _hr(actor)
    extra_minutes = _extra_valid(extra_minutes)
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().select_related("assignment__simulation").get(pk=attempt.pk)
        if attempt.status not in (Attempt.Status.INVITED, Attempt.Status.STARTED):
            raise ValidationError(_("This attempt is over."))
        if attempt.deadline is not None:
            deadline = attempt.deadline + timedelta(minutes=extra_minutes - attempt.extra_minutes)
            if deadline <= timezone.now():
                raise ValidationError(
                    {"extra_minutes": _("That would end the candidate's run at once; leave them some time.")}
                )
            attempt.deadline = deadline
        before, attempt.extra_minutes = attempt.extra_minutes, extra_minutes
        attempt.save(update_fields=["extra_minutes", "deadline", "updated_at"])
        audit_record(actor=actor, verb="simulation.extra_time", target=attempt.application,
                     data={"attempt": attempt.pk, "from": before, "to": extra_minutes})  # fmt: skip
    return attempt


def attempt_cancel(*, actor, attempt: Attempt) -> Attempt:
    _hr(actor)
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.status not in (Attempt.Status.INVITED, Attempt.Status.STARTED):
            raise ValidationError(_("This attempt is over."))
        attempt.status = Attempt.Status.CANCELLED
        attempt.save(update_fields=["status", "updated_at"])
        audit_record(actor=actor, verb="simulation.cancelled", target=attempt.application,
                     data={"attempt": attempt.pk})  # fmt: skip
    return attempt


def attempts_cancel_for_closed(*, application, actor) -> None:
    """Inside the transaction that rejects or withdraws an application: its open attempts end."""
    open_attempts = Attempt.objects.select_for_update().filter(
        application=application, status__in=[Attempt.Status.INVITED, Attempt.Status.STARTED]
    )
    for attempt in open_attempts:
        attempt.status = Attempt.Status.CANCELLED
        attempt.save(update_fields=["status", "updated_at"])
        audit_record(actor=actor, verb="simulation.cancelled", target=application, data={"attempt": attempt.pk})


# The candidate's side ------------------------------------------------------------------------------


def _locked(attempt: Attempt) -> Attempt:
    return Attempt.objects.select_for_update().select_related("assignment__simulation").get(pk=attempt.pk)


def practice_item(attempt: Attempt) -> Item | None:
    return attempt.assignment.simulation.items.filter(practice=True).first()


def attempt_practice(*, attempt: Attempt, best: str, worst: str) -> dict:
    """The practice item: checked and explained, never scored. Returns {"best_right", "worst_right"}."""
    with transaction.atomic():
        attempt = _locked(attempt)
        if attempt.status != Attempt.Status.INVITED:
            raise ValidationError(_("The practice item comes before the timed run."))
        item = practice_item(attempt)
        if item is None:
            raise ValidationError(_("This simulation has no practice item."))
        keys = {key for key, _text in item.options()}
        if best not in keys or worst not in keys:
            raise ValidationError(_("Choose one best and one worst response."))
        if best == worst:
            raise ValidationError(_("The best and the worst response must differ."))
        attempt.practice_done = True
        attempt.save(update_fields=["practice_done", "updated_at"])
    return {"best_right": best == item.data["best"], "worst_right": worst == item.data["worst"]}


def _shuffled_order(attempt: Attempt) -> list[int]:
    """The scored items: messages, then judgement items, then typing, then the repetitive task, each
    group in an order of its own for this attempt (everyone gets the same items)."""
    rng = random.Random(f"{attempt.pk}:{attempt.number}")  # noqa: S311 (an order, not a secret)
    items = list(attempt.assignment.simulation.items.filter(practice=False).order_by("position", "pk"))
    order = []
    for kind in (Item.Kind.MESSAGE, Item.Kind.JUDGEMENT, Item.Kind.TYPING, Item.Kind.REPETITIVE):
        group = [item.pk for item in items if item.kind == kind]
        rng.shuffle(group)
        order.extend(group)
    return order


def attempt_start(*, attempt: Attempt, language: str | None = None, now=None) -> Attempt:
    """The timed run begins: the deadline is set by the server (limit plus any extra time); the run
    is taken in ``language`` (the typing passage is that language's), by default the application's."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = _locked(attempt)
        if attempt.status == Attempt.Status.STARTED:
            return attempt
        if attempt.status != Attempt.Status.INVITED:
            raise ValidationError(_("This attempt is over."))
        if Application.objects.filter(pk=attempt.application_id, stage__in=ACTIVE_STAGES).exists() is False:
            raise ValidationError(_("This application is closed."))
        simulation = attempt.assignment.simulation
        attempt.status = Attempt.Status.STARTED
        attempt.started_at = now
        attempt.deadline = now + timedelta(minutes=simulation.minutes + attempt.extra_minutes)
        attempt.order = _shuffled_order(attempt)
        attempt.position = 0
        if language in Language.values:
            attempt.language = language
        attempt.save(update_fields=["status", "started_at", "deadline", "order", "position", "language", "updated_at"])
        Answer.objects.bulk_create(Answer(attempt=attempt, item_id=item_id) for item_id in attempt.order)
        audit_record(actor=None, verb="simulation.started", target=attempt.application, data={"attempt": attempt.pk})
    return attempt


def seconds_left(attempt: Attempt, now=None) -> int:
    if attempt.deadline is None:
        return 0
    return max(0, int((attempt.deadline - (now or timezone.now())).total_seconds()))


def _past_deadline(attempt: Attempt, now) -> bool:
    return now > attempt.deadline + timedelta(seconds=settings.SIMULATION_GRACE_SECONDS)


TIME_UP = gettext_lazy("Time is up: your answers so far have been submitted.")


def _close_if_overdue(attempt: Attempt, now) -> None:
    """A run past its deadline is submitted as it stands, in a transaction of its own (so the
    refusal that follows does not undo it), and the caller is told so."""
    with transaction.atomic():
        locked = _locked(attempt)
        overdue = locked.status == Attempt.Status.STARTED and _past_deadline(locked, now)
        if overdue:
            _finish(locked, now=now, timed_out=True)
    if overdue:
        raise ValidationError(str(TIME_UP), code="timed_out")


def _running(attempt: Attempt, now) -> Attempt:
    """``attempt`` locked (inside the caller's transaction) and still running."""
    attempt = _locked(attempt)
    if attempt.status != Attempt.Status.STARTED:
        raise ValidationError(_("This attempt is over."))
    if _past_deadline(attempt, now):
        raise ValidationError(str(TIME_UP), code="timed_out")
    return attempt


def attempt_open_item(*, attempt: Attempt, position: int, now=None) -> Answer:
    """The candidate moves to the item at ``position`` (0-based in their order); the typing task's
    clock starts the first time it is opened."""
    now = now or timezone.now()
    _close_if_overdue(attempt, now)
    with transaction.atomic():
        attempt = _running(attempt, now)
        if not isinstance(position, int) or not 0 <= position < len(attempt.order):
            raise ValidationError(_("There is no such item."))
        attempt.position = position
        attempt.save(update_fields=["position", "updated_at"])
        answer = Answer.objects.select_related("item").get(attempt=attempt, item_id=attempt.order[position])
        if answer.item.kind == Item.Kind.TYPING and answer.opened_at is None:
            answer.opened_at = now
            answer.save(update_fields=["opened_at"])
    return answer


def _typing_closed(answer: Answer, now) -> bool:
    seconds = answer.item.data.get("seconds", 60) + settings.SIMULATION_GRACE_SECONDS
    return answer.opened_at is None or now > answer.opened_at + timedelta(seconds=seconds)


def answer_save(*, attempt: Attempt, item_id: int, text: str | None = None, choice: dict | None = None,
                now=None) -> Answer:  # fmt: skip
    """Save what the candidate has given for one item so far (every change is sent as they work)."""
    now = now or timezone.now()
    _close_if_overdue(attempt, now)
    with transaction.atomic():
        attempt = _running(attempt, now)
        answer = Answer.objects.select_related("item").filter(attempt=attempt, item_id=item_id).first()
        if answer is None:
            raise ValidationError(_("There is no such item."))
        item = answer.item
        fields = ["saved_at"]
        if item.kind in (Item.Kind.MESSAGE, Item.Kind.TYPING):
            if not isinstance(text, str):
                raise ValidationError(_("Write your answer as text."))
            text = text.replace("\r\n", "\n").replace("\x00", "")  # a browser's line break counts once
            if len(text) > TEXT_MAX:
                raise ValidationError(_("An answer may be at most %(max)s characters.") % {"max": TEXT_MAX})
            if item.kind == Item.Kind.TYPING and _typing_closed(answer, now):
                raise ValidationError(
                    _("The typing task's time is over; what you typed before is kept."), code="typing_closed"
                )
            answer.text = text
            fields.append("text")
        else:
            answer.choice = _clean_choice(item, choice)
            fields.append("choice")
        answer.saved_at = now
        answer.save(update_fields=fields)
    return answer


def _clean_choice(item: Item, choice) -> dict:
    if not isinstance(choice, dict):
        raise ValidationError(_("Choose from the options shown."))
    if item.kind == Item.Kind.JUDGEMENT:
        keys = {key for key, _text in item.options()}
        best, worst = choice.get("best") or "", choice.get("worst") or ""
        if (best and best not in keys) or (worst and worst not in keys):
            raise ValidationError(_("Choose from the options shown."))
        if best and best == worst:
            raise ValidationError(_("The best and the worst response must differ."))
        return {"best": best, "worst": worst}
    rows = len(item.data["rows"])
    marks = choice.get("marks")
    if not isinstance(marks, list) or len(marks) != rows or any(mark not in (True, False, None) for mark in marks):
        raise ValidationError(_("Mark each row as matching or different."))
    return {"marks": marks}


def answer_record_paste(*, attempt: Attempt, item_id: int, now=None) -> None:
    """A paste into the typing task was refused by the page: count it (HR sees the count)."""
    now = now or timezone.now()
    _close_if_overdue(attempt, now)
    with transaction.atomic():
        attempt = _running(attempt, now)
        answer = Answer.objects.filter(attempt=attempt, item_id=item_id, item__kind=Item.Kind.TYPING).first()
        if answer is None:
            raise ValidationError(_("There is no such item."))
        if attempt.pastes >= PASTES_COUNTED:
            return  # counted enough: the number only has to show that it happened, and how persistently
        answer.pastes += 1
        answer.save(update_fields=["pastes"])
        attempt.pastes += 1
        attempt.save(update_fields=["pastes", "updated_at"])


def _finish(attempt: Attempt, *, now, timed_out: bool) -> None:
    """Score the automatic parts and close the attempt (attempt locked by the caller)."""
    judgement = [0, 0]
    typing, repetitive = [], []
    for answer in Answer.objects.filter(attempt=attempt).select_related("item"):
        item = answer.item
        if item.kind == Item.Kind.JUDGEMENT:
            judgement[0] += scoring.judgement_points(answer.choice, item.data)
            judgement[1] += 2
        elif item.kind == Item.Kind.TYPING:
            passage = item.prompt_in(attempt.language)
            used = (answer.saved_at - answer.opened_at).total_seconds() if answer.opened_at and answer.saved_at else 0
            seconds = item.data.get("seconds", 60) + settings.SIMULATION_GRACE_SECONDS  # the longest a save counts
            typing.append((scoring.typing_cpm(answer.text, passage, used, seconds),
                           scoring.typing_accuracy(answer.text, passage)))  # fmt: skip
        elif item.kind == Item.Kind.REPETITIVE:
            repetitive.append(scoring.repetitive_accuracy(answer.choice.get("marks", []), item.data["key"]))
    attempt.judgement_points, attempt.judgement_max = judgement if judgement[1] else (None, None)
    attempt.typing_cpm = sum(t[0] for t in typing) / len(typing) if typing else None
    attempt.typing_accuracy = sum(t[1] for t in typing) / len(typing) if typing else None
    attempt.repetitive_accuracy = sum(repetitive) / len(repetitive) if repetitive else None
    attempt.status = Attempt.Status.SUBMITTED
    attempt.submitted_at = now
    attempt.timed_out = timed_out
    attempt.save(
        update_fields=["judgement_points", "judgement_max", "typing_cpm", "typing_accuracy", "repetitive_accuracy",
                       "status", "submitted_at", "timed_out", "updated_at"]
    )  # fmt: skip
    audit_record(actor=None, verb="simulation.submitted", target=attempt.application,
                 data={"attempt": attempt.pk, "timed_out": timed_out})  # fmt: skip


def attempt_submit(*, attempt: Attempt, now=None) -> Attempt:
    """The candidate hands in (after the deadline the run is submitted as timed out)."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = _locked(attempt)
        if attempt.status != Attempt.Status.STARTED:
            raise ValidationError(_("This attempt is over."))
        _finish(attempt, now=now, timed_out=now > attempt.deadline)
    return attempt


def attempt_close_if_over(*, attempt: Attempt, now=None) -> Attempt:
    """The candidate's page reports their clock at zero (after sending its last answer): a run past
    its deadline is submitted as it stands. Before the deadline nothing happens."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = _locked(attempt)
        if attempt.status == Attempt.Status.STARTED and now >= attempt.deadline:
            _finish(attempt, now=now, timed_out=True)
    return attempt


def attempts_close_overdue(*, now=None) -> int:
    """The periodic sweep: runs past their deadline that nobody submitted (the candidate closed the
    page) are submitted as they stand."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.SIMULATION_GRACE_SECONDS)
    closed = 0
    for pk in Attempt.objects.filter(status=Attempt.Status.STARTED, deadline__lt=cutoff).values_list("pk", flat=True):
        with transaction.atomic():
            attempt = Attempt.objects.select_for_update().get(pk=pk)
            if attempt.status == Attempt.Status.STARTED and _past_deadline(attempt, now):
                _finish(attempt, now=now, timed_out=True)
                closed += 1
    return closed


def answers_erase(*, application_ids) -> None:
    """Inside the transaction that erases a person: what they wrote in their work samples, and the
    reviewers' comments on it, are blanked (the scores stay, as statistics)."""
    Answer.objects.filter(attempt__application_id__in=application_ids).update(text="")
    Review.objects.filter(attempt__application_id__in=application_ids).update(comment="")
