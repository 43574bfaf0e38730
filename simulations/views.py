"""The candidate's side of a simulation, reached only through their status link: the token names one
application, and an attempt of another application is a 404. Never cached."""

import contextlib

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from candidates.selectors import application_for_token
from recruiting.feedback import flash_errors
from simulations import selectors
from simulations.forms import answer_from_post
from simulations.models import Answer, Attempt, Item
from simulations.services import attempts as service


def _attempt(request, token, pk):
    """(attempt, None) for the link's own attempt, else (None, the response to give)."""
    application, problem = application_for_token(token)
    if problem:
        return None, render(request, "candidates/link_problem.html", {"problem": problem}, status=404)
    attempt = selectors.attempt_of_application(application, pk)
    if attempt is None:
        raise Http404
    return attempt, None


def _refused(request, token, attempt, error: ValidationError):
    if request.htmx:
        response = render(request, "simulations/partials/_saved.html", {"errors": error.messages})
        if any(getattr(e, "code", None) == "timed_out" for e in error.error_list):
            response["HX-Redirect"] = request.build_absolute_uri(_take_url(token, attempt))
        return response
    flash_errors(request, error)
    return redirect("simulations:take", token=token, pk=attempt.pk)


def _take_url(token, attempt):
    from django.urls import reverse

    return reverse("simulations:take", args=[token, attempt.pk])


@never_cache
def take(request, token, pk):
    """The attempt's front page: instructions and the practice item before the run, the overview and
    the submit button during it (reopening the link resumes at the item where the candidate was), the
    thanks after."""
    attempt, response = _attempt(request, token, pk)
    if response:
        return response
    if attempt.status == Attempt.Status.STARTED and service.seconds_left(attempt) <= 0:
        with contextlib.suppress(ValidationError):
            service.attempt_submit(attempt=attempt)
        attempt.refresh_from_db()
    if attempt.status == Attempt.Status.STARTED and request.GET.get("overview") != "1":
        return redirect("simulations:item", token=token, pk=pk, position=attempt.position)
    context = {"attempt": attempt, "token": token, "simulation": attempt.assignment.simulation}
    if attempt.status == Attempt.Status.INVITED:
        context["practice"] = service.practice_item(attempt)
        context["minutes"] = attempt.assignment.simulation.minutes + attempt.extra_minutes
    elif attempt.status == Attempt.Status.STARTED:
        items = selectors.items_in_order(attempt)
        saved = set(Answer.objects.filter(attempt=attempt, saved_at__isnull=False).values_list("item_id", flat=True))
        context.update(items=[(i, item, item.pk in saved) for i, item in enumerate(items)],
                       seconds_left=service.seconds_left(attempt))  # fmt: skip
    return render(request, "simulations/take.html", context)


@never_cache
@require_POST
def practice(request, token, pk):
    attempt, response = _attempt(request, token, pk)
    if response:
        return response
    try:
        result = service.attempt_practice(
            attempt=attempt, best=request.POST.get("best", ""), worst=request.POST.get("worst", "")
        )
    except ValidationError as error:
        flash_errors(request, error)
        return redirect("simulations:take", token=token, pk=pk)
    attempt.refresh_from_db()
    item = service.practice_item(attempt)
    return render(request, "simulations/take.html", {
        "attempt": attempt, "token": token, "simulation": attempt.assignment.simulation, "practice": item,
        "practice_result": result, "practice_answer": {"best": request.POST["best"], "worst": request.POST["worst"]},
        "minutes": attempt.assignment.simulation.minutes + attempt.extra_minutes,
    })  # fmt: skip


@never_cache
@require_POST
def start(request, token, pk):
    attempt, response = _attempt(request, token, pk)
    if response:
        return response
    try:
        # The run is taken in the page's language (switchable at the foot of the page before starting):
        # the typing passage is the one in that language.
        attempt = service.attempt_start(attempt=attempt, language=translation.get_language())
    except ValidationError as error:
        flash_errors(request, error)
        return redirect("simulations:take", token=token, pk=pk)
    return redirect("simulations:item", token=token, pk=pk, position=attempt.position)


@never_cache
def item(request, token, pk, position):
    attempt, response = _attempt(request, token, pk)
    if response:
        return response
    if attempt.status != Attempt.Status.STARTED:
        return redirect("simulations:take", token=token, pk=pk)
    try:
        answer = service.attempt_open_item(attempt=attempt, position=position)
    except ValidationError as error:
        if position >= len(attempt.order):
            raise Http404 from error
        return _refused(request, token, attempt, error)
    item = answer.item
    now = timezone.now()
    context = {
        "attempt": attempt,
        "token": token,
        "simulation": attempt.assignment.simulation,
        "item": item,
        "answer": answer,
        "position": position,
        "count": len(attempt.order),
        "seconds_left": service.seconds_left(attempt, now),
        "prompt": item.prompt_in(attempt.language),
    }
    if item.kind == Item.Kind.TYPING:
        limit = item.data.get("seconds", 60)
        used = (now - answer.opened_at).total_seconds()
        context["typing_seconds_left"] = max(0, int(limit - used))
    if item.kind == Item.Kind.REPETITIVE:
        marks = answer.choice.get("marks") or [None] * len(item.data["rows"])
        context["rows"] = [(i, row, marks[i]) for i, row in enumerate(item.data["rows"])]
    return render(request, "simulations/item.html", context)


@never_cache
@require_POST
def save(request, token, pk, item_id):
    """Autosave (htmx: answers with the save status) or the form's own buttons (then goes on to the
    item ``go`` names, or to the overview)."""
    attempt, response = _attempt(request, token, pk)
    if response:
        return response
    item = Item.objects.filter(pk=item_id, pk__in=attempt.order).first()
    if item is None:
        raise Http404
    try:
        service.answer_save(attempt=attempt, item_id=item.pk, **answer_from_post(item, request.POST))
    except ValidationError as error:
        return _refused(request, token, attempt, error)
    if request.htmx:
        return render(request, "simulations/partials/_saved.html", {"saved_at": timezone.now()})
    go = request.POST.get("go", "")
    if go.isdigit() and int(go) < len(attempt.order):
        return redirect("simulations:item", token=token, pk=pk, position=int(go))
    return redirect(f"{_take_url(token, attempt)}?overview=1")


@never_cache
@require_POST
def paste(request, token, pk, item_id):
    attempt, response = _attempt(request, token, pk)
    if response:
        return response
    try:
        service.answer_record_paste(attempt=attempt, item_id=item_id)
    except ValidationError as error:
        return _refused(request, token, attempt, error)
    return HttpResponse(status=204)


@never_cache
@require_POST
def submit(request, token, pk):
    attempt, response = _attempt(request, token, pk)
    if response:
        return response
    try:
        service.attempt_submit(attempt=attempt)
    except ValidationError as error:
        flash_errors(request, error)
    else:
        messages.success(request, _("Thank you: your answers have been submitted."))
    return redirect("simulations:take", token=token, pk=pk)
