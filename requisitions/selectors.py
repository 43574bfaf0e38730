"""Reads of the requisitions app: who sees which requisitions, the public postings, the library."""

from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from recruiting.roles import Role, has_role
from requisitions.extensions import annotate_list
from requisitions.models import (
    ApprovalStep,
    AssessmentMethod,
    PositionProfile,
    ProfileRequirement,
    Requisition,
    RequisitionRequirement,
    ScreeningQuestion,
)


def _current_steps():
    """Pending steps whose turn it is: no earlier step of the same round is still undecided."""
    earlier_open = ApprovalStep.objects.filter(
        requisition_id=OuterRef("requisition_id"), round=OuterRef("round"), order__lt=OuterRef("order")
    ).exclude(decision=ApprovalStep.Decision.APPROVED)
    return ApprovalStep.objects.filter(
        decision=ApprovalStep.Decision.PENDING, requisition__status=Requisition.Status.SUBMITTED
    ).filter(~Exists(earlier_open))


def requisitions_visible_to(user):
    """The permission scope: HR sees all; a hiring manager their own; an approver those waiting for
    them now and those they have decided on; everyone else none."""
    qs = Requisition.objects.all()
    if has_role(user, Role.HR):
        return qs
    scope = Q(pk__in=[])
    if has_role(user, Role.HIRING_MANAGER):
        scope |= Q(hiring_manager=user) | Q(created_by=user)
    if has_role(user, Role.APPROVER):
        decided = ApprovalStep.objects.filter(approver=user).exclude(
            decision__in=[ApprovalStep.Decision.PENDING, ApprovalStep.Decision.SKIPPED]
        )
        scope |= Q(Exists(decided.filter(requisition=OuterRef("pk"))))
        scope |= Q(Exists(_current_steps().filter(approver=user, requisition=OuterRef("pk"))))
    return qs.filter(scope)


def requisition_list(*, user, status=None, department=None, level=None, owner=None, search=None):
    """The requisition list page: scoped, filtered, with what each row shows fetched in one query."""
    qs = annotate_list(
        requisitions_visible_to(user)
        .select_related("department", "hiring_manager", "recruiter")
        .order_by("-created_at", "-pk")
    )
    if status:
        qs = qs.filter(status=status)
    if department:
        qs = qs.filter(department_id=department)
    if level:
        qs = qs.filter(level=level)
    if owner:
        qs = qs.filter(hiring_manager_id=owner)
    if search:
        qs = qs.filter(Q(title_en__icontains=search) | Q(title_zh__icontains=search) | Q(location__icontains=search))
    return qs


def _rows():
    return RequisitionRequirement.objects.prefetch_related("methods").order_by("order", "id")


def requisition_detail(*, user, pk):
    """One requisition in the user's scope with its table, questions and approval steps, or None."""
    rows = _rows()
    return (
        requisitions_visible_to(user)
        .select_related("department", "hiring_manager", "recruiter", "created_by", "profile")
        .prefetch_related(
            Prefetch("requirements", queryset=rows),
            "questions",
            Prefetch("approval_steps", queryset=ApprovalStep.objects.select_related("approver")),
        )
        .filter(pk=pk)
        .first()
    )


def requisitions_waiting_for(user):
    """Submitted requisitions whose current approval step is ``user``'s, oldest first."""
    steps = _current_steps().filter(approver=user)
    return (
        Requisition.objects.filter(Exists(steps.filter(requisition_id=OuterRef("pk"))))
        .select_related("department", "hiring_manager")
        .order_by("submitted_at", "pk")
    )


def public_postings(*, user=None, location=None, department=None, level=None, search=None, today=None):
    """Open postings for the careers page. Internal-only ones are shown to signed-in staff only,
    until their window ends."""
    today = today or timezone.localdate()
    qs = (
        Requisition.objects.published()
        .filter(Q(closes_on__isnull=True) | Q(closes_on__gte=today))
        .select_related("department")
        .order_by("-published_at", "-pk")
    )
    if not (user is not None and user.is_authenticated):
        qs = qs.filter(Q(internal_until__isnull=True) | Q(internal_until__lt=today))
    if location:
        qs = qs.filter(location__icontains=location)
    if department:
        qs = qs.filter(department_id=department)
    if level:
        qs = qs.filter(level=level)
    if search:
        qs = qs.filter(
            Q(title_en__icontains=search)
            | Q(title_zh__icontains=search)
            | Q(summary_en__icontains=search)
            | Q(summary_zh__icontains=search)
        )
    return qs


def public_posting(*, slug, user=None):
    rows = _rows()
    return (
        public_postings(user=user)
        .prefetch_related(
            Prefetch("requirements", queryset=rows),
            Prefetch("questions", queryset=ScreeningQuestion.objects.order_by("order", "id")),
        )
        .filter(slug=slug)
        .first()
    )


def profiles_with_rows():
    """Active position profiles with their demand-table rows and methods fetched."""
    rows = ProfileRequirement.objects.prefetch_related("methods").order_by("order", "id")
    return PositionProfile.objects.filter(is_active=True).prefetch_related(Prefetch("requirements", queryset=rows))


def profile_library():
    return (
        PositionProfile.objects.filter(is_active=True)
        .annotate(row_count=Count("requirements"))
        .order_by("level", "slug")
    )


def assessment_methods():
    return AssessmentMethod.objects.order_by("step", "code")
