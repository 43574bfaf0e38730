"""How applications move: reach per stage and channel, rejections, offer and probation rates, and
open requisitions by age."""

from datetime import timedelta

from django.db.models import Case, Count, Max, Q, When
from django.utils import timezone

from candidates.models import Offer, Probation, Source, Stage, StageEvent
from candidates.pipeline import ORDER
from reports.selectors.scope import within_scope
from requisitions.models import Requisition


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
        within_scope(StageEvent.objects, applications)
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
    offers = within_scope(Offer.objects, applications).aggregate(
        accepted=Count("pk", filter=Q(status=Offer.Status.ACCEPTED)),
        closed=Count("pk", filter=Q(status__in=[Offer.Status.ACCEPTED, Offer.Status.DECLINED, Offer.Status.EXPIRED])),
    )
    probation = within_scope(Probation.objects, applications).aggregate(
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
