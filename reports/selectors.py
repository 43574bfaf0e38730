"""The dashboard's figures, each computed by the database (aggregates over the filtered scope), in a
fixed number of queries whatever the data size.

Scope: the applications of requisitions the user may report on (HR all; a hiring manager their own),
narrowed by the filters: applied between two dates, department, requisition, level, source.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from candidates.models import Application, Offer, Probation, Source, Stage, StageEvent
from candidates.pipeline import ORDER
from recruiting.roles import Role, has_role
from requisitions.models import Requisition


@dataclass
class Filters:
    start: date | None = None
    end: date | None = None
    department: int | None = None
    requisition: int | None = None
    level: str | None = None
    source: str | None = None
    extra: dict = field(default_factory=dict)


def requisitions_in_scope(user, filters: Filters):
    requisitions = Requisition.objects.all()
    if not has_role(user, Role.HR):
        if not has_role(user, Role.HIRING_MANAGER):
            return Requisition.objects.none()
        requisitions = requisitions.filter(hiring_manager=user)
    if filters.department:
        requisitions = requisitions.filter(department_id=filters.department)
    if filters.requisition:
        requisitions = requisitions.filter(pk=filters.requisition)
    if filters.level:
        requisitions = requisitions.filter(level=filters.level)
    return requisitions


def applications_in_scope(user, filters: Filters):
    applications = Application.objects.filter(requisition__in=requisitions_in_scope(user, filters))
    if filters.start:
        applications = applications.filter(created_at__date__gte=filters.start)
    if filters.end:
        applications = applications.filter(created_at__date__lte=filters.end)
    if filters.source:
        applications = applications.filter(source=filters.source)
    return applications


def _reached(stage):
    return Exists(StageEvent.objects.filter(application=OuterRef("pk"), to_stage=stage))


def funnel(applications) -> list[dict]:
    """Per pipeline stage: how many applications ever reached it, and the conversion from the stage
    before (reached this / reached the previous). One query."""
    counts = applications.aggregate(
        **{stage: Count("pk", filter=Q(_reached(stage))) for stage in ORDER}
    )  # fmt: skip
    labels = dict(Stage.choices)
    rows, previous = [], None
    for stage in ORDER:
        reached = counts[stage]
        rows.append({
            "stage": stage, "label": labels[stage], "reached": reached,
            "conversion": (reached / previous) if previous else None,
        })  # fmt: skip
        previous = reached
    return rows


def sources(applications) -> list[dict]:
    """Per channel: applications, interviewed (reached first interview), offered, hired, and
    probation passes (hired is reached only by passing probation). One query."""
    labels = dict(Source.choices)
    rows = (
        applications.order_by()
        .values("source")
        .annotate(
            applications=Count("pk"),
            interviews=Count("pk", filter=Q(_reached(Stage.FIRST_INTERVIEW))),
            offers=Count("pk", filter=Q(_reached(Stage.OFFER))),
            hires=Count("pk", filter=Q(_reached(Stage.HIRED))),
        )
        .order_by("-applications", "source")
    )
    return [row | {"label": labels.get(row["source"], row["source"]), "passes": row["hires"]} for row in rows]


def rejection_reasons(applications) -> list[dict]:
    """Rejections by the stage they happened at and the reason given. One query."""
    labels = dict(Stage.choices)
    rows = (
        StageEvent.objects.filter(application__in=applications, to_stage=Stage.REJECTED)
        .order_by()
        .values("from_stage", "reason__code", "reason__label_en", "reason__label_zh")
        .annotate(count=Count("pk"))
        .order_by("from_stage", "-count")
    )
    from requisitions.models import pick_language

    return [
        {
            "stage": row["from_stage"],
            "stage_label": labels.get(row["from_stage"], row["from_stage"]),
            "reason": row["reason__code"] or "",
            "reason_label": pick_language(row["reason__label_en"] or "", row["reason__label_zh"] or "") or "—",
            "count": row["count"],
        }
        for row in rows
    ]


def rates(applications) -> dict:
    """Offer acceptance (accepted / answered or expired) and probation pass (passed / decided). Two
    queries."""
    offers = Offer.objects.filter(application__in=applications).aggregate(
        accepted=Count("pk", filter=Q(status=Offer.Status.ACCEPTED)),
        closed=Count("pk", filter=Q(status__in=[Offer.Status.ACCEPTED, Offer.Status.DECLINED, Offer.Status.EXPIRED])),
    )
    probation = Probation.objects.filter(application__in=applications).aggregate(
        passed=Count("pk", filter=Q(status=Probation.Status.PASSED)),
        decided=Count("pk", filter=Q(status__in=[Probation.Status.PASSED, Probation.Status.TERMINATED])),
    )
    return {
        "offers_accepted": offers["accepted"],
        "offers_closed": offers["closed"],
        "offer_acceptance": offers["accepted"] / offers["closed"] if offers["closed"] else None,
        "probation_passed": probation["passed"],
        "probation_decided": probation["decided"],
        "probation_pass_rate": probation["passed"] / probation["decided"] if probation["decided"] else None,
    }


AGE_BUCKETS = [(0, 30), (31, 60), (61, 90), (91, None)]


def open_requisitions_by_age(requisitions, *, today=None) -> list[dict]:
    """Open requisitions by days since they were published. One query."""
    today = today or timezone.localdate()
    open_ones = requisitions.filter(status=Requisition.Status.OPEN, published_at__isnull=False)
    buckets = {}
    for low, high in AGE_BUCKETS:
        condition = Q(published_at__date__lte=today - timedelta(days=low))
        if high is not None:
            condition &= Q(published_at__date__gte=today - timedelta(days=high))
        buckets[f"b{low}"] = Count("pk", filter=condition)
    counts = open_ones.aggregate(**buckets)
    return [
        {"label": f"{low}–{high}" if high is not None else f"{low}+", "count": counts[f"b{low}"]}
        for low, high in AGE_BUCKETS
    ]


def dashboard(user, filters: Filters) -> dict:
    applications = applications_in_scope(user, filters)
    requisitions = requisitions_in_scope(user, filters)
    return {
        "funnel": funnel(applications),
        "sources": sources(applications),
        "rejections": rejection_reasons(applications),
        "rates": rates(applications),
        "ages": open_requisitions_by_age(requisitions),
        "stage_times": time_in_stage(applications),
        "fill": time_to_fill(requisitions),
        "hire": time_to_hire(applications),
        "calibration": calibration(applications),
        "quality": quality_of_hire(applications),
    }


def filter_choices(user) -> dict:
    """What the filter form offers: departments, and the requisitions the user may report on."""
    from requisitions.models import Department

    return {
        "departments": list(Department.objects.order_by("name_en")),
        "requisitions": list(requisitions_in_scope(user, Filters()).order_by("-created_at")[:200]),
    }


DAY = 86400.0
MIN_CASES = 5  # quality of hire hides a competency with fewer passes or failures than this
# Stages whose time is measured (a stay counts once the application has left the stage).
TIMED_STAGES = ["resume_screen", "first_interview", "second_interview", "offer", "probation"]


def time_in_stage(applications) -> list[dict]:
    """Median and 90th percentile of the days applications spent in each stage (completed stays:
    from entering to the next move). One query."""
    from django.db.models import OuterRef, Subquery

    from reports.aggregates import Percentile, Seconds

    left_at = (
        StageEvent.objects.filter(application=OuterRef("application"), created_at__gt=OuterRef("created_at"))
        .order_by("created_at", "pk")
        .values("created_at")[:1]
    )
    rows = (
        StageEvent.objects.filter(application__in=applications, to_stage__in=TIMED_STAGES)
        .annotate(left_at=Subquery(left_at))
        .filter(left_at__isnull=False)
        .annotate(seconds=Seconds("left_at", "created_at"))
        .order_by()
        .values("to_stage")
        .annotate(stays=Count("pk"), p50=Percentile("seconds", 0.5), p90=Percentile("seconds", 0.9))
    )
    found = {row["to_stage"]: row for row in rows}
    labels = dict(Stage.choices)
    return [
        {
            "stage": stage,
            "label": labels[stage],
            "stays": found.get(stage, {}).get("stays", 0),
            "median_days": _days(found.get(stage, {}).get("p50")),
            "p90_days": _days(found.get(stage, {}).get("p90")),
        }
        for stage in TIMED_STAGES
    ]


def _days(seconds):
    return None if seconds is None else round(seconds / DAY, 1)


def time_to_fill(requisitions) -> list[dict]:
    """Per level: requisitions filled (a first accepted offer), median and mean days from approval to
    that acceptance, against the level's target. One query."""
    from django.conf import settings
    from django.db.models import Avg, OuterRef, Subquery

    from reports.aggregates import Percentile, Seconds
    from requisitions.choices import Level

    first_accept = (
        Offer.objects.filter(application__requisition=OuterRef("pk"), status=Offer.Status.ACCEPTED)
        .order_by("decided_at")
        .values("decided_at")[:1]
    )
    rows = (
        requisitions.filter(approved_at__isnull=False)
        .annotate(accepted_at=Subquery(first_accept))
        .filter(accepted_at__isnull=False)
        .annotate(seconds=Seconds("accepted_at", "approved_at"))
        .order_by()
        .values("level")
        .annotate(filled=Count("pk"), p50=Percentile("seconds", 0.5), mean=Avg("seconds"))
    )
    found = {row["level"]: row for row in rows}
    targets = settings.TIME_TO_FILL_TARGET_DAYS
    result = []
    for level, label in Level.choices:
        row = found.get(level, {})
        median = _days(row.get("p50"))
        target = targets.get(level)
        result.append({
            "level": level, "label": label, "filled": row.get("filled", 0), "median_days": median,
            "mean_days": _days(row.get("mean")), "target_days": target,
            "on_target": None if median is None or target is None else median <= target,
        })  # fmt: skip
    return result


