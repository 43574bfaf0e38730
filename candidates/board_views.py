"""The kanban board of a requisition: a column per stage; dragging a card calls the pipeline service."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candidates import selectors
from candidates.extensions import card_templates, sections
from candidates.models import Application, Source, Stage
from candidates.services.pipeline import application_transition
from recruiting.roles import Role, role_required
from requisitions.eligibility import Outcome


def _render(request, requisition_id, *, message="", ok=True, status=200):
    outcome = request.GET.get("outcome") if request.GET.get("outcome") in Outcome.values else None
    source = request.GET.get("source") if request.GET.get("source") in Source.values else None
    tag = (request.GET.get("tag") or "").strip()[:50] or None
    found = selectors.board(user=request.user, requisition_id=requisition_id, outcome=outcome, source=source, tag=tag)
    if found is None:
        raise Http404
    now = timezone.now()
    stage_labels = dict(Stage.choices)
    context = {
        "requisition": found.requisition,
        "columns": [
            (stage, stage_labels[stage], [(card, (now - card.stage_changed_at).days) for card in cards])
            for stage, cards in found.columns.items()
        ],
        "closed": [(stage_labels[stage], count) for stage, count in found.closed.items()],
        "outcomes": Outcome.choices,
        "sources": Source.choices,
        "tags": found.tags,
        "card_templates": card_templates(),
        "board_sections": sections("board", requisition=found.requisition),
        "outcome": outcome,
        "source": source,
        "tag": tag,
        "message": message,
        "ok": ok,
    }
    template = "candidates/partials/_board.html" if request.htmx else "candidates/board.html"
    return render(request, template, context, status=status)


@role_required(Role.HR, Role.HIRING_MANAGER)
def board(request, requisition_id):
    return _render(request, requisition_id)


@require_POST
@role_required(Role.HR, Role.HIRING_MANAGER)
def board_move(request, requisition_id, pk):
    """A dropped card: the same service as every other move; a refused move re-renders the board as
    it was (the card snaps back) with the reason."""
    application = (
        selectors.applications_for_user(user=request.user).filter(pk=pk, requisition_id=requisition_id).first()
    )
    if application is None:
        raise Http404
    target = request.POST.get("target", "")
    try:
        application_transition(actor=request.user, application=application, target=target)
    except (ValidationError, PermissionDenied) as error:
        reason = " ".join(error.messages) if isinstance(error, ValidationError) else _("You may not move this card.")
        return _render(request, requisition_id, message=reason, ok=False)
    moved = Application.objects.select_related("candidate").get(pk=pk)
    return _render(
        request,
        requisition_id,
        message=_("%(name)s moved to %(stage)s.")
        % {"name": moved.candidate.full_name, "stage": moved.get_stage_display()},
    )
