"""Reads of simulations, attempts and reviews, with their scopes and the blind rule: a reviewer
named on an attempt sees no other reviewer's scores (and no rubric result) until their own review
is submitted; the scoring page never shows the candidate's name."""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q

from recruiting.roles import Role, has_role
from simulations import scoring
from simulations.models import Assignment, Attempt, Dimension, Item, Review, ReviewScore, Simulation

# Where a rubric dimension and the automatic parts count as evidence of the demand table's key items.
DIMENSION_KEY_ITEMS = {
    Dimension.EMPATHY: "empathy",
    Dimension.ACCURACY: "problem_solving",
    Dimension.TONE: "communication",
    Dimension.RESOLUTION: "problem_solving",
    Dimension.POLICY: "professional_knowledge",
}


def simulations_for(user):
    if not has_role(user, Role.HR):
        return Simulation.objects.none()
    return Simulation.objects.annotate(
        item_count=Count("items", filter=Q(items__practice=False), distinct=True),
        attempt_count=Count("assignments__attempts", distinct=True),
    ).order_by("-from_library", "title_en", "pk")


def simulation_for(user, pk):
    return simulations_for(user).filter(pk=pk).first()


def assignments_of(requisition_id: int):
    return Assignment.objects.filter(requisition_id=requisition_id).select_related("simulation").order_by("stage")


def attempt_of_application(application, pk):
    """The candidate's own attempt (by their status link's application): another one is None."""
    return (
        Attempt.objects.filter(application=application, pk=pk)
        .exclude(status=Attempt.Status.CANCELLED)
        .select_related("assignment__simulation", "application")
        .first()
    )


def open_attempts_of_application(application):
    return list(
        Attempt.objects.filter(application=application)
        .exclude(status=Attempt.Status.CANCELLED)
        .select_related("assignment__simulation")
        .order_by("-created_at")
    )


def items_in_order(attempt: Attempt) -> list[Item]:
    items = Item.objects.in_bulk(attempt.order)
    return [items[pk] for pk in attempt.order if pk in items]


def overview(attempt: Attempt) -> list:
    """The run's items for its overview: (position, item, answered)."""
    saved = set(attempt.answers.filter(saved_at__isnull=False).values_list("item_id", flat=True))
    return [(i, item, item.pk in saved) for i, item in enumerate(items_in_order(attempt))]


def typing_seconds_left(answer, now) -> int:
    """What the typing task's own clock shows: its limit from when it was first opened."""
    if answer.opened_at is None:
        return answer.item.data.get("seconds", 60)
    used = (now - answer.opened_at).total_seconds()
    return max(0, int(answer.item.data.get("seconds", 60) - used))


def rows_with_marks(answer) -> list:
    """The repetitive task's rows with the candidate's marks so far: (index, row, mark)."""
    rows = answer.item.data["rows"]
    marks = answer.choice.get("marks") or [None] * len(rows)
    return [(i, row, marks[i]) for i, row in enumerate(rows)]


def blind_reviews(user):
    """The attempts on which ``user`` is a reviewer who has not submitted yet."""
    return Review.objects.filter(reviewer=user, status=Review.Status.DRAFT)


def is_blind(user, attempt) -> bool:
    return blind_reviews(user).filter(attempt=attempt).exists()


@dataclass
class Result:
    attempt: Attempt
    rubric: scoring.RubricSummary | None  # None: hidden from this user by the blind rule
    reviews_pending: int

    @property
    def judgement_percent(self):
        a = self.attempt
        return round(100 * a.judgement_points / a.judgement_max) if a.judgement_max else None

    def key_items(self) -> dict:
        """The rubric dimensions' means by the demand-table key item they are evidence for."""
        if self.rubric is None:
            return {}
        found = {}
        for dimension, mean in self.rubric.dimensions.items():
            if mean is not None:
                found.setdefault(DIMENSION_KEY_ITEMS[dimension], []).append(mean)
        return {key: sum(values) / len(values) for key, values in found.items()}