def time_to_hire(applications) -> dict:
    """Days from applying to accepting the offer: median and mean over accepted offers. One query."""
    from django.db.models import Avg

    from reports.aggregates import Percentile, Seconds

    figures = (
        Offer.objects.filter(application__in=applications, status=Offer.Status.ACCEPTED, decided_at__isnull=False)
        .annotate(seconds=Seconds("decided_at", "application__created_at"))
        .aggregate(hires=Count("pk"), p50=Percentile("seconds", 0.5), mean=Avg("seconds"))
    )
    return {"hires": figures["hires"], "median_days": _days(figures["p50"]), "mean_days": _days(figures["mean"])}


def calibration(applications) -> list[dict]:
    """Per interviewer (current submitted cards on the applications in scope): cards, their mean
    rating, the panel's mean rating on the same applications and the difference, and the share of
    strong yes and strong no. Two queries (the panel means in one, whatever the number of interviewers)."""
    from django.db.models import Avg

    from interviews.models import Scorecard

    submitted = Scorecard.objects.filter(status=Scorecard.Status.SUBMITTED, interview__application__in=applications)
    rows = (
        submitted.order_by()
        .values("interviewer", "interviewer__username", "interviewer__first_name", "interviewer__last_name")
        .annotate(
            cards=Count("pk", distinct=True),
            mean=Avg("ratings__score"),
            strong_yes=Count("pk", filter=Q(recommendation="strong_yes"), distinct=True),
            strong_no=Count("pk", filter=Q(recommendation="strong_no"), distinct=True),
        )
        .order_by("interviewer__username")
    )
    panel_means = _panel_means(submitted)
    result = []
    for row in rows:
        name = f"{row['interviewer__first_name']} {row['interviewer__last_name']}".strip()
        mean, panel = row["mean"], panel_means.get(row["interviewer"])
        result.append({
            "interviewer": name or row["interviewer__username"], "cards": row["cards"],
            "mean": None if mean is None else round(mean, 2), "panel_mean": None if panel is None else round(panel, 2),
            "difference": None if mean is None or panel is None else round(mean - panel, 2),
            "strong_yes_share": row["strong_yes"] / row["cards"], "strong_no_share": row["strong_no"] / row["cards"],
        })  # fmt: skip
    return result


