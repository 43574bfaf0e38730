"""How long things take: time in stage, time to fill, time to hire."""

from django.conf import settings
from django.db.models import Count

from candidates.models import Offer, Stage, StageEvent
from reports.selectors.scope import within_scope

DAY = 86400.0
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
    stays = (
        within_scope(StageEvent.objects, applications)
        .order_by()
        .values("to_stage", seconds=Seconds(left_at, "created_at"))
    )
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
        within_scope(Offer.objects, applications)
        .filter(status=Offer.Status.ACCEPTED, decided_at__isnull=False)
        .annotate(seconds=Seconds("decided_at", "application__created_at"))
        .aggregate(hires=Count("pk"), p50=Percentile("seconds", 0.5), mean=Avg("seconds"))
    )
    return {"hires": figures["hires"], "median_days": _days(figures["p50"]), "mean_days": _days(figures["mean"])}
