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
    }


def filter_choices(user) -> dict:
    """What the filter form offers: departments, and the requisitions the user may report on."""
    from requisitions.models import Department

    return {
        "departments": list(Department.objects.order_by("name_en")),
        "requisitions": list(requisitions_in_scope(user, Filters()).order_by("-created_at")[:200]),
    }