def _panel_means(submitted) -> dict:
    """Interviewer id -> the mean of every rating given on the applications they scored (all the
    panels' submitted cards in scope pooled). One query: a correlated subquery per interviewer took
    minutes at 100,000 cards, so the cards are grouped once per application and joined to the
    (interviewer, application) pairs."""
    from django.db import connection
    from django.db.models import F

    from interviews.models import Rating

    scope = submitted.order_by().values(card=F("pk"), who=F("interviewer_id"), app=F("interview__application_id"))
    cards_sql, params = scope.query.sql_with_params()
    ratings = connection.ops.quote_name(Rating._meta.db_table)
    sql = f"""
        WITH cards AS ({cards_sql}),
        per_application AS (
            SELECT cards.app, SUM(r.score) AS total, COUNT(r.score) AS n
            FROM {ratings} r JOIN cards ON r.scorecard_id = cards.card
            GROUP BY cards.app
        ),
        pairs AS (SELECT DISTINCT who, app FROM cards)
        SELECT pairs.who, 1.0 * SUM(per_application.total) / SUM(per_application.n)
        FROM pairs JOIN per_application ON per_application.app = pairs.app
        WHERE per_application.n > 0
        GROUP BY pairs.who
    """  # noqa: S608 - the SQL is Django's own compilation of the scope; values travel as parameters
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {who: float(mean) for who, mean in cursor.fetchall()}


