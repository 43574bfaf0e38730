"""HR's pages for the lists candidates see: the rejection reasons (with the feedback a candidate
receives) and the e-mail a candidate receives when their application enters a stage."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from candidates import selectors
from candidates.forms import CandidateMessageForm, RejectionReasonForm
from candidates.models import CandidateMessage, RejectionReason, Stage
from candidates.services.lists import candidate_message_save, rejection_reason_save
from recruiting.feedback import add_service_errors
from recruiting.roles import Role, role_required


def _free_stages(messages_by_stage) -> list[tuple[str, str]]:
    """(value, label) of the stages that have no message yet, in pipeline order."""
    return [(value, label) for value, label in Stage.choices if value not in messages_by_stage]


def _saved(request, form, save, success: str) -> bool:
    """Run ``save`` (a service call with the form's data) when the form is valid: True when it saved;
    otherwise the service's errors are on the form."""
    if request.method != "POST" or not form.is_valid():
        return False
    try:
        save(form.cleaned_data)
    except ValidationError as error:
        add_service_errors(form, error)
        return False
    messages.success(request, success)
    return True


@role_required(Role.HR)
def lists(request):
    reasons, by_stage = selectors.editable_lists()
    return render(
        request,
        "candidates/lists.html",
        {
            "reasons": reasons,
            "stage_messages": [by_stage[value] for value in Stage.values if value in by_stage],
            "can_add_message": bool(_free_stages(by_stage)),
        },
    )


@role_required(Role.HR)
def reason_form(request, pk=None):
    """Add a rejection reason, or (``pk``) edit one."""
    reason = get_object_or_404(RejectionReason, pk=pk) if pk is not None else None
    form = RejectionReasonForm(request.POST or None, instance=reason)
    if _saved(
        request,
        form,
        lambda data: rejection_reason_save(actor=request.user, reason=reason, data=data),
        _("Rejection reason saved.") if reason else _("Rejection reason added."),
    ):
        return redirect("candidates:lists")
    return render(request, "candidates/reason_form.html", {"form": form, "reason": reason})


@role_required(Role.HR)
def message_form(request, pk=None):
    """Add the message of a stage that has none, or (``pk``) edit one."""
    message = get_object_or_404(CandidateMessage, pk=pk) if pk is not None else None
    extra = {}
    if message is None:
        extra["free_stages"] = _free_stages(set(selectors.editable_lists()[1]))
        if not extra["free_stages"]:
            messages.info(request, _("Every stage already has a message: edit one instead."))
            return redirect("candidates:lists")
    form = CandidateMessageForm(request.POST or None, instance=message, **extra)
    if _saved(
        request,
        form,
        lambda data: candidate_message_save(actor=request.user, message=message, data=data),
        _("Message saved.") if message else _("Message added."),
    ):
        return redirect("candidates:lists")
    return render(request, "candidates/message_form.html", {"form": form, "message": message})
