"""The demand-table editor, shared by requisitions and position profiles. htmx swaps the table in
place; without JavaScript every action redirects back to the owner's page."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from recruiting.feedback import add_service_errors, flash_errors
from recruiting.roles import Role, role_required
from requisitions import policies, selectors
from requisitions.forms import RequirementForm
from requisitions.models import Requisition
from requisitions.services import demand_table

# kind -> (URL name prefix of the row actions, the owner's page)
KINDS = {
    "requisition": ("requisitions:", "requisitions:detail"),
    "profile": ("requisitions:profile_", "requisitions:profile_detail"),
}


def _owner(request, kind, pk):
    if kind == "requisition":
        requisition = selectors.requisition_detail(user=request.user, pk=pk)
        if requisition is None:
            raise Http404
        return requisition
    return get_object_or_404(selectors.profiles_with_rows(), pk=pk)


def can_edit_table(user, owner) -> bool:
    return policies.can_edit(user, owner) if isinstance(owner, Requisition) else policies.is_hr(user)


def table_context(user, owner, *, form=None, editing=None) -> dict:
    """What ``requisitions/partials/_demand_table.html`` needs, for either kind of owner."""
    kind = "requisition" if isinstance(owner, Requisition) else "profile"
    prefix = KINDS[kind][0]
    return {
        "owner": owner,
        "rows": sorted(owner.requirements.all(), key=lambda row: (row.order, row.pk)),
        "can_edit": can_edit_table(user, owner),
        "row_form": form or RequirementForm(),
        "editing": editing,
        "row_urls": {action: f"{prefix}row_{action}" for action in ("add", "edit", "delete", "move")},
    }


def _table_response(request, kind, pk, **extra):
    if not request.htmx:
        return redirect(KINDS[kind][1], pk=pk)
    owner = _owner(request, kind, pk)
    return render(request, "requisitions/partials/_demand_table.html", table_context(request.user, owner, **extra))


def _errors_as_messages(request, form):
    if not request.htmx:
        flash_errors(request, form)


@role_required(Role.HR, Role.HIRING_MANAGER)
def row_add(request, pk, kind):
    owner = _owner(request, kind, pk)
    if request.method != "POST":
        return _table_response(request, kind, pk)
    form = RequirementForm(request.POST)
    if form.is_valid():
        try:
            data = dict(form.cleaned_data)
            demand_table.requirement_add(actor=request.user, owner=owner, methods=data.pop("methods"), **data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return _table_response(request, kind, pk)
    _errors_as_messages(request, form)
    return _table_response(request, kind, pk, form=form)


@role_required(Role.HR, Role.HIRING_MANAGER)
def row_edit(request, pk, row_pk, kind):
    owner = _owner(request, kind, pk)
    row = get_object_or_404(owner.requirements.all(), pk=row_pk)
    if request.method != "POST":
        return _table_response(request, kind, pk, editing=(row.pk, RequirementForm(instance=row)))
    form = RequirementForm(request.POST, instance=row)
    if form.is_valid():
        try:
            data = dict(form.cleaned_data)
            demand_table.requirement_update(actor=request.user, row=row, methods=data.pop("methods"), **data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return _table_response(request, kind, pk)
    _errors_as_messages(request, form)
    return _table_response(request, kind, pk, editing=(row.pk, form))


@require_POST
@role_required(Role.HR, Role.HIRING_MANAGER)
def row_delete(request, pk, row_pk, kind):
    owner = _owner(request, kind, pk)
    row = get_object_or_404(owner.requirements.all(), pk=row_pk)
    demand_table.requirement_delete(actor=request.user, row=row)
    return _table_response(request, kind, pk)


@require_POST
@role_required(Role.HR, Role.HIRING_MANAGER)
def row_move(request, pk, row_pk, kind):
    owner = _owner(request, kind, pk)
    row = get_object_or_404(owner.requirements.all(), pk=row_pk)
    offset = -1 if request.POST.get("direction") == "up" else 1
    demand_table.requirement_move(actor=request.user, row=row, offset=offset)
    return _table_response(request, kind, pk)
