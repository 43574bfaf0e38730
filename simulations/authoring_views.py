"""HR's pages for building simulations (the library, a copy to change, its items by kind) and for
attaching one to a stage of a requisition. Every page is HR's; the services refuse what is frozen."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candidates.models import Stage
from recruiting.feedback import add_service_errors, perform
from recruiting.roles import Role, role_required
from requisitions.selectors import requisitions_visible_to
from simulations import selectors
from simulations.authoring_forms import ITEM_FORMS, MOOD_CHOICES, AttachForm, SimulationForm
from simulations.models import Item
from simulations.services import authoring
from simulations.services.authoring import SIMULATION_FIELDS, STAGES


def _simulation(request, pk):
    simulation = selectors.simulation_for(request.user, pk)
    if simulation is None:
        raise Http404
    return simulation


def _item(simulation, item_id) -> Item:
    item = simulation.items.filter(pk=item_id).first()
    if item is None:
        raise Http404
    return item


@role_required(Role.HR)
def simulation_list(request):
    return render(
        request, "simulations/simulation_list.html", {"simulations": list(selectors.simulations_for(request.user))}
    )


def _preview(item: Item) -> Item:
    """What the detail page shows of an item beside its text: the options with the keyed best and worst,
    the rows with whether they agree, the mood's label."""
    if item.kind == Item.Kind.JUDGEMENT:
        best, worst = item.data.get("best"), item.data.get("worst")
        item.preview_options = [(key, text, key == best, key == worst) for key, text in item.options()]
    elif item.kind == Item.Kind.REPETITIVE:
        item.preview_rows = list(zip(item.data.get("rows", []), item.data.get("key", []), strict=False))
    elif item.kind == Item.Kind.MESSAGE:
        item.mood_label = dict(MOOD_CHOICES).get(item.data.get("mood"), item.data.get("mood", ""))
    return item


@role_required(Role.HR)
def simulation_detail(request, pk):
    """A preview of every item as the candidate reads its text (in the current language), with the
    keys HR needs to check it, and the knowledge base."""
    simulation = _simulation(request, pk)
    return render(
        request,
        "simulations/simulation_detail.html",
        {
            "simulation": simulation,
            "items": [_preview(item) for item in simulation.items.order_by("position", "pk")],
            "frozen": authoring.is_frozen(simulation),
            "kinds": Item.Kind.choices,
        },
    )


@role_required(Role.HR)
def simulation_form(request, pk=None):
    simulation = _simulation(request, pk) if pk is not None else None
    form = SimulationForm(request.POST or None, instance=simulation)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in SIMULATION_FIELDS}
        try:
            if simulation is None:
                simulation = authoring.simulation_create(actor=request.user, **fields)
            else:
                authoring.simulation_update(actor=request.user, simulation=simulation, **fields)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The simulation is saved."))
            return redirect("simulations:simulation", pk=simulation.pk)
    frozen = simulation is not None and authoring.is_frozen(simulation)
    return render(
        request, "simulations/simulation_form.html", {"form": form, "simulation": simulation, "frozen": frozen}
    )


@require_POST
@role_required(Role.HR)
def simulation_copy(request, pk):
    simulation = _simulation(request, pk)
    copy = authoring.simulation_copy(actor=request.user, simulation=simulation)
    messages.success(request, _("This is your copy: change it as you need."))
    return redirect("simulations:simulation", pk=copy.pk)


@role_required(Role.HR)
def item_form(request, pk, item_id=None):
    """Add an item of ``?kind=`` at the end, or change item ``item_id`` (its kind stays)."""
    simulation = _simulation(request, pk)
    item = _item(simulation, item_id) if item_id is not None else None
    kind = item.kind if item is not None else request.GET.get("kind")
    if kind not in ITEM_FORMS:
        raise Http404
    form_class = ITEM_FORMS[kind]
    form = form_class(request.POST or None, initial=form_class.initial_from(item) if item else None)
    if request.method == "POST" and form.is_valid():
        try:
            authoring.item_save(actor=request.user, simulation=simulation, item=item, kind=kind, **form.item_fields())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The item is saved."))
            return redirect("simulations:simulation", pk=simulation.pk)
    return render(
        request,
        "simulations/item_form.html",
        {
            "form": form,
            "simulation": simulation,
            "item": item,
            "kind_label": Item.Kind(kind).label,
            "frozen": authoring.is_frozen(simulation),
        },
    )


@require_POST
@role_required(Role.HR)
def item_delete(request, pk, item_id):
    simulation = _simulation(request, pk)
    item = _item(simulation, item_id)
    perform(
        request,
        lambda: authoring.item_delete(actor=request.user, simulation=simulation, item=item),
        _("The item is deleted."),
    )
    return redirect("simulations:simulation", pk=simulation.pk)


@role_required(Role.HR)
def requisition_simulations(request, requisition_id):
    """Each stage's simulation: attach one (or replace it), or remove it. A POST names its ``stage``;
    ``remove`` detaches, otherwise that stage's form attaches its simulation."""
    requisition = requisitions_visible_to(request.user).filter(pk=requisition_id).first()
    if requisition is None:
        raise Http404
    attached = {a.stage: a for a in selectors.assignments_of(requisition.pk)}
    choices = [s for s in selectors.simulations_for(request.user) if s.item_count]
    posted = request.POST.get("stage") if request.method == "POST" else None
    if posted is not None and posted not in STAGES:
        raise Http404
    forms = {}
    for stage in STAGES:
        data = request.POST if stage == posted and "remove" not in request.POST else None
        current = attached.get(stage)
        initial = {"simulation": current.simulation_id} if current else None
        forms[stage] = AttachForm(data, prefix=stage, simulations=choices, initial=initial)
    if posted is not None:
        if "remove" in request.POST:
            if posted in attached:
                perform(
                    request,
                    lambda: authoring.assignment_remove(actor=request.user, assignment=attached[posted]),
                    _("The simulation is removed from this stage."),
                )
            return redirect("simulations:requisition", requisition_id=requisition.pk)
        form = forms[posted]
        if form.is_valid():
            try:
                authoring.assignment_set(
                    actor=request.user,
                    requisition=requisition,
                    stage=posted,
                    simulation=form.cleaned_data["simulation"],
                )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("The simulation is attached to this stage."))
                return redirect("simulations:requisition", requisition_id=requisition.pk)
    labels = dict(Stage.choices)
    return render(
        request,
        "simulations/requisition_simulations.html",
        {
            "requisition": requisition,
            "stages": [(stage, labels[stage], attached.get(stage), forms[stage]) for stage in STAGES],
        },
    )
