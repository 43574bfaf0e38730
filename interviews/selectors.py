"""Reads of the interviews app, each with its permission scope.

Scope: HR sees every interview; a hiring manager those of their own requisitions and those they sit
on; anyone else only the interviews they sit on (and, through them, those applications).

The blind rule: a person who sits on a panel of an application and has not yet submitted their own
card for that interview sees nobody else's cards of that application (HR and managers included).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import (
    Case,
    Exists,
    F,
    FloatField,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Collate, Round
from django.utils import timezone

from candidates.models import Application
from interviews import scoring
from interviews.models import Interview, PanelMember, Rating, Scorecard
from recruiting.roles import Role, has_role
from simulations.selectors import latest_results

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


def scorecards_for_applications(*, user, applications):
    """``scorecards_for`` over several applications (a person's, on the candidate page) in three
    queries whatever their number; ``applications`` come with their requisition."""
    applications = list(applications)
    ids = [a.pk for a in applications]
    if has_role(user, Role.HR):
        visible = set(ids)
    else:
        manager = has_role(user, Role.HIRING_MANAGER)
        visible = {a.pk for a in applications if manager and a.requisition.hiring_manager_id == user.pk}
        visible |= set(
            live_seats(user).filter(interview__application__in=ids).values_list("interview__application", flat=True)
        )
    blind = blind_seats(user).filter(interview__application__in=visible).values("interview__application")
    return (
        Scorecard.objects.filter(interview__application__in=visible)
        .filter(Q(interviewer=user) | (Q(status__in=SHOWN) & ~Q(interview__application__in=blind)))
        .select_related("interviewer", "interview")
        .prefetch_related("ratings")
        .order_by("interview__starts_at", "interviewer_id", "-version")
    )


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


def _current_ratings_of_application():
    """The scored ratings of the current submitted cards of the application in the outer query,
    grouped by application (for a subquery per application)."""
    return (
        Rating.objects.filter(
            scorecard__interview__application=OuterRef("pk"),
            scorecard__status=Scorecard.Status.SUBMITTED,
            score__isnull=False,
        )
        .order_by()
        .values("scorecard__interview__application")
    )


def annotate_average_score(queryset, user):
    """``average_score`` on applications: sum(score × weight) / sum(weight) over the ratings of
    current submitted cards (see ``interviews.scoring``), computed by the database; empty where the
    blind rule hides the scores from ``user``."""
    from django.db.models import DecimalField, ExpressionWrapper

    ratings = _current_ratings_of_application()
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


REVIEW_SORTS = ("overall", "spread", "name", "stage")
REVIEW_PAGE = 100


@dataclass
class ReviewRow:
    application: Application
    summary: scoring.Summary
    cards: list  # the current submitted scorecards, each opens from the row


@dataclass
class Review:
    requisition: object
    columns: dict  # competency -> (label, weight) as first seen on the page's cards, in that order
    page: Page  # of ReviewRow
    blind_for: set  # the ids of the page's applications whose cards the blind rule hides
    work_samples: dict  # application id -> its newest work-sample simulations.selectors.Result


def _weighted_mean():
    """``scoring.weighted_mean`` as an aggregate of ratings: sum(score × weight) / sum(weight), one
    double divided by another, both exact integers (weights in hundredths: the column is
    numeric(4,2), which SQLite keeps as a float, hence the rounding). That is the correctly rounded
    quotient, the same float Python gets from its Decimal quotient, so equal scores tie and others
    (at least 1e-12 apart) order exactly as in Python."""
    weight = Cast(Round(F("weight") * 100), IntegerField())
    return Cast(Sum(F("score") * weight), FloatField()) / Cast(Sum(weight), FloatField())


class _SpreadAcrossGroups(Func):
    """Highest minus lowest value of an aggregate across the groups of a grouped query, empty with
    fewer than two groups, in window functions over the groups: ``MAX(SUM(..)) OVER () - ..``.
    Django's ``Max`` refuses to wrap an aggregate; the SQL is standard (PostgreSQL and SQLite)."""

    template = "CASE WHEN COUNT(*) OVER () > 1 THEN MAX(%(expressions)s) OVER () - MIN(%(expressions)s) OVER () END"
    output_field = FloatField()
    contains_over_clause = True

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        return sql, (*params, *params)  # the argument is written twice


def _codepoint_order(field):
    """Python's str order (by code point) for ORDER BY: PostgreSQL's "C" collation compares UTF-8
    bytes, which is code point order; SQLite's default (BINARY) already does."""
    return Collate(F(field), "C") if connection.vendor == "postgresql" else F(field)


def _review_order(applications, *, hidden, sort):
    """The ids of ``applications`` ordered by ``sort`` as the review page offers it, ties by id.
    Overall and spread (highest first, applications without one last) are computed per application
    by the database from its current submitted ratings, as ``scoring.summarise`` does, and are empty
    for the ``hidden`` ones (the blind rule); name and stage sort in Python's str order."""
    if sort in ("name", "stage"):
        field = "candidate__full_name" if sort == "name" else "stage"
        return applications.order_by(_codepoint_order(field), "pk").values_list("pk", flat=True)
    ratings = _current_ratings_of_application()
    if sort == "overall":
        key = ratings.annotate(key=_weighted_mean())
    else:
        # The spread: highest minus lowest interviewer's own weighted mean (over all their ratings of
        # the application), given two interviewers at least: the ratings grouped by interviewer, the
        # extremes taken across the groups.
        key = ratings.values("scorecard__interviewer").annotate(key=_SpreadAcrossGroups(_weighted_mean()))[:1]
    key = Subquery(key.values("key"), output_field=FloatField())
    key = Case(When(pk__in=hidden, then=Value(None)), default=key, output_field=FloatField())
    return applications.alias(key=key).order_by(F("key").desc(nulls_last=True), "pk").values_list("pk", flat=True)


def review(*, user, requisition_id: int, stage: str | None = None, sort: str = "overall", page_number=None):
    """The side-by-side review of one requisition, or None when out of scope: the applications in
    ``stage`` (default: every one not rejected or withdrawn, those not yet interviewed included),
    ordered by ``sort`` and paged in the database; cards and ratings are loaded for the page's
    applications only and summarised by ``interviews.scoring``. The competencies (the columns) are
    those scored on the page's visible cards, in the order they first appear. A fixed number of
    queries whatever the number of applications and cards."""
    from requisitions.selectors import requisitions_visible_to

    requisition = requisitions_visible_to(user).filter(pk=requisition_id).first()
    if requisition is None or not (has_role(user, Role.HR) or requisition.hiring_manager_id == user.pk):
        return None
    applications = Application.objects.filter(requisition=requisition)
    if stage:
        applications = applications.filter(stage=stage)
    else:
        applications = applications.exclude(stage__in=["rejected", "withdrawn"])
    hidden = blind_seats(user).values("interview__application_id")
    paginator = Paginator(_review_order(applications, hidden=hidden, sort=sort), REVIEW_PAGE)
    paginator.count = applications.count()  # the ordered query's own count would repeat its subqueries
    page = paginator.get_page(page_number)
    ids = list(page.object_list)
    shown = (
        Application.objects.select_related("candidate")
        .defer("facts", "paths")
        .annotate(blind=Q(pk__in=hidden))
        .in_bulk(ids)
    )
    shown = [shown[pk] for pk in ids]
    blind_for = {a.pk for a in shown if a.blind}
    cards = list(
        Scorecard.objects.filter(
            interview__application_id__in=[a.pk for a in shown if not a.blind], status=Scorecard.Status.SUBMITTED
        )
        .select_related("interview", "interviewer")
        .only("recommendation", "interview__application", "interviewer__username", "interviewer__first_name",
              "interviewer__last_name")  # the page links each card by its interviewer's name, without its notes
        .order_by("interview__starts_at", "pk")
    )  # fmt: skip
    # The ratings as plain rows (the page shows figures, not ratings), in card order then by id.
    by_card = {}
    for card_id, *row in (
        Rating.objects.filter(scorecard__in=[card.pk for card in cards], score__isnull=False)
        .order_by("pk")
        .values_list("scorecard_id", "requirement_id", "key_item", "label", "weight", "score")
    ):
        by_card.setdefault(card_id, []).append(row)
    columns, ratings, recommendations, by_application = {}, {}, {}, {}
    for card in cards:
        application_id = card.interview.application_id
        recommendations.setdefault(application_id, []).append(card.recommendation)
        by_application.setdefault(application_id, []).append(card)
        for requirement, key_item, label, weight, score in by_card.get(card.pk, []):
            key = requirement or key_item
            columns.setdefault(key, (label, weight))
            ratings.setdefault(application_id, []).append(
                scoring.RatingRow(
                    card=card.pk,
                    interviewer=card.interviewer_id,
                    competency=key,
                    label=label,
                    weight=weight,
                    score=score,
                )
            )
    page.object_list = [
        ReviewRow(
            application=a,
            summary=scoring.summarise(ratings.get(a.pk, []), recommendations.get(a.pk, [])),
            cards=by_application.get(a.pk, []),
        )
        for a in shown
    ]
    work_samples = latest_results(user=user, application_ids=[a.pk for a in shown])
    return Review(requisition=requisition, columns=columns, page=page, blind_for=blind_for, work_samples=work_samples)


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
