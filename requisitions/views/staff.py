from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from recruiting.feedback import add_service_errors, flash_errors, perform
from recruiting.query import parse_id
from recruiting.roles import Role, has_role, role_required
from requisitions import eligibility, policies, selectors
from requisitions.choices import Level
from requisitions.extensions import list_extensions
from requisitions.forms import DecisionForm, PostingDatesForm, QuestionForm, RequisitionForm
from requisitions.models import Department, PositionProfile, Requisition
from requisitions.services import approval, demand_table
from requisitions.services import requisitions as requisition_services
from requisitions.views.demand_table import table_context

STAFF_ROLES = (Role.HR, Role.HIRING_MANAGER, Role.APPROVER)
PAGE_SIZE = 25


def _get_visible(request, pk) -> Requisition:
    requisition = selectors.requisition_detail(user=request.user, pk=pk)
    if requisition is None:
        raise Http404
    return requisition


@role_required(*STAFF_ROLES)
def requisition_list(request):
    filters = {
        "status": request.GET.get("status") or None,
        "department": request.GET.get("department") or None,
        "level": request.GET.get("level") or None,
        "owner": request.GET.get("owner") or None,
        "search": (request.GET.get("q") or "").strip() or None,
    }
    if filters["status"] not in (None, *Requisition.Status.values):
        filters["status"] = None
    if filters["level"] not in (None, *Level.values):
        filters["level"] = None
    filters["department"] = parse_id(filters["department"])
    filters["owner"] = parse_id(filters["owner"])
    page = Paginator(selectors.requisition_list(user=request.user, **filters), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {
        "page": page,
        "filters": filters,
        "statuses": Requisition.Status.choices,
        "levels": Level.choices,
        "departments": Department.objects.order_by("name_en", "name_zh"),
        "can_create": policies.can_create(request.user),
        "extensions": list_extensions(),
        "waiting": selectors.requisitions_waiting_for(request.user) if has_role(request.user, Role.APPROVER) else [],
    }
    return render(request, "requisitions/requisition_list.html", context)


@role_required(Role.HR, Role.HIRING_MANAGER)
def requisition_create(request):
    """Start a requisition, from a profile of the library (``?profile=slug``) or blank."""
    profile = None
    slug = request.GET.get("profile") or request.POST.get("profile")
    if slug:
        profile = PositionProfile.objects.filter(slug=slug, is_active=True).first()
        if profile is None:
            raise Http404
    initial = {"hiring_manager": request.user.pk} if not policies.is_hr(request.user) else {}
    if profile:
        initial |= requisition_services.profile_initial(profile)
    form = RequisitionForm(request.POST or None, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            requisition = requisition_services.requisition_create(
                actor=request.user, profile=profile, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Requisition created. Check its demand table, then submit it."))
            return redirect("requisitions:detail", pk=requisition.pk)
    return render(
        request,
        "requisitions/requisition_form.html",
        {"form": form, "profile": profile, "profiles": selectors.profile_library() if not profile else None},
    )


@role_required(*STAFF_ROLES)
def requisition_detail(request, pk):
    requisition = _get_visible(request, pk)
    steps = list(requisition.approval_steps.all())
    context = {
        **table_context(request.user, requisition),
        "requisition": requisition,
        "questions": list(requisition.questions.all()),
        "steps": steps,
        "paths": [
            (eligibility.path_label(path), eligibility.describe_path(path)) for path in requisition.eligibility_paths
        ],
        "can_edit": policies.can_edit(request.user, requisition),
        "can_submit": policies.can_submit(request.user, requisition),
        "can_decide": policies.can_decide(request.user, requisition, approval.current_step(requisition)),
        "can_manage": policies.can_manage_posting(request.user),
        "can_change_dates": policies.can_change_dates(request.user, requisition),
        "moves": [
            action
            for action, (sources, _target) in requisition_services.POSTING_TRANSITIONS.items()
            if requisition.status in sources
        ],
        "decision_form": DecisionForm(),
        "dates_form": PostingDatesForm(instance=requisition),
    }
    return render(request, "requisitions/requisition_detail.html", context)


@role_required(Role.HR, Role.HIRING_MANAGER)
def requisition_edit(request, pk):
    requisition = _get_visible(request, pk)
    if not policies.can_edit(request.user, requisition):
        raise PermissionDenied
    form = RequisitionForm(request.POST or None, instance=requisition, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            requisition_services.requisition_update(actor=request.user, requisition=requisition, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Requisition saved."))
            return redirect("requisitions:detail", pk=requisition.pk)
    return render(request, "requisitions/requisition_form.html", {"form": form, "requisition": requisition})


@require_POST
@role_required(Role.HR, Role.HIRING_MANAGER)
def requisition_submit(request, pk):
    requisition = _get_visible(request, pk)
    perform(
        request,
        lambda: approval.requisition_submit(actor=request.user, requisition=requisition),
        _("Submitted for approval."),
    )
    return redirect("requisitions:detail", pk=pk)


@require_POST
@role_required(Role.APPROVER)
def requisition_decide(request, pk):
    requisition = _get_visible(request, pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        flash_errors(request, form)
        return redirect("requisitions:detail", pk=pk)
    approve = form.cleaned_data["decision"] == "approve"
    perform(
        request,
        lambda: approval.requisition_decide(
            actor=request.user, requisition=requisition, approve=approve, comment=form.cleaned_data["comment"]
        ),
        _("Approved.") if approve else _("Returned to the requester."),
    )
    return redirect("requisitions:detail", pk=pk)


@require_POST
@role_required(Role.HR)
def requisition_move(request, pk, action):
    requisition = _get_visible(request, pk)
    perform(
        request,
        lambda: requisition_services.requisition_move(
            actor=request.user, requisition=requisition, action=action, note=request.POST.get("note", "")[:500]
        ),
        _("Status changed."),
    )
    return redirect("requisitions:detail", pk=pk)


@require_POST
@role_required(Role.HR)
def requisition_dates(request, pk):
    """HR changes the posting's close date or internal-only window after approval."""
    requisition = _get_visible(request, pk)
    form = PostingDatesForm(request.POST, instance=requisition)
    if form.is_valid():
        try:
            requisition_services.requisition_change_dates(
                actor=request.user, requisition=requisition, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
    if form.errors:
        flash_errors(request, form)
    else:
        messages.success(request, _("Posting dates saved."))
    return redirect("requisitions:detail", pk=pk)


@role_required(Role.HR, Role.HIRING_MANAGER)
def question_add(request, pk):
    requisition = _get_visible(request, pk)
    if not policies.can_edit(request.user, requisition):
        raise PermissionDenied
    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            demand_table.question_add(actor=request.user, requisition=requisition, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Question added."))
            return redirect("requisitions:detail", pk=pk)
    return render(request, "requisitions/question_form.html", {"form": form, "requisition": requisition})


@require_POST
@role_required(Role.HR, Role.HIRING_MANAGER)
def question_delete(request, pk, question_pk):
    requisition = _get_visible(request, pk)
    question = get_object_or_404(requisition.questions.all(), pk=question_pk)
    demand_table.question_delete(actor=request.user, question=question)
    messages.success(request, _("Question removed."))
    return redirect("requisitions:detail", pk=pk)
