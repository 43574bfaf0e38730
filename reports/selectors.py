"""The dashboard's figures, each computed by the database (aggregates over the filtered scope), in a
fixed number of queries whatever the data size.

Scope: the applications of requisitions the user may report on (HR all; a hiring manager their own),
narrowed by the filters: applied between two dates, department, requisition, level, source.

``dashboard_figures`` keeps the computed figures in the cache for a few minutes.
"""

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Case, Count, Max, Q, When
from django.utils import timezone, translation
from redis.exceptions import RedisError

from candidates.models import Application, Offer, Probation, Source, Stage, StageEvent
from candidates.pipeline import ORDER
from recruiting.roles import Role, has_role
from requisitions.models import Requisition

logger = logging.getLogger(__name__)


@dataclass
class Filters:
    start: date | None = None
    end: date | None = None
    department: int | None = None
    requisition: int | None = None
    level: str | None = None
    source: str | None = None
    extra: dict = field(default_factory=dict)


def _scope(user) -> str:
    """Whose requisitions the user reports on: every one (HR), their own (a hiring manager), none. Also
    the cached figures' owner (``dashboard_figures``)."""
    if has_role(user, Role.HR):
        return "all"
    if has_role(user, Role.HIRING_MANAGER):
        return f"manager-{user.pk}"
    return "none"


def requisitions_in_scope(user, filters: Filters):
    scope = _scope(user)
    if scope == "none":
        return Requisition.objects.none()
    requisitions = Requisition.objects.all()
    if scope != "all":
        requisitions = requisitions.filter(hiring_manager=user)
    if filters.department:
        requisitions = requisitions.filter(department_id=filters.department)
    if filters.requisition:
        requisitions = requisitions.filter(pk=filters.requisition)
    if filters.level:
        requisitions = requisitions.filter(level=filters.level)
    return requisitions


def applications_in_scope(user, filters: Filters):
    requisitions = requisitions_in_scope(user, filters)
    applications = Application.objects.all()
    if requisitions.query.has_filters():  # HR with no requisition filter: every requisition, nothing to narrow
        applications = applications.filter(requisition__in=requisitions)
    if filters.start:
        applications = applications.filter(created_at__date__gte=filters.start)
    if filters.end:
        applications = applications.filter(created_at__date__lte=filters.end)
    if filters.source:
        applications = applications.filter(source=filters.source)
    return applications


def _of(rows, applications, path: str = "application"):
    """``rows`` (stage events, offers, scorecards…) of the applications in scope. When the scope is
    every application (HR, no filter) nothing is narrowed: ``application_id IN (SELECT id FROM
    applications)`` would read the whole applications table and remove no row."""
    if not applications.query.has_filters():
        return rows
    return rows.filter(**{f"{path}__in": applications})


def reach_by_source(applications) -> list[dict]:
    """Per channel: its applications and how many of them ever reached each pipeline stage (a stage
    event into it). One query, one pass: the stage events are grouped by application (a flag per stage
    reached), and the applications by channel."""
    from reports.aggregates import grouped

    flags = {f"reached_{stage}": Max(Case(When(events__to_stage=stage, then=1), default=0)) for stage in ORDER}
    per_application = applications.order_by().values("pk", "source").annotate(**flags)
    rows = grouped(
        per_application,
        select=["source", "COUNT(*)", *(f"SUM(reached_{stage})" for stage in ORDER)],
        group_by="source",
        order_by="2 DESC, source",
    )
    return [{"source": source, "applications": count, **dict(zip(ORDER, reached, strict=True))}
            for source, count, *reached in rows]  # fmt: skip


def funnel(reach: list[dict]) -> list[dict]:
    """Per pipeline stage: how many applications ever reached it, and the conversion from the stage
    before (reached this / reached the previous). From ``reach_by_source``."""
    labels = dict(Stage.choices)
    rows, previous = [], None
    for stage in ORDER:
        reached = sum(row[stage] for row in reach)
        rows.append({
            "stage": stage, "label": labels[stage], "reached": reached,
            "conversion": (reached / previous) if previous else None,
        })  # fmt: skip
        previous = reached
    return rows


def sources(reach: list[dict]) -> list[dict]:
    """Per channel (most applications first): applications, interviewed (reached first interview),
    offered, hired, and probation passes (hired is reached only by passing probation). From
    ``reach_by_source``."""
    labels = dict(Source.choices)
    return [
        {
            "source": row["source"], "label": labels.get(row["source"], row["source"]),
            "applications": row["applications"], "interviews": row[Stage.FIRST_INTERVIEW],
            "offers": row[Stage.OFFER], "hires": row[Stage.HIRED], "passes": row[Stage.HIRED],
        }
        for row in reach
    ]  # fmt: skip


