"""Creating and editing requisitions, and their life after approval (open, hold, close, fill, cancel)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from recruiting.services.audit import audit_record
from requisitions import policies
from requisitions.choices import Industry
from requisitions.models import PositionProfile, Requisition, RequisitionRequirement, ScreeningQuestion

# Fields a requisition form may set; status and timestamps belong to the services.
EDITABLE_FIELDS = (
    "title_en", "title_zh", "department", "hiring_manager", "recruiter", "headcount", "level", "industry",
    "employment_type", "location", "salary_min", "salary_max", "salary_currency", "salary_period", "show_salary",
    "resume_required", "auto_reject",
    "reason", "target_start_date", "internal_until", "closes_on", "summary_en", "summary_zh", "duties_en",
    "duties_zh", "company_intro_en", "company_intro_zh", "benefits_en", "benefits_zh",
)  # fmt: skip

# The essay every new requisition starts with (seed 001's required screening question).
DEFAULT_ESSAY = {
    "kind": ScreeningQuestion.Kind.LONG_TEXT,
    "text_en": "Tell us about a time you calmed an extremely dissatisfied customer and solved their problem. "
    "What was the situation, what did you do, and how did it end?",
    "text_zh": "请讲述一次您安抚一位极度不满的客户并解决其问题的经历：当时是什么情况，您做了什么，结果如何？",
    "required": True,
}

# Allowed moves after approval: action -> (statuses it may start from, the status it leads to).
POSTING_TRANSITIONS = {
    "open": ((Requisition.Status.APPROVED, Requisition.Status.ON_HOLD, Requisition.Status.CLOSED),
             Requisition.Status.OPEN),
    "hold": ((Requisition.Status.OPEN,), Requisition.Status.ON_HOLD),
    "close": ((Requisition.Status.OPEN, Requisition.Status.ON_HOLD), Requisition.Status.CLOSED),
    "fill": ((Requisition.Status.OPEN, Requisition.Status.ON_HOLD, Requisition.Status.CLOSED),
             Requisition.Status.FILLED),
    "cancel": ((Requisition.Status.DRAFT, Requisition.Status.SUBMITTED, Requisition.Status.RETURNED,
                Requisition.Status.APPROVED, Requisition.Status.OPEN, Requisition.Status.ON_HOLD,
                Requisition.Status.CLOSED), Requisition.Status.CANCELLED),
}  # fmt: skip


def profile_initial(profile: PositionProfile) -> dict:
    """What a requisition drafted from ``profile`` starts with: its texts, level and industry (the
    form's initial values on the page; the defaults of the API)."""
    fields = ("title_en", "title_zh", "summary_en", "summary_zh", "duties_en", "duties_zh", "level", "industry")
    return {field: getattr(profile, field) for field in fields}


def _check_owner_rules(*, actor, values):
    """A hiring manager drafts only requisitions they own."""
    if not policies.is_hr(actor) and values.get("hiring_manager") != actor:
        raise PermissionDenied


def requisition_create(*, actor, profile: PositionProfile | None = None, **values) -> Requisition:
    """Create a draft, blank or from a position profile (its rows, paths and texts are copied)."""
    if not policies.can_create(actor):
        raise PermissionDenied
    values = {k: v for k, v in values.items() if k in EDITABLE_FIELDS}
    _check_owner_rules(actor=actor, values=values)
    if profile is not None:
        for field, value in profile_initial(profile).items():
            if not values.get(field):
                values[field] = value
    with transaction.atomic():
        requisition = Requisition(
            **values,
            profile=profile,
            created_by=actor,
            eligibility_paths=list(profile.eligibility_paths) if profile else [],
        )
        requisition.full_clean(exclude=["slug"])
        requisition.save()
        if profile is not None:
            _copy_rows(profile=profile, requisition=requisition)
        ScreeningQuestion.objects.create(requisition=requisition, order=1, **DEFAULT_ESSAY)
        audit_record(
            actor=actor,
            verb="requisition.created",
            target=requisition,
            data={"profile": profile.slug if profile else None},
        )
    return requisition


def _copy_rows(*, profile, requisition):
    """Copy the profile's rows that apply to the requisition's industry (general rows always)."""
    industries = {Industry.GENERAL, requisition.industry}
    rows = list(
        profile.requirements.filter(industry__in=industries).prefetch_related("methods").order_by("order", "id")
    )
    copies = RequisitionRequirement.objects.bulk_create(
        RequisitionRequirement(
            requisition=requisition,
            order=position,
            category=row.category,
            key_item=row.key_item,
            requirement_en=row.requirement_en,
            requirement_zh=row.requirement_zh,
            priority=row.priority,
            industry=row.industry,
        )
        for position, row in enumerate(rows, start=1)
    )
    through = RequisitionRequirement.methods.through
    through.objects.bulk_create(
        through(requisitionrequirement_id=copy.pk, assessmentmethod_id=method.pk)
        for copy, row in zip(copies, rows, strict=True)
        for method in row.methods.all()
    )


def requisition_update(*, actor, requisition: Requisition, **values) -> Requisition:
    """Change the request's fields while it is a draft or returned."""
    values = {k: v for k, v in values.items() if k in EDITABLE_FIELDS}
    with transaction.atomic():
        requisition = Requisition.objects.select_for_update().get(pk=requisition.pk)
        if not policies.can_edit(actor, requisition):
            raise PermissionDenied
        if not policies.is_hr(actor) and "hiring_manager" in values and values["hiring_manager"] != actor:
            raise PermissionDenied
        changed = {}
        for field, value in values.items():
            if getattr(requisition, field) != value:
                changed[field] = str(value)
                setattr(requisition, field, value)
        requisition.full_clean(exclude=["slug"])
        requisition.save()
        if changed:
            audit_record(actor=actor, verb="requisition.updated", target=requisition, data=changed)
    return requisition


def _unique_slug(requisition) -> str:
    base = slugify(requisition.title_en)[:90] or "job"
    return f"{base}-{requisition.pk}"


def _apply_move(*, actor, requisition: Requisition, action: str, note: str) -> None:
    """Change a locked requisition's status by ``POSTING_TRANSITIONS``, with its audit row."""
    sources, target = POSTING_TRANSITIONS[action]
    if requisition.status not in sources:
        raise ValidationError(
            _("A requisition that is %(status)s cannot be moved to %(target)s.")
            % {"status": requisition.get_status_display(), "target": Requisition.Status(target).label}
        )
    now = timezone.now()
    previous = requisition.status
    requisition.status = target
    fields = ["status", "updated_at"]
    if target == Requisition.Status.OPEN:
        if requisition.closes_on and requisition.closes_on < timezone.localdate():
            raise ValidationError(_("The posting close date is in the past: change it before opening."))
        if not requisition.slug:
            requisition.slug = _unique_slug(requisition)
            fields.append("slug")
        if requisition.published_at is None:
            requisition.published_at = now
            fields.append("published_at")
    if target in (Requisition.Status.CLOSED, Requisition.Status.FILLED, Requisition.Status.CANCELLED):
        requisition.closed_at = now
        fields.append("closed_at")
    requisition.save(update_fields=fields)
    audit_record(
        actor=actor,
        verb=f"requisition.{action}",
        target=requisition,
        data={"from": previous, "to": target, "note": note},
    )


def requisition_move(*, actor, requisition: Requisition, action: str, note: str = "") -> Requisition:
    """Open, hold, close, mark filled or cancel, by the table ``POSTING_TRANSITIONS``."""
    if action not in POSTING_TRANSITIONS:
        raise ValidationError(_("Unknown action."))
    if not policies.can_manage_posting(actor):
        raise PermissionDenied
    with transaction.atomic():
        requisition = Requisition.objects.select_for_update().get(pk=requisition.pk)
        _apply_move(actor=actor, requisition=requisition, action=action, note=note)
    return requisition


def requisition_fill_if_complete(*, actor, requisition: Requisition, hired: int) -> bool:
    """Mark the requisition filled once ``hired`` people reached its headcount (called by the event
    that hires someone, in its transaction, whoever its actor is). True when it became filled."""
    requisition = Requisition.objects.select_for_update().get(pk=requisition.pk)
    sources, _target = POSTING_TRANSITIONS["fill"]
    if hired < requisition.headcount or requisition.status not in sources:
        return False
    _apply_move(actor=actor, requisition=requisition, action="fill",
                note=f"headcount {requisition.headcount} reached")  # fmt: skip
    return True


def requisition_change_dates(*, actor, requisition: Requisition, closes_on, internal_until) -> Requisition:
    """HR moves the posting's close date or internal-only window after approval (e.g. to reopen a
    posting that closed itself); the rest of an approved requisition stays as approved."""
    with transaction.atomic():
        requisition = Requisition.objects.select_for_update().get(pk=requisition.pk)
        if not policies.is_hr(actor):
            raise PermissionDenied
        if not policies.can_change_dates(actor, requisition):
            raise ValidationError(_("The posting dates of this requisition can no longer be changed here."))
        today = timezone.localdate()
        errors = {}
        if closes_on and closes_on < today:
            errors["closes_on"] = _("The posting close date is in the past.")
        if internal_until and closes_on and internal_until > closes_on:
            errors["internal_until"] = _("The internal-only window ends after the posting closes.")
        if errors:
            raise ValidationError(errors)
        before = {"closes_on": str(requisition.closes_on), "internal_until": str(requisition.internal_until)}
        requisition.closes_on = closes_on
        requisition.internal_until = internal_until
        requisition.save(update_fields=["closes_on", "internal_until", "updated_at"])
        audit_record(
            actor=actor,
            verb="requisition.dates_changed",
            target=requisition,
            data={"before": before, "after": {"closes_on": str(closes_on), "internal_until": str(internal_until)}},
        )
    return requisition


def requisitions_close_expired(*, today=None) -> int:
    """Close open or held postings whose close date has passed (run daily by Celery beat)."""
    today = today or timezone.localdate()
    closed = 0
    expired = Requisition.objects.filter(
        status__in=[Requisition.Status.OPEN, Requisition.Status.ON_HOLD], closes_on__lt=today
    ).values_list("pk", flat=True)
    for pk in expired:
        with transaction.atomic():
            requisition = Requisition.objects.select_for_update().get(pk=pk)
            if requisition.status not in (Requisition.Status.OPEN, Requisition.Status.ON_HOLD):
                continue  # moved by someone else meanwhile
            _apply_move(actor=None, requisition=requisition, action="close", note="close date passed")
            closed += 1
    return closed
