"""Reads of the interviews app, each with its permission scope.

Scope: HR sees every interview; a hiring manager those of their own requisitions and those they sit
on; anyone else only the interviews they sit on (and, through them, those applications).

The blind rule: a person who sits on a panel of an application and has not yet submitted their own
card for that interview sees nobody else's cards of that application (HR and managers included).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from candidates.models import Application
from interviews import scoring
from interviews.models import Interview, PanelMember, Rating, Scorecard
from recruiting.roles import Role, has_role

SHOWN = (Scorecard.Status.SUBMITTED, Scorecard.Status.SUPERSEDED)


def live_seats(user):
    """The seats that give ``user`` access: on a scheduled interview, or on a cancelled one where
    they had already submitted their card (a cancelled panel member who never scored loses access)."""
    own_card = Scorecard.objects.filter(interview=OuterRef("interview"), interviewer=user, status__in=SHOWN)
    return PanelMember.objects.filter(interviewer=user).filter(
        Q(interview__status=Interview.Status.SCHEDULED) | Q(Exists(own_card))
    )


def interviews_for_user(user):
    interviews = Interview.objects.select_related(
        "application__candidate", "application__requisition", "scheduled_by"
    ).prefetch_related("interviewers")
    if has_role(user, Role.HR):
        return interviews
    seat = Q(Exists(live_seats(user).filter(interview=OuterRef("pk"))))
    if has_role(user, Role.HIRING_MANAGER):
        return interviews.filter(seat | Q(application__requisition__hiring_manager=user))
    return interviews.filter(seat)


def interview_list(*, user, status=None, round=None, application=None, mine=False):
    """Interviews in ``user``'s scope, newest first, filtered (``mine``: those they sit on)."""
    interviews = interviews_for_user(user).order_by("-starts_at", "-pk")
    if mine:
        interviews = interviews.filter(panel__interviewer=user)
    if status:
        interviews = interviews.filter(status=status)
    if round:
        interviews = interviews.filter(round=round)
    if application:
        interviews = interviews.filter(application_id=application)
    return interviews


def interview_for_user(*, user, pk):
    return interviews_for_user(user).filter(pk=pk).first()


def may_see_application(user, application) -> bool:
    """HR, the requisition's hiring manager, or someone on one of its interview panels."""
    if has_role(user, Role.HR):
        return True
    if has_role(user, Role.HIRING_MANAGER) and application.requisition.hiring_manager_id == user.pk:
        return True
    return live_seats(user).filter(interview__application=application).exists()


def is_blind(user, application) -> bool:
    """True while ``user`` sits on a scheduled interview of ``application`` without having submitted
    their own card for it."""
    return blind_seats(user).filter(interview__application=application).exists()


def scorecards_for(*, user, application):
    """The cards of ``application`` that ``user`` may read: their own always (drafts too); others'
    submitted and superseded versions unless the blind rule applies; nothing without scope."""
    if not may_see_application(user, application):
        return Scorecard.objects.none()
    cards = (
        Scorecard.objects.filter(interview__application=application)
        .select_related("interviewer", "interview")
        .prefetch_related("ratings")
        .order_by("interview__starts_at", "interviewer_id", "-version")
    )
    own = Q(interviewer=user)
    if is_blind(user, application):
        return cards.filter(own)
    return cards.filter(own | Q(status__in=SHOWN))


def own_cards(user):
    """``user``'s own cards, drafts included, of the interviews they still have access to (a draft on a
    cancelled interview they never scored is gone with it), newest first."""
    return (
        Scorecard.objects.filter(interviewer=user, interview__in=interviews_for_user(user).values("pk"))
        .select_related("interviewer", "interview")
        .prefetch_related("ratings")
        .order_by("-updated_at", "-pk")
    )


def scorecards_of_application(*, user, application_id):
    """``scorecards_for`` by the application's id (none for an id that names no application)."""
    application = Application.objects.select_related("requisition").filter(pk=application_id).first()
    return scorecards_for(user=user, application=application) if application else Scorecard.objects.none()


def scorecard_for(*, user, pk):
    card = Scorecard.objects.select_related("interview__application__requisition").filter(pk=pk).first()
    if card is None:
        return None
    return scorecards_for(user=user, application=card.interview.application).filter(pk=pk).first()


def blind_seats(user):
    """``user``'s seats on scheduled interviews without their submitted card: the applications of
    these interviews are the ones the blind rule hides from them."""
    submitted = Scorecard.objects.filter(
        interview=OuterRef("interview"), interviewer=OuterRef("interviewer"), status__in=SHOWN
    )
    return PanelMember.objects.filter(interview__status=Interview.Status.SCHEDULED, interviewer=user).exclude(
        Exists(submitted)
    )