def rejection_reasons(applications) -> list[dict]:
    """Rejections by the stage they happened at and the reason given. One query."""
    labels = dict(Stage.choices)
    rows = (
        _of(StageEvent.objects, applications)
        .filter(to_stage=Stage.REJECTED)
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
    offers = _of(Offer.objects, applications).aggregate(
        accepted=Count("pk", filter=Q(status=Offer.Status.ACCEPTED)),
        closed=Count("pk", filter=Q(status__in=[Offer.Status.ACCEPTED, Offer.Status.DECLINED, Offer.Status.EXPIRED])),
    )
    probation = _of(Probation.objects, applications).aggregate(
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
    reach = reach_by_source(applications)
    return {
        "funnel": funnel(reach),
        "sources": sources(reach),
        "rejections": rejection_reasons(applications),
        "rates": rates(applications),
        "ages": open_requisitions_by_age(requisitions),
        "stage_times": time_in_stage(applications),
        "fill": time_to_fill(requisitions),
        "hire": time_to_hire(applications),
        "calibration": calibration(applications),
        "quality": quality_of_hire(applications),
    }


def dashboard_figures(user, filters: Filters, *, refresh: bool = False) -> tuple[dict, datetime]:
    """``dashboard``'s figures and when they were computed, kept in the cache (Redis in production) for
    ``REPORTS_CACHE_SECONDS`` (0: computed on every request): at 250,000 applications they take
    seconds to compute, and the page and its CSV exports then show the same figures. The key is the
    user's scope (HR share theirs), the filters and the language (labels are picked at computing
    time). ``refresh`` recomputes and replaces them. When the cache is unreachable the figures are
    computed anyway."""
    seconds = getattr(settings, "REPORTS_CACHE_SECONDS", 600)
    if seconds <= 0:
        return dashboard(user, filters), timezone.now()
    wanted = [filters.start, filters.end, filters.department, filters.requisition, filters.level, filters.source]
    digest = hashlib.sha256(repr(wanted).encode()).hexdigest()[:32]
    key = f"reports:dashboard:v1:{_scope(user)}:{translation.get_language()}:{digest}"
    if not refresh:
        try:
            figures = cache.get(key)
        except RedisError:
            logger.warning("reports: the cache is unreachable; computing the dashboard", exc_info=True)
            figures = None
        if figures is not None:
            return figures
    figures = (dashboard(user, filters), timezone.now())
    try:
        cache.set(key, figures, timeout=seconds)
    except RedisError:
        logger.warning("reports: the cache is unreachable; the dashboard's figures are not kept", exc_info=True)
    return figures


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
    from entering to the next move). One query, one pass over the stage events: each event's stay
    ends at the first later event of its application (a window over the application's events in time
    order; events at the same instant do not end each other's stays)."""
    from django.db import connections
    from django.db.models import F, Min, Window
    from django.db.models.expressions import ValueRange, WindowFrameExclusion

    from reports.aggregates import Seconds, grouped, percentile_sql

    left_at = Window(
        Min("created_at"),
        partition_by=F("application_id"),
        order_by=F("created_at").asc(),
        frame=ValueRange(start=0, end=None, exclusion=WindowFrameExclusion.GROUP),
    )
    stays = _of(StageEvent.objects, applications).order_by().values("to_stage", seconds=Seconds(left_at, "created_at"))
    vendor = connections[stays.db].vendor
    rows = grouped(
        stays,
        select=["to_stage", "COUNT(*)", percentile_sql("seconds", 0.5, vendor=vendor),
                percentile_sql("seconds", 0.9, vendor=vendor)],
        where=f"seconds IS NOT NULL AND to_stage IN ({', '.join(['%s'] * len(TIMED_STAGES))})",
        group_by="to_stage",
        params=TIMED_STAGES,
    )  # fmt: skip
    found = {stage: {"stays": count, "p50": p50, "p90": p90} for stage, count, p50, p90 in rows}
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
    that acceptance, against the level's target. One query: the accepted offers grouped by requisition
    (the first acceptance of each), then by level."""
    from django.db import connections
    from django.db.models import Min

    from reports.aggregates import Seconds, grouped, percentile_sql
    from requisitions.choices import Level

    filled = (
        requisitions.filter(approved_at__isnull=False, applications__offers__status=Offer.Status.ACCEPTED)
        .order_by()
        .values("pk", "level")
        .annotate(seconds=Seconds(Min("applications__offers__decided_at"), "approved_at"))
    )
    vendor = connections[filled.db].vendor
    rows = grouped(
        filled,
        select=["level", "COUNT(*)", percentile_sql("seconds", 0.5, vendor=vendor), "AVG(seconds)"],
        where="seconds IS NOT NULL",
        group_by="level",
    )
    rows = [{"level": level, "filled": count, "p50": p50, "mean": mean} for level, count, p50, mean in rows]
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
        _of(Offer.objects, applications)
        .filter(status=Offer.Status.ACCEPTED, decided_at__isnull=False)
        .annotate(seconds=Seconds("decided_at", "application__created_at"))
        .aggregate(hires=Count("pk"), p50=Percentile("seconds", 0.5), mean=Avg("seconds"))
    )
    return {"hires": figures["hires"], "median_days": _days(figures["p50"]), "mean_days": _days(figures["mean"])}


def calibration(applications) -> list[dict]:
    """Per interviewer (current submitted cards on the applications in scope): cards, their mean
    rating, the panel's mean rating on the same applications and the difference, and the share of
    strong yes and strong no. One query, one pass over the ratings: they are summed per card once;
    the interviewers' own figures group the cards by interviewer, the panel means group them by
    application and join the (interviewer, application) pairs (a correlated subquery per interviewer
    took minutes at 100,000 cards)."""
    from django.contrib.auth import get_user_model
    from django.db import connections
    from django.db.models import F

    from interviews.models import Rating, Scorecard

    submitted = _of(Scorecard.objects, applications, "interview__application").filter(status=Scorecard.Status.SUBMITTED)
    cards = submitted.order_by().values(
        card=F("pk"), who=F("interviewer_id"), app=F("interview__application_id"), rec=F("recommendation")
    )
    cards_sql, params = cards.query.sql_with_params()
    quote = connections[cards.db].ops.quote_name
    ratings, users = quote(Rating._meta.db_table), quote(get_user_model()._meta.db_table)
    sql = f"""
        WITH cards AS ({cards_sql}),
        per_card AS (
            SELECT cards.card, cards.who, cards.app, cards.rec, SUM(r.score) AS total, COUNT(r.score) AS n
            FROM cards LEFT JOIN {ratings} r ON r.scorecard_id = cards.card
            GROUP BY cards.card, cards.who, cards.app, cards.rec
        ),
        own AS (
            SELECT who, COUNT(*) AS cards, SUM(total) AS total, SUM(n) AS n,
                   SUM(CASE WHEN rec = %s THEN 1 ELSE 0 END) AS strong_yes,
                   SUM(CASE WHEN rec = %s THEN 1 ELSE 0 END) AS strong_no
            FROM per_card GROUP BY who
        ),
        per_application AS (SELECT app, SUM(total) AS total, SUM(n) AS n FROM per_card GROUP BY app),
        pairs AS (SELECT DISTINCT who, app FROM per_card),
        panel AS (
            SELECT pairs.who, 1.0 * SUM(per_application.total) / SUM(per_application.n) AS mean
            FROM pairs JOIN per_application ON per_application.app = pairs.app
            WHERE per_application.n > 0
            GROUP BY pairs.who
        )
        SELECT u.username, u.first_name, u.last_name, own.cards,
               CASE WHEN own.n > 0 THEN 1.0 * own.total / own.n END, panel.mean, own.strong_yes, own.strong_no
        FROM own JOIN {users} u ON u.id = own.who LEFT JOIN panel ON panel.who = own.who
        ORDER BY u.username
    """  # noqa: S608 - the SQL is Django's own compilation of the scope; values travel as parameters
    with connections[cards.db].cursor() as cursor:
        cursor.execute(sql, [*params, "strong_yes", "strong_no"])
        rows = cursor.fetchall()
    result = []
    for username, first_name, last_name, count, mean, panel, strong_yes, strong_no in rows:
        name = f"{first_name} {last_name}".strip()
        mean, panel = (None if value is None else float(value) for value in (mean, panel))
        result.append({
            "interviewer": name or username, "cards": count,
            "mean": None if mean is None else round(mean, 2), "panel_mean": None if panel is None else round(panel, 2),
            "difference": None if mean is None or panel is None else round(mean - panel, 2),
            "strong_yes_share": strong_yes / count, "strong_no_share": strong_no / count,
        })  # fmt: skip
    return result


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
        _of(Rating.objects, applications, "scorecard__interview__application")
        .filter(scorecard__status=Scorecard.Status.SUBMITTED, score__isnull=False)
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