def quality_of_hire(applications) -> list[dict]:
    """For people whose probation ended (passed or terminated): per competency, the mean interview
    rating of those who passed and of those who failed, with counts; the difference is shown only
    with at least ``MIN_CASES`` people on each side. One query."""
    from django.db.models import Avg

    from interviews.models import Rating, Scorecard
    from requisitions.choices import KeyItem

    passed = Q(scorecard__interview__application__probation__status=Probation.Status.PASSED)
    failed = Q(scorecard__interview__application__probation__status=Probation.Status.TERMINATED)
    person = "scorecard__interview__application"
    rows = (
        Rating.objects.filter(
            scorecard__status=Scorecard.Status.SUBMITTED,
            scorecard__interview__application__in=applications,
            score__isnull=False,
        )
        .filter(passed | failed)
        .order_by()
        .values("key_item")
        .annotate(
            pass_mean=Avg("score", filter=passed),
            fail_mean=Avg("score", filter=failed),
            passes=Count(person, filter=passed, distinct=True),
            failures=Count(person, filter=failed, distinct=True),
        )
        .order_by("key_item")
    )
    labels = dict(KeyItem.choices)
    result = []
    for row in rows:
        shown = row["passes"] >= MIN_CASES and row["failures"] >= MIN_CASES
        result.append({
            "key_item": row["key_item"], "label": labels.get(row["key_item"], row["key_item"]),
            "passes": row["passes"], "failures": row["failures"], "shown": shown,
            "pass_mean": round(row["pass_mean"], 2) if shown else None,
            "fail_mean": round(row["fail_mean"], 2) if shown else None,
            "difference": round(row["pass_mean"] - row["fail_mean"], 2) if shown else None,
        })  # fmt: skip
    return sorted(result, key=lambda r: (not r["shown"], -(r["difference"] or 0), r["key_item"]))