def annotate_average_score(queryset, user):
    """``average_score`` on applications: sum(score × weight) / sum(weight) over the ratings of
    current submitted cards (see ``interviews.scoring``), computed by the database; empty where the
    blind rule hides the scores from ``user``."""
    from django.db.models import Case, DecimalField, ExpressionWrapper, F, FloatField, Subquery, Sum, Value, When
    from django.db.models.functions import Cast

    ratings = (
        Rating.objects.filter(
            scorecard__interview__application=OuterRef("pk"),
            scorecard__status=Scorecard.Status.SUBMITTED,
            score__isnull=False,
        )
        .order_by()
        .values("scorecard__interview__application")
    )
    weighted = ratings.annotate(
        v=ExpressionWrapper(
            Cast(Sum(ExpressionWrapper(F("score") * F("weight"), output_field=DecimalField())), FloatField())
            / Cast(Sum("weight"), FloatField()),
            output_field=FloatField(),
        )
    ).values("v")
    hidden = Exists(blind_seats(user).filter(interview__application=OuterRef("pk")))
    return queryset.annotate(
        average_score=Case(
            When(hidden, then=Value(None, output_field=FloatField())),
            default=Subquery(weighted, output_field=FloatField()),
            output_field=FloatField(),
        )
    )


@dataclass
class ReviewRow:
    application: Application
    summary: scoring.Summary
    cards: list  # the current submitted scorecards, each opens from the row


def review(*, user, requisition_id: int, stage: str | None = None):
    """The side-by-side review of one requisition: (requisition, competencies, rows) or None when
    out of scope. Competencies are the demand-table rows scored in any round; rows hold each
    application's summary. Four queries whatever the number of candidates and cards."""
    from requisitions.selectors import requisitions_visible_to

    requisition = requisitions_visible_to(user).filter(pk=requisition_id).first()
    if requisition is None or not (has_role(user, Role.HR) or requisition.hiring_manager_id == user.pk):
        return None
    applications = Application.objects.filter(requisition=requisition).select_related("candidate")
    if stage:
        applications = applications.filter(stage=stage)
    else:
        applications = applications.exclude(stage__in=["rejected", "withdrawn"])
    applications = list(applications.order_by("pk"))
    ids = [a.pk for a in applications]
    blind_for = set(
        blind_seats(user).filter(interview__application_id__in=ids).values_list("interview__application_id", flat=True)
    )
    cards = (
        Scorecard.objects.filter(interview__application_id__in=ids, status=Scorecard.Status.SUBMITTED)
        .exclude(interview__application_id__in=blind_for)
        .select_related("interview", "interviewer")
        .prefetch_related(Prefetch("ratings", queryset=Rating.objects.filter(score__isnull=False)))
        .order_by("interview__starts_at", "pk")
    )
    ratings, recommendations, by_application = {}, {}, {}
    columns = {}
    for card in cards:
        application_id = card.interview.application_id
        recommendations.setdefault(application_id, []).append(card.recommendation)
        by_application.setdefault(application_id, []).append(card)
        for rating in card.ratings.all():
            key = rating.requirement_id or rating.key_item
            columns.setdefault(key, (rating.label, rating.weight))
            ratings.setdefault(application_id, []).append(
                scoring.RatingRow(
                    card=card.pk,
                    interviewer=card.interviewer_id,
                    competency=key,
                    label=rating.label,
                    weight=rating.weight,
                    score=rating.score,
                )
            )
    rows = [
        ReviewRow(
            application=a,
            summary=scoring.summarise(ratings.get(a.pk, []), recommendations.get(a.pk, [])),
            cards=by_application.get(a.pk, []),
        )
        for a in applications
    ]
    return requisition, columns, rows, blind_for


def upcoming_for(user, *, now=None):
    now = now or timezone.now()
    return (
        interviews_for_user(user)
        .filter(panel__interviewer=user, status=Interview.Status.SCHEDULED, ends_at__gte=now)
        .order_by("starts_at")
    )


def due_scorecards_for(user, *, now=None):
    """Interviews of ``user``'s that have started and still lack their submitted card."""
    now = now or timezone.now()
    submitted = Scorecard.objects.filter(interview=OuterRef("pk"), interviewer=user, status__in=SHOWN)
    return (
        interviews_for_user(user)
        .filter(panel__interviewer=user, status=Interview.Status.SCHEDULED, starts_at__lte=now)
        .exclude(Exists(submitted))
        .order_by("starts_at")
    )


def history_for(user):
    return (
        Scorecard.objects.filter(interviewer=user, status__in=SHOWN)
        .select_related("interview__application__candidate", "interview__application__requisition")
        .order_by("-submitted_at", "-pk")
    )


def overdue_seats(*, now=None):
    """Panel seats whose interview ended more than 24 hours ago without a submitted card and whose
    interviewer has not been reminded yet."""
    now = now or timezone.now()
    submitted = Scorecard.objects.filter(
        interview=OuterRef("interview"), interviewer=OuterRef("interviewer"), status__in=SHOWN
    )
    return (
        PanelMember.objects.filter(
            interview__status=Interview.Status.SCHEDULED,
            interview__ends_at__lte=now - timedelta(hours=24),
            scorecard_reminded_at__isnull=True,
        )
        .exclude(Exists(submitted))
        .select_related("interviewer", "interview__application__requisition", "interview__application__candidate")
    )


def sits_on(user, interview) -> bool:
    return PanelMember.objects.filter(interview=interview, interviewer=user).exists()


def own_card(user, interview):
    """``user``'s open draft for ``interview``, else their current submitted card, else None."""
    cards = Scorecard.objects.filter(interview=interview, interviewer=user)
    return (
        cards.filter(status=Scorecard.Status.DRAFT).first() or cards.filter(status=Scorecard.Status.SUBMITTED).first()
    )
