"""Staff pages: HR invites a candidate to the stage's simulation and manages the attempt (extra
time, reviewers, another attempt, cancel); HR and the requisition's hiring manager read the attempt
and its result; a named reviewer scores the replies on the blind scoring page."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from candidates.selectors import applications_for_user
from recruiting.feedback import add_service_errors, flash_errors, perform
from recruiting.roles import Role, has_role, role_required
from requisitions.choices import KeyItem
from simulations import library, selectors
from simulations.forms import ExtraTimeForm, GrantForm, InviteForm, ReviewersForm, ReviewScoresForm
from simulations.models import Attempt, Dimension
from simulations.services import attempts as service
from simulations.services.reviews import replies, review_save, review_submit, reviewers_add


def _application_in_scope(user, application_id):
    """The application, in the user's scope as the application list has it (HR all; a hiring manager
    their requisitions'), else 404."""
    application = applications_for_user(user=user).filter(pk=application_id).first()
    if application is None:
        raise Http404
    return application


@require_POST
@role_required(Role.HR)
def invite(request, application_id):
    application = _application_in_scope(request.user, application_id)
    form = InviteForm(request.POST)
    if not form.is_valid():
        flash_errors(request, form)
    else:
        perform(
            request,
            lambda: service.attempt_invite(actor=request.user, application=application, **form.cleaned_data),
            _("The candidate has been invited to the simulation; the email with their link is on its way."),
        )
    return redirect("candidates:detail", pk=application.candidate_id)


def _attempt(request, pk) -> Attempt:
    attempt = Attempt.objects.select_related("assignment__simulation", "application__candidate",
                                             "application__requisition").filter(pk=pk).first()  # fmt: skip
    if attempt is None:
        raise Http404
    _application_in_scope(request.user, attempt.application_id)
    return attempt


@role_required(Role.HR, Role.HIRING_MANAGER)
def attempt_detail(request, pk):
    attempt = _attempt(request, pk)
    result = next(
        (r for r in selectors.results_for_applications(user=request.user, application_ids=[attempt.application_id])
         .get(attempt.application_id, []) if r.attempt.pk == attempt.pk),
        None,
    )  # fmt: skip
    answers = {a.item_id: a for a in attempt.answers.all()}
    items = [(item, answers.get(item.pk)) for item in selectors.items_in_order(attempt)]
    return render(request, "simulations/attempt_detail.html", {
        "attempt": attempt, "result": result, "items": items, "is_hr": has_role(request.user, Role.HR),
        "reviews": list(attempt.reviews.select_related("reviewer")),
        "extra_form": ExtraTimeForm(initial={"extra_minutes": attempt.extra_minutes}),
        "reviewers_form": ReviewersForm(), "grant_form": GrantForm(),
        "dimensions": Dimension.choices, "key_item_labels": dict(KeyItem.choices),
    })  # fmt: skip


@require_POST
@role_required(Role.HR)
def attempt_action(request, pk, action):
    attempt = _attempt(request, pk)
    if action == "cancel":
        perform(request, lambda: service.attempt_cancel(actor=request.user, attempt=attempt), _("Attempt cancelled."))
    elif action == "extra-time":
        form = ExtraTimeForm(request.POST)
        if form.is_valid():
            perform(request, lambda: service.attempt_set_extra_time(
                actor=request.user, attempt=attempt, extra_minutes=form.cleaned_data["extra_minutes"]
            ), _("Extra time saved."))  # fmt: skip
        else:
            flash_errors(request, form)
    elif action == "reviewers":
        form = ReviewersForm(request.POST)
        if form.is_valid():
            reviewers = form.cleaned_data["reviewers"]
            perform(
                request,
                lambda: reviewers_add(actor=request.user, attempt=attempt, reviewers=reviewers),
                _("Reviewers added."),
            )
        else:
            flash_errors(request, form)
    elif action == "grant":
        form = GrantForm(request.POST)
        if form.is_valid():
            if perform(request, lambda: service.attempt_grant_another(
                actor=request.user, attempt=attempt, reason=form.cleaned_data["reason"]
            ), _("Another attempt granted; the candidate has been emailed.")):  # fmt: skip
                latest = Attempt.objects.filter(application=attempt.application_id,
                                                assignment=attempt.assignment_id).first()  # fmt: skip
                return redirect("simulations:attempt", pk=latest.pk)
        else:
            flash_errors(request, form)
    else:
        raise Http404
    return redirect("simulations:attempt", pk=attempt.pk)


@role_required(Role.HR, Role.HIRING_MANAGER, Role.INTERVIEWER)
def review_list(request):
    return render(request, "simulations/review_list.html", {"reviews": list(selectors.reviews_for(request.user))})


@require_http_methods(["GET", "POST"])
@role_required(Role.HR, Role.HIRING_MANAGER, Role.INTERVIEWER)
def review_edit(request, pk):
    """The blind scoring page: the simulation's knowledge base, each customer message and the reply,
    the rubric with its anchors; no name, and nobody else's scores until this review is submitted."""
    review = selectors.review_for(request.user, pk)
    if review is None:
        raise Http404
    attempt = review.attempt
    answers = replies(attempt)
    current = {(s.answer_id, s.dimension): s.score for s in review.scores.all()}
    initial = {f"score-{a}-{d}": v for (a, d), v in current.items() if v is not None} | {"comment": review.comment}
    form = ReviewScoresForm(request.POST or None, answers=answers, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            review_save(actor=request.user, review=review, scores=form.scores(), comment=form.cleaned_data["comment"])
            if request.POST.get("submit"):
                review_submit(actor=request.user, review=review)
                messages.success(request, _("Review submitted."))
            else:
                messages.success(request, _("Draft saved."))
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("simulations:review", pk=review.pk)
    rows = [
        (answer, answer.item.prompt_in(attempt.language), [form[f"score-{answer.pk}-{d}"] for d in Dimension.values])
        for answer in answers
    ]
    return render(request, "simulations/review_form.html", {
        "review": review, "attempt": attempt, "form": form, "rows": rows,
        "simulation": attempt.assignment.simulation, "rubric": _rubric(),
        "others": selectors.others_reviews(review), "dimensions": Dimension.choices,
        "locked": review.status != review.Status.DRAFT,
    })  # fmt: skip


def _rubric():
    from requisitions.models import pick_language

    return [
        (label, [(score, pick_language(*library.RUBRIC[value][score])) for score in (1, 3, 5)])
        for value, label in Dimension.choices
    ]
