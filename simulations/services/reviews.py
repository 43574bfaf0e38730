"""Rubric scoring of an attempt's free-text replies: HR names the reviewers; each scores every reply
on the five dimensions (1–5) without the candidate's name and without seeing the others' scores
until their own review is submitted; a submitted review is locked."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from recruiting.services.audit import audit_record
from simulations.models import Answer, Attempt, Dimension, Item, Review, ReviewScore
from simulations.services.attempts import TEXT_MAX, _hr, _reviewers_valid


def replies(attempt: Attempt) -> list[Answer]:
    """The attempt's free-text replies (the customer messages), in the attempt's order."""
    answers = {a.item_id: a for a in attempt.answers.filter(item__kind=Item.Kind.MESSAGE).select_related("item")}
    return [answers[item_id] for item_id in attempt.order if item_id in answers]


def reviewers_add(*, actor, attempt: Attempt, reviewers) -> list[Review]:
    """HR names more reviewers of an attempt (those already named are kept)."""
    _hr(actor)
    reviewers = _reviewers_valid(list(reviewers))
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.status == Attempt.Status.CANCELLED:
            raise ValidationError(_("This attempt was cancelled."))
        known = set(attempt.reviews.values_list("reviewer_id", flat=True))
        added = Review.objects.bulk_create(
            Review(attempt=attempt, reviewer=reviewer) for reviewer in reviewers if reviewer.pk not in known
        )
        if added:
            audit_record(actor=actor, verb="simulation.reviewers_added", target=attempt.application,
                         data={"attempt": attempt.pk, "reviewers": [r.reviewer_id for r in added]})  # fmt: skip
    return added


def _own_draft(actor, review: Review) -> Review:
    review = Review.objects.select_for_update().select_related("attempt").get(pk=review.pk)
    if actor is None or review.reviewer_id != actor.pk:
        raise PermissionDenied
    if review.status != Review.Status.DRAFT:
        raise ValidationError(_("This review has been submitted and is locked."))
    if review.attempt.status != Attempt.Status.SUBMITTED:
        raise ValidationError(_("The candidate has not submitted this simulation yet."))
    return review


def review_save(*, actor, review: Review, scores: dict, comment: str = "") -> Review:
    """Save a draft: ``scores`` maps (answer id, dimension) to 1–5 or None."""
    if len(comment or "") > TEXT_MAX:
        raise ValidationError({"comment": _("At most %(max)s characters.") % {"max": TEXT_MAX}})
    with transaction.atomic():
        review = _own_draft(actor, review)
        answers = {answer.pk for answer in replies(review.attempt)}
        rows = []
        for (answer_id, dimension), score in scores.items():
            if answer_id not in answers or dimension not in Dimension.values:
                raise ValidationError(_("Score only the replies and dimensions shown."))
            if score is not None and (not isinstance(score, int) or not 1 <= score <= 5):
                raise ValidationError(_("A score is a whole number from 1 to 5."))
            rows.append(ReviewScore(review=review, answer_id=answer_id, dimension=dimension, score=score))
        ReviewScore.objects.bulk_create(
            rows, update_conflicts=True, unique_fields=["review", "answer", "dimension"], update_fields=["score"]
        )
        review.comment = (comment or "").replace("\x00", "")
        review.save(update_fields=["comment", "updated_at"])
    return review


def review_submit(*, actor, review: Review) -> Review:
    """Lock the review; every reply needs a score on every dimension."""
    with transaction.atomic():
        review = _own_draft(actor, review)
        needed = len(replies(review.attempt)) * len(Dimension.values)
        given = review.scores.filter(score__isnull=False).count()
        if given < needed:
            raise ValidationError(_("Score every reply on every dimension before submitting (%(given)s of %(needed)s).")
                                  % {"given": given, "needed": needed})  # fmt: skip
        review.status = Review.Status.SUBMITTED
        review.submitted_at = timezone.now()
        review.save(update_fields=["status", "submitted_at", "updated_at"])
        audit_record(actor=actor, verb="simulation.review_submitted", target=review.attempt.application,
                     data={"attempt": review.attempt_id, "review": review.pk})  # fmt: skip
    return review
