"""HR's simulations: a copy of a library simulation (or a blank one) that HR edits, and attaching a
simulation to a stage of a requisition. A simulation candidates have been invited to is frozen, so
everyone on a requisition takes the same items; HR copies it to change it."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.crypto import get_random_string
from django.utils.text import slugify
from django.utils.translation import gettext as _

from recruiting.services.audit import audit_record
from requisitions.models import Requisition
from simulations.models import Assignment, Attempt, Item, Simulation
from simulations.services.attempts import _hr

STAGES = ("resume_screen", "first_interview", "second_interview")
CLOSED_REQUISITION = (Requisition.Status.CLOSED, Requisition.Status.FILLED, Requisition.Status.CANCELLED)


def is_frozen(simulation: Simulation) -> bool:
    return simulation.from_library or Attempt.objects.filter(assignment__simulation=simulation).exists()


def _unique_code(base: str) -> str:
    return f"{slugify(base)[:40] or 'simulation'}-{get_random_string(6).lower()}"


def _with_suffix(title: str, suffix: str) -> str:
    limit = Simulation._meta.get_field("title_en").max_length
    return title if title.endswith(suffix) else title[: limit - len(suffix)] + suffix


def simulation_copy(*, actor, simulation: Simulation) -> Simulation:
    _hr(actor)
    with transaction.atomic():
        items = list(simulation.items.order_by("position", "pk"))
        copy = Simulation.objects.create(
            code=_unique_code(simulation.code),
            title_en=_with_suffix(simulation.title_en, " (copy)"),
            title_zh=_with_suffix(simulation.title_zh, "（副本）"),
            instructions_en=simulation.instructions_en,
            instructions_zh=simulation.instructions_zh,
            knowledge_base_en=simulation.knowledge_base_en,
            knowledge_base_zh=simulation.knowledge_base_zh,
            industry=simulation.industry,
            minutes=simulation.minutes,
            created_by=actor,
        )
        Item.objects.bulk_create(
            Item(
                simulation=copy,
                position=item.position,
                kind=item.kind,
                practice=item.practice,
                channel=item.channel,
                title_en=item.title_en,
                title_zh=item.title_zh,
                prompt_en=item.prompt_en,
                prompt_zh=item.prompt_zh,
                data=item.data,
            )
            for item in items
        )
        audit_record(actor=actor, verb="simulation.copied", target=copy, data={"from": simulation.pk})
    return copy


def _editable(simulation: Simulation) -> Simulation:
    simulation = Simulation.objects.select_for_update().get(pk=simulation.pk)
    if simulation.from_library:
        raise ValidationError(_("A library simulation cannot be changed: copy it and change the copy."))
    if is_frozen(simulation):
        raise ValidationError(
            _("Candidates have been invited to this simulation, so it can no longer change: copy it instead.")
        )
    return simulation


SIMULATION_FIELDS = ("title_en", "title_zh", "instructions_en", "instructions_zh", "knowledge_base_en",
                     "knowledge_base_zh", "industry", "minutes")  # fmt: skip


def simulation_create(*, actor, **fields) -> Simulation:
    _hr(actor)
    with transaction.atomic():
        simulation = Simulation(code=_unique_code(fields.get("title_en") or ""), created_by=actor,
                                **{f: fields[f] for f in SIMULATION_FIELDS})  # fmt: skip
        simulation.full_clean()
        simulation.save()
        audit_record(actor=actor, verb="simulation.created", target=simulation)
    return simulation


def simulation_update(*, actor, simulation: Simulation, **fields) -> Simulation:
    _hr(actor)
    with transaction.atomic():
        simulation = _editable(simulation)
        for field in SIMULATION_FIELDS:
            setattr(simulation, field, fields[field])
        simulation.full_clean()
        simulation.save(update_fields=[*SIMULATION_FIELDS, "updated_at"])
        audit_record(actor=actor, verb="simulation.updated", target=simulation)
    return simulation


def item_save(*, actor, simulation: Simulation, item: Item | None = None, **fields) -> Item:
    """Add an item at the end, or change one; ``fields`` are the item's columns (checked by the form)."""
    _hr(actor)
    with transaction.atomic():
        simulation = _editable(simulation)
        if item is None:
            last = simulation.items.order_by("-position").values_list("position", flat=True).first() or 0
            item = Item(simulation=simulation, position=last + 1)
        elif item.simulation_id != simulation.pk:
            raise ValidationError(_("There is no such item."))
        for field, value in fields.items():
            setattr(item, field, value)
        if item.practice and simulation.items.filter(practice=True).exclude(pk=item.pk).exists():
            raise ValidationError(_("A simulation has one practice item."))
        item.full_clean()
        item.save()
        audit_record(actor=actor, verb="simulation.item_saved", target=simulation, data={"item": item.pk})
    return item


def item_delete(*, actor, simulation: Simulation, item: Item) -> None:
    _hr(actor)
    with transaction.atomic():
        simulation = _editable(simulation)
        if item.simulation_id != simulation.pk:
            raise ValidationError(_("There is no such item."))
        item.delete()
        audit_record(actor=actor, verb="simulation.item_deleted", target=simulation, data={"item": item.pk})


def assignment_set(*, actor, requisition: Requisition, stage: str, simulation: Simulation) -> Assignment:
    """Attach ``simulation`` to ``stage`` of ``requisition`` (replacing one nobody was invited to)."""
    _hr(actor)
    if stage not in STAGES:
        raise ValidationError({"stage": _("Choose the resume screen, the first or the second interview.")})
    with transaction.atomic():
        requisition = Requisition.objects.select_for_update().get(pk=requisition.pk)
        if not simulation.items.filter(practice=False).exists():
            raise ValidationError({"simulation": _("This simulation has no items yet.")})
        if requisition.status in CLOSED_REQUISITION:
            raise ValidationError(_("This requisition is closed."))
        current = Assignment.objects.filter(requisition=requisition, stage=stage).first()
        if current is not None:
            if current.simulation_id == simulation.pk:
                return current
            if current.attempts.exists():
                raise ValidationError(
                    _("Candidates have been invited to this stage's simulation; it cannot be replaced.")
                )
            current.delete()
            audit_record(actor=actor, verb="simulation.detached", target=requisition,
                         data={"stage": stage, "simulation": current.simulation_id})  # fmt: skip
        assignment = Assignment.objects.create(
            requisition=requisition, stage=stage, simulation=simulation, created_by=actor
        )
        audit_record(actor=actor, verb="simulation.attached", target=requisition,
                     data={"stage": stage, "simulation": simulation.pk})  # fmt: skip
    return assignment


def assignment_remove(*, actor, assignment: Assignment) -> None:
    _hr(actor)
    with transaction.atomic():
        assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
        if assignment.attempts.exists():
            raise ValidationError(_("Candidates have been invited to this simulation; it cannot be detached."))
        assignment.delete()
        audit_record(actor=actor, verb="simulation.detached", target=assignment.requisition,
                     data={"stage": assignment.stage})  # fmt: skip
