"""Staff pages for offers and probation; the candidate answers an offer on their status page
(``views.offer_answer``)."""

from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candidates import selectors
from candidates.forms import OfferForm, ProbationOutcomeForm, ProbationReviewForm
from candidates.models import Offer, ProbationReview
from candidates.services import offers, probation
from recruiting.feedback import add_service_errors, flash_errors, perform
from recruiting.roles import Role, has_role, role_required

OFFER_STAFF = (Role.HR, Role.HIRING_MANAGER, Role.APPROVER)


def _offer(request, pk) -> Offer:
    offer = selectors.offer_for_user(user=request.user, pk=pk)
    if offer is None:
        raise Http404
    return offer


def _defaults(application) -> dict:
    requisition = application.requisition
    today = timezone.localdate()
    return {
        "position_title": requisition.title,
        "department_name": str(requisition.department),
        "monthly_salary": requisition.salary_min,
        "start_date": today + timezone.timedelta(days=21),
        "expires_on": today + timezone.timedelta(days=7),
        "contract_months": 36,
        "probation_months": 3,
        "benefits": requisition.benefits,
        "language": application.language,
    }


@role_required(Role.HR)
def offer_create(request, application_id):
    application = selectors.applications_for_user(user=request.user).filter(pk=application_id).first()
    if application is None:
        raise Http404
    form = OfferForm(request.POST or None, initial=_defaults(application))
    if request.method == "POST" and form.is_valid():
        try:
            offer = offers.offer_draft(actor=request.user, application=application, terms=form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("candidates:offer", pk=offer.pk)
    return render(request, "candidates/offer_form.html", {"form": form, "application": application})


@role_required(Role.HR)
def offer_edit(request, pk):
    offer = _offer(request, pk)
    form = OfferForm(request.POST or None, instance=offer)
    if request.method == "POST" and form.is_valid():
        try:
            offers.offer_update(actor=request.user, offer=offer, terms=form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("candidates:offer", pk=offer.pk)
    return render(
        request, "candidates/offer_form.html", {"form": form, "application": offer.application, "offer": offer}
    )


@role_required(*OFFER_STAFF)
def offer_detail(request, pk):
    offer = _offer(request, pk)
    return render(
        request,
        "candidates/offer_detail.html",
        {
            "offer": offer,
            "is_hr": has_role(request.user, Role.HR),
            "may_decide": has_role(request.user, Role.APPROVER)
            and offer.status == Offer.Status.PENDING_APPROVAL
            and offer.drafted_by_id != request.user.pk
            and not any(a.approver_id == request.user.pk for a in offer.approvals.all()),
            "letter": next(iter(offer.letters.all()), None),
        },
    )


def _run_action(request, offer, action):
    """The service behind each button of the offer page, and what it says when it worked."""
    comment = request.POST.get("comment", "")
    user = request.user
    if action == "submit":
        return lambda: offers.offer_submit(actor=user, offer=offer), _("Sent for approval.")
    if action in ("approve", "return"):
        decide = lambda: offers.offer_decide(actor=user, offer=offer, approve=action == "approve", comment=comment)  # noqa: E731
        return decide, _("Approved.") if action == "approve" else _("Returned to HR.")
    if action == "send":
        return lambda: offers.offer_send(actor=user, offer=offer), _(
            "Sent: the letter is being prepared and will be e-mailed with it."
        )
    if action == "regenerate":
        return lambda: offers.offer_letter_regenerate(actor=user, offer=offer), _(
            "A new version of the letter is being prepared."
        )
    if action == "withdraw":
        reason = request.POST.get("reason", "")
        return lambda: offers.offer_withdraw(actor=user, offer=offer, reason=reason), _("The offer is withdrawn.")
    raise Http404


ACTIONS = ("submit", "approve", "return", "send", "regenerate", "withdraw")


@require_POST
@role_required(*OFFER_STAFF)
def offer_action(request, pk, action):
    if action not in ACTIONS:
        raise Http404
    offer = _offer(request, pk)
    run, success = _run_action(request, offer, action)
    perform(request, run, success)
    return redirect("candidates:offer", pk=pk)


@role_required(*OFFER_STAFF)
def offer_letter(request, pk, version):
    offer = _offer(request, pk)
    letter = offer.letters.filter(version=version).first()
    if letter is None:
        raise Http404
    return pdf_response(letter)


def pdf_response(letter, filename=None):
    """A letter as a download (staff and the candidate's status link)."""
    try:
        handle = letter.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    name = filename or f"offer-{letter.offer_id}-v{letter.version}.pdf"
    response = FileResponse(handle, as_attachment=True, filename=name, content_type="application/pdf")
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _probation(request, pk):
    record = selectors.probation_for_user(user=request.user, pk=pk)
    if record is None:
        raise Http404
    return record


@role_required(Role.HR, Role.HIRING_MANAGER)
def probation_detail(request, pk):
    record = _probation(request, pk)
    months = probation.months_in(record)
    reviewed = {review.month for review in record.reviews.all()}
    next_month = next((m for m in range(1, months + 1) if m not in reviewed), months)
    return render(
        request,
        "candidates/probation_detail.html",
        {
            "probation": record,
            "review_form": ProbationReviewForm(months=months, initial={"month": next_month}),
            "outcome_form": ProbationOutcomeForm(),
        },
    )


@require_POST
@role_required(Role.HR, Role.HIRING_MANAGER)
def probation_review(request, pk):
    record = _probation(request, pk)
    form = ProbationReviewForm(request.POST, months=probation.months_in(record))
    if not form.is_valid():
        flash_errors(request, form)
    else:
        data = form.cleaned_data
        perform(
            request,
            lambda: probation.probation_review_add(
                actor=request.user, probation=record, month=data["month"], comments=data["comments"],
                recommendation=data["recommendation"],
                scores={name: data[name] for name in ProbationReview.SCORES},
            ),
            _("Review recorded."),
        )  # fmt: skip
    return redirect("candidates:probation", pk=pk)


@require_POST
@role_required(Role.HR, Role.HIRING_MANAGER)
def probation_outcome(request, pk):
    record = _probation(request, pk)
    form = ProbationOutcomeForm(request.POST)
    if not form.is_valid():
        flash_errors(request, form)
        return redirect("candidates:probation", pk=pk)
    data = form.cleaned_data
    outcome = data["outcome"]
    if outcome == "pass":
        perform(request, lambda: probation.probation_pass(actor=request.user, probation=record, note=data["note"]),
                _("Probation passed: the person is hired."))  # fmt: skip
    elif outcome == "extend":
        perform(request, lambda: probation.probation_extend(actor=request.user, probation=record,
                                                            ends_on=data["ends_on"], note=data["note"]),
                _("Probation extended."))  # fmt: skip
    else:
        perform(request, lambda: probation.probation_terminate(actor=request.user, probation=record,
                                                               note=data["note"]),
                _("Employment ended in probation."))  # fmt: skip
    return redirect("candidates:probation", pk=pk)
