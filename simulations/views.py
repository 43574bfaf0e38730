"""The candidate's side of a simulation, reached only through their status link: the token names one
application, and an attempt of another application is a 404. Never cached."""

from functools import wraps

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
from simulations.models import Attempt, Item
from simulations.services import attempts as service


def attempt_view(view):
    """A page of the candidate's attempt, reached through their status link: the view gets the link's
    own attempt (another application's is a 404; a bad link shows the link page); never cached."""

    @never_cache
    @wraps(view)
    def wrapped(request, token, pk, *args, **kwargs):
        application, problem = application_for_token(token)
        if problem:
            return render(request, "candidates/link_problem.html", {"problem": problem}, status=404)
        attempt = selectors.attempt_of_application(application, pk)
        if attempt is None:
            raise Http404
        return view(request, token, attempt, *args, **kwargs)

    return wrapped


def _codes(error: ValidationError) -> set:
    return {getattr(e, "code", None) for e in error.error_list}


def _refused(request, token, attempt, error: ValidationError, go=None):
    """A refused answer: htmx gets the message in the save status (and, when time is up, goes to the
    attempt's front page); a plain form gets it as a message, back on the item, or on to where it was
    going when the refusal only says the typing task's time is over."""
    if request.htmx:
        response = render(request, "simulations/partials/_saved.html", {"errors": error.messages})
        if "timed_out" in _codes(error):
            response["HX-Redirect"] = request.build_absolute_uri(_take_url(token, attempt))
        return response
    flash_errors(request, error)
    if "typing_closed" in _codes(error) and go is not None:
        return _go(token, attempt, go)
    if "timed_out" not in _codes(error) and attempt.status == Attempt.Status.STARTED:
        return redirect("simulations:item", token=token, pk=attempt.pk, position=attempt.position)
    return redirect("simulations:take", token=token, pk=attempt.pk)


def _go(token, attempt, go: str):
    """Where the item form's buttons lead: an item by its position, else the overview."""
    try:
        position = int(go)
    except ValueError:
        position = None
    if position is not None and 0 <= position < len(attempt.order):
        return redirect("simulations:item", token=token, pk=attempt.pk, position=position)
    return redirect(f"{_take_url(token, attempt)}?overview=1")


def _take_url(token, attempt):
    from django.urls import reverse

    return reverse("simulations:take", args=[token, attempt.pk])


@attempt_view
def take(request, token, attempt):
    """The attempt's front page: instructions and the practice item before the run, the overview and
    the submit button during it (reopening the link resumes at the item where the candidate was), the
    thanks after."""
    if attempt.status == Attempt.Status.STARTED:
        attempt = service.attempt_close_if_over(attempt=attempt)  # the page's clock ran out: past it, submitted
    if attempt.status == Attempt.Status.STARTED and request.GET.get("overview") != "1":
        return redirect("simulations:item", token=token, pk=attempt.pk, position=attempt.position)
    context = {"attempt": attempt, "token": token, "simulation": attempt.assignment.simulation}
    if attempt.status == Attempt.Status.INVITED:
        context["practice"] = service.practice_item(attempt)
        context["minutes"] = attempt.assignment.simulation.minutes + attempt.extra_minutes
    elif attempt.status == Attempt.Status.STARTED:
        context.update(items=selectors.overview(attempt), seconds_left=service.seconds_left(attempt))

    return render(request, "simulations/take.html", context)


@attempt_view
@require_POST
def practice(request, token, attempt):
    try:
        result = service.attempt_practice(
            attempt=attempt, best=request.POST.get("best", ""), worst=request.POST.get("worst", "")
        )
    except ValidationError as error:
        flash_errors(request, error)
        return redirect("simulations:take", token=token, pk=attempt.pk)
    attempt.refresh_from_db()
    item = service.practice_item(attempt)
    return render(request, "simulations/take.html", {
        "attempt": attempt, "token": token, "simulation": attempt.assignment.simulation, "practice": item,
        "practice_result": result, "practice_answer": {"best": request.POST["best"], "worst": request.POST["worst"]},
        "minutes": attempt.assignment.simulation.minutes + attempt.extra_minutes,
    })  # fmt: skip


@attempt_view
@require_POST
def start(request, token, attempt):
    try:
        # The run is taken in the page's language (switchable at the foot of the page before starting):
        # the typing passage is the one in that language.
        attempt = service.attempt_start(attempt=attempt, language=translation.get_language())
    except ValidationError as error:
        flash_errors(request, error)
        return redirect("simulations:take", token=token, pk=attempt.pk)
    return redirect("simulations:item", token=token, pk=attempt.pk, position=attempt.position)


@attempt_view
def item(request, token, attempt, position):
    if attempt.status != Attempt.Status.STARTED:
        return redirect("simulations:take", token=token, pk=attempt.pk)
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
        context["typing_seconds_left"] = selectors.typing_seconds_left(answer, now)
    if item.kind == Item.Kind.REPETITIVE:
        context["rows"] = selectors.rows_with_marks(answer)
    return render(request, "simulations/item.html", context)


@attempt_view
@require_POST
def save(request, token, attempt, item_id):
    """Autosave (htmx: answers with the save status) or the form's own buttons (then goes on to the
    item ``go`` names, or to the overview)."""
    item = Item.objects.filter(pk=item_id, pk__in=attempt.order).first()
    if item is None:
        raise Http404
    go = request.POST.get("go", "")
    try:
        service.answer_save(attempt=attempt, item_id=item.pk, **answer_from_post(item, request.POST))
    except ValidationError as error:
        return _refused(request, token, attempt, error, go=go)
    if request.htmx:
        return render(request, "simulations/partials/_saved.html", {"saved_at": timezone.now()})
    return _go(token, attempt, go)


@attempt_view
@require_POST
def paste(request, token, attempt, item_id):
    try:
        service.answer_record_paste(attempt=attempt, item_id=item_id)
    except ValidationError as error:  # the page's script sends it and reads nothing back
        return HttpResponse(" ".join(error.messages), status=409, content_type="text/plain; charset=utf-8")
    return HttpResponse(status=204)


@attempt_view
@require_POST
def submit(request, token, attempt):
    try:
        service.attempt_submit(attempt=attempt)
    except ValidationError as error:
        flash_errors(request, error)
    else:
        messages.success(request, _("Thank you: your answers have been submitted."))
    return redirect("simulations:take", token=token, pk=attempt.pk)
