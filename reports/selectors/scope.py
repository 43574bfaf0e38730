"""Whose figures: the requisitions and applications a user reports on, narrowed by the filters."""

from dataclasses import dataclass, field
from datetime import date

from candidates.models import Application
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


def scope_of(user) -> str:
    """Whose requisitions the user reports on: every one (HR), their own (a hiring manager), none. Also
    the cached figures' owner (``dashboard_figures``)."""
    if has_role(user, Role.HR):
        return "all"
    if has_role(user, Role.HIRING_MANAGER):
        return f"manager-{user.pk}"
    return "none"


def requisitions_in_scope(user, filters: Filters):
    scope = scope_of(user)
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


def within_scope(rows, applications, path: str = "application"):
    """``rows`` (stage events, offers, scorecards…) of the applications in scope. When the scope is
    every application (HR, no filter) nothing is narrowed: ``application_id IN (SELECT id FROM
    applications)`` would read the whole applications table and remove no row."""
    if not applications.query.has_filters():
        return rows
    return rows.filter(**{f"{path}__in": applications})


def filter_choices(user) -> dict:
    """What the filter form offers: departments, and the requisitions the user may report on."""
    from requisitions.models import Department

    return {
        "departments": list(Department.objects.order_by("name_en")),
        "requisitions": list(requisitions_in_scope(user, Filters()).order_by("-created_at")[:200]),
    }