def results_for_applications(*, user, application_ids) -> dict:
    """Each application's latest attempt (not cancelled) and its result as ``user`` may see it:
    application id -> list of Result, newest first. Three queries whatever the number."""
    attempts = list(
        Attempt.objects.filter(application_id__in=list(application_ids))
        .exclude(status=Attempt.Status.CANCELLED)
        .select_related("assignment__simulation")
        .annotate(
            blind=Exists(blind_reviews(user).filter(attempt=OuterRef("pk"))),
            pending=Count("reviews", filter=Q(reviews__status=Review.Status.DRAFT), distinct=True),
            submitted_reviews=Count("reviews", filter=Q(reviews__status=Review.Status.SUBMITTED), distinct=True),
        )
        .order_by("application_id", "-number", "-pk")
    )
    shown = [a.pk for a in attempts if not a.blind and a.status == Attempt.Status.SUBMITTED]
    scores = {}
    for attempt_id, dimension, score in ReviewScore.objects.filter(
        review__attempt_id__in=shown, review__status=Review.Status.SUBMITTED
    ).values_list("review__attempt_id", "dimension", "score"):
        scores.setdefault(attempt_id, []).append((dimension, score))
    found = {}
    for attempt in attempts:
        rubric = None
        if not attempt.blind and attempt.status == Attempt.Status.SUBMITTED:
            rubric = scoring.rubric_summary(scores.get(attempt.pk, []), Dimension.values, attempt.submitted_reviews)
        found.setdefault(attempt.application_id, []).append(
            Result(attempt=attempt, rubric=rubric, reviews_pending=attempt.pending)
        )
    return found


def latest_results(*, user, application_ids) -> dict:
    """application id -> the Result of its newest attempt."""
    return {
        key: results[0] for key, results in results_for_applications(user=user, application_ids=application_ids).items()
    }


def reviews_for(user):
    """The reviews ``user`` was named on, of attempts the candidate has submitted (the queue)."""
    return (
        Review.objects.filter(reviewer=user, attempt__status=Attempt.Status.SUBMITTED)
        .select_related("attempt__assignment__simulation", "attempt__assignment__requisition")
        .order_by("status", "attempt__submitted_at", "pk")
    )


def review_for(user, pk):
    return reviews_for(user).filter(pk=pk).first()


def others_reviews(review: Review):
    """The other submitted reviews of the same attempt, shown only once ``review`` is submitted."""
    if review.status != Review.Status.SUBMITTED:
        return []
    return list(
        Review.objects.filter(attempt_id=review.attempt_id, status=Review.Status.SUBMITTED)
        .exclude(pk=review.pk)
        .select_related("reviewer")
        .prefetch_related("scores")
    )


def export_of(*, application_ids) -> list:
    """A person's work samples for their export (the right of access): each attempt's answers,
    automatic scores and submitted reviews."""
    attempts = (
        Attempt.objects.filter(application_id__in=application_ids)
        .select_related("assignment__simulation")
        .prefetch_related("answers__item", "reviews__scores")
        .order_by("pk")
    )
    return [
        {
            "simulation": attempt.assignment.simulation.title_en,
            "attempt": attempt.number,
            "status": attempt.status,
            "started_at": attempt.started_at.isoformat() if attempt.started_at else None,
            "submitted_at": attempt.submitted_at.isoformat() if attempt.submitted_at else None,
            "timed_out": attempt.timed_out,
            "extra_minutes": attempt.extra_minutes,
            "judgement_points": attempt.judgement_points,
            "judgement_max": attempt.judgement_max,
            "typing_cpm": attempt.typing_cpm,
            "typing_accuracy": attempt.typing_accuracy,
            "repetitive_accuracy": attempt.repetitive_accuracy,
            "refused_pastes": attempt.pastes,
            "answers": [
                {"item": answer.item.title_en, "text": answer.text, "choice": answer.choice}
                for answer in attempt.answers.all()
            ],
            "reviews": [
                {
                    "submitted_at": review.submitted_at.isoformat() if review.submitted_at else None,
                    "comment": review.comment,
                    "scores": [{"dimension": s.dimension, "score": s.score} for s in review.scores.all()],
                }
                for review in attempt.reviews.all()
                if review.status == Review.Status.SUBMITTED
            ],
        }
        for attempt in attempts
    ]
