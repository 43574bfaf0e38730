from zoneinfo import ZoneInfo

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candidates import selectors as candidate_selectors
from candidates.models import Stage
from candidates.pipeline import check_move
from interviews import kits, selectors
from interviews.calendar import invitation
from interviews.forms import CancelForm, QuestionForm, ScheduleForm
from interviews.models import Interview, Question, Recommendation, Scorecard
from interviews.services import scheduling, scorecards
from interviews.services.questions import question_save
from recruiting.feedback import add_service_errors, flash_errors, perform
from recruiting.roles import Role, has_role, role_required
from requisitions.choices import KeyItem
from requisitions.eligibility import Outcome

STAFF = (Role.HR, Role.HIRING_MANAGER, Role.INTERVIEWER)


def _interview(request, pk) -> Interview:
    interview = selectors.interview_for_user(user=request.user, pk=pk)
    if interview is None:
        raise Http404
    return interview


def _slot(data) -> scheduling.Slot:
    return scheduling.Slot(**{name: data[name] for name in (
        "round", "format", "starts_at", "duration_minutes", "time_zone", "location", "video_link",
        "note_to_candidate")})  # fmt: skip


@role_required(Role.HR, Role.HIRING_MANAGER)
def interview_schedule(request, application_id):
    application = candidate_selectors.applications_for_user(user=request.user).filter(pk=application_id).first()
    if application is None:
        raise Http404
    initial = {"round": "second" if application.stage == Stage.SECOND_INTERVIEW else "first"}
    return _schedule_page(request, application, initial=initial)


def _schedule_page(request, application, *, initial, interview=None):
    """The schedule form, for a new interview or (``interview``) a reschedule: the same form, the
    service for each, service errors on their fields."""
    form = ScheduleForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        panel = {"slot": _slot(form.cleaned_data), "interviewers": list(form.cleaned_data["interviewers"]),
                 "allow_conflicts": form.cleaned_data["allow_conflicts"]}  # fmt: skip
        try:
            if interview is None:
                interview = scheduling.interview_schedule(actor=request.user, application=application, **panel)
            else:
                scheduling.interview_reschedule(actor=request.user, interview=interview, **panel)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("interviews:detail", pk=interview.pk)
    return render(
        request, "interviews/interview_form.html", {"form": form, "application": application, "interview": interview}
    )


@role_required(*STAFF)
def interview_detail(request, pk):
    """The interview and its kit (printable): competencies with weights, anchors and questions, the
    resume and the screening answers."""
    interview = _interview(request, pk)
    application = interview.application
    zone = ZoneInfo(interview.time_zone)
    return render(
        request,
        "interviews/interview_detail.html",
        {
            "interview": interview,
            "application": application,
            "local_start": interview.starts_at.astimezone(zone),
            "local_end": interview.ends_at.astimezone(zone),
            "competencies": kits.competencies(
                requisition_id=application.requisition_id, round=interview.round, format=interview.format
            ),
            "answers": list(application.answers.all()),
            "resume": getattr(application, "resume", None),
            "on_panel": any(p.pk == request.user.pk for p in interview.interviewers.all()),
            "may_schedule": scheduling.may_schedule(request.user, application),
            "cards": list(selectors.scorecards_for(user=request.user, application=application)),
            "blind": selectors.is_blind(request.user, application),
            "cancel_form": CancelForm(),
        },
    )


@role_required(Role.HR, Role.HIRING_MANAGER)
def interview_edit(request, pk):
    interview = _interview(request, pk)
    if not scheduling.may_schedule(request.user, interview.application):
        raise PermissionDenied
    zone = ZoneInfo(interview.time_zone)
    initial = {
        "round": interview.round,
        "format": interview.format,
        "starts_at": interview.starts_at.astimezone(zone).replace(tzinfo=None),
        "duration_minutes": interview.duration_minutes,
        "time_zone": interview.time_zone,
        "location": interview.location,
        "video_link": interview.video_link,
        "note_to_candidate": interview.note_to_candidate,
        "interviewers": list(interview.interviewers.all()),
    }
    return _schedule_page(request, interview.application, initial=initial, interview=interview)


@require_POST
@role_required(Role.HR, Role.HIRING_MANAGER)
def interview_cancel(request, pk):
    interview = _interview(request, pk)
    form = CancelForm(request.POST)
    if not form.is_valid():
        flash_errors(request, form)
    else:
        perform(
            request,
            lambda: scheduling.interview_cancel(
                actor=request.user, interview=interview, reason=form.cleaned_data["reason"]
            ),
            _("The interview is cancelled; everyone has been told."),
        )
    return redirect("interviews:detail", pk=pk)


@role_required(*STAFF)
def interview_ics(request, pk):
    """The current invitation as a file, for adding to a calendar by hand."""
    interview = _interview(request, pk)
    method = "REQUEST" if interview.status == Interview.Status.SCHEDULED else "CANCEL"
    text = invitation(
        interview=interview, method=method, summary=str(interview.application.requisition.title),
        description=interview.note_to_candidate,
        attendees=[(p.get_full_name() or p.username, p.email) for p in interview.interviewers.all() if p.email],
    )  # fmt: skip
    response = HttpResponse(text, content_type=f"text/calendar; method={method}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="interview-{interview.pk}.ics"'
    return response


@role_required(*STAFF)
def scorecard_edit(request, pk):
    """The interviewer's card for interview ``pk``: GET shows it (or a button to start it: a GET
    changes nothing); POST with ``start`` starts it; other POSTs save the draft (htmx autosave answers
    with a small status line) or, with ``submit``, submit it."""
    interview = _interview(request, pk)
    if not selectors.sits_on(request.user, interview):
        raise PermissionDenied
    if request.method == "POST" and "start" in request.POST:
        if perform(request, lambda: scorecards.scorecard_start(actor=request.user, interview=interview)):
            return redirect("interviews:scorecard_edit", pk=pk)
        return redirect("interviews:detail", pk=pk)
    card = selectors.own_card(request.user, interview)
    if card is None:
        return render(request, "interviews/scorecard_start.html", {"interview": interview})
    errors = {}
    if request.method == "POST" and card.status == Scorecard.Status.DRAFT:
        try:
            card = scorecards.scorecard_save(actor=request.user, scorecard=card, data=request.POST)
            if "submit" in request.POST:
                scorecards.scorecard_submit(actor=request.user, scorecard=card)
                return redirect("interviews:scorecard", pk=card.pk)
        except ValidationError as error:
            errors = error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
        if request.htmx:
            return render(request, "interviews/partials/_autosave.html", {"errors": errors}, status=200)
    card = Scorecard.objects.prefetch_related("ratings").get(pk=card.pk)
    return render(
        request,
        "interviews/scorecard_form.html",
        {
            "interview": interview,
            "card": card,
            "ratings": [(r, kits.anchors_in_language(r.key_item)) for r in card.ratings.all()],
            "errors": errors,
            "recommendations": Recommendation.choices,
        },
    )


@require_POST
@role_required(*STAFF)
def scorecard_amend(request, pk):
    card = selectors.scorecard_for(user=request.user, pk=pk)
    if card is None:
        raise Http404
    if perform(request, lambda: scorecards.scorecard_amend(actor=request.user, scorecard=card)):
        return redirect("interviews:scorecard_edit", pk=card.interview_id)
    return redirect("interviews:scorecard", pk=pk)


@role_required(*STAFF)
def scorecard_detail(request, pk):
    card = selectors.scorecard_for(user=request.user, pk=pk)
    if card is None:
        raise Http404
    return render(request, "interviews/scorecard_detail.html", {"card": card, "ratings": list(card.ratings.all())})


RECOMMENDATION_ORDER = ["strong_yes", "yes", "no", "strong_no"]
NEXT_STAGE = {"resume_screen": "first_interview", "first_interview": "second_interview"}
PLACEHOLDER = 999999999


def _links(name):
    """``reverse(name, args=[pk])`` for many ``pk`` from one URL lookup (a review page has some 400
    links; ``{% url %}`` costs ~0.1 ms each)."""
    pattern = reverse(name, args=[PLACEHOLDER])
    return lambda pk: pattern.replace(str(PLACEHOLDER), str(int(pk)))


@role_required(Role.HR, Role.HIRING_MANAGER)
def review(request, requisition_id):
    stage = request.GET.get("stage") if request.GET.get("stage") in Stage.values else None
    sort = request.GET.get("sort") if request.GET.get("sort") in selectors.REVIEW_SORTS else "overall"
    found = selectors.review(
        user=request.user, requisition_id=requisition_id, stage=stage, sort=sort, page_number=request.GET.get("page")
    )
    if found is None:
        raise Http404
    # Labels and the competency cells are worked out here once per page rather than per cell by
    # template tags and filters: a page has some 2,000 cells, which share a few dozen distinct means.
    labels = {key: str(label) for key, label in Recommendation.choices}
    stage_labels = {key: str(label) for key, label in Stage.choices}
    outcome_labels = {key: str(label) for key, label in Outcome.choices}
    formatted = {None: "–"}
    detail_url, move_url = _links("candidates:detail"), _links("candidates:move")
    card_url = _links("interviews:scorecard")
    is_hr = has_role(request.user, Role.HR)
    key_items = {key: str(label) for key, label in KeyItem.choices}
    for row in found.page:
        application = row.application
        means = [row.summary.competencies.get(key, {}).get("mean") for key in found.columns]
        for mean in means:
            if mean not in formatted:
                formatted[mean] = floatformat(mean, 1) or "–"
        row.cells = format_html_join("", "<td>{}</td>", ((formatted[mean],) for mean in means))
        row.recommendations = [(labels[key], row.summary.recommendations[key]) for key in RECOMMENDATION_ORDER]
        row.card_links = [
            (card, labels.get(card.recommendation, card.recommendation), card_url(card.pk)) for card in row.cards
        ]
        row.detail_url, row.move_url = detail_url(application.candidate_id), move_url(application.pk)
        row.stage_label = stage_labels.get(application.stage, application.stage)
        row.screening_label = outcome_labels.get(application.screening_outcome, application.screening_outcome)
        forward = NEXT_STAGE.get(application.stage)
        allowed = forward and check_move(application.stage, forward, is_hr=is_hr).allowed
        row.next_stage = (forward, stage_labels[forward]) if allowed else None
        row.work_sample = found.work_samples.get(application.pk)
        if row.work_sample:
            row.work_sample_evidence = ", ".join(
                f"{key_items.get(key, key)} {floatformat(mean, 1)}" for key, mean in row.work_sample.key_items().items()
            )
    return render(
        request,
        "interviews/review.html",
        {
            "requisition": found.requisition,
            "columns": list(found.columns.items()),
            "page": found.page,
            "stage": stage,
            "stages": Stage.choices,
            "sort": sort,
            "blind_for": found.blind_for,
            "work_samples": bool(found.work_samples),
            "sorts": [
                ("overall", _("Overall score")),
                ("spread", _("Spread")),
                ("name", _("Name")),
                ("stage", _("Stage")),
            ],
        },
    )


@role_required(*STAFF)
def my_interviews(request):
    return render(
        request,
        "interviews/my_interviews.html",
        {
            "upcoming": list(selectors.upcoming_for(request.user)[:50]),
            "due": list(selectors.due_scorecards_for(request.user)[:50]),
            "history": Paginator(selectors.history_for(request.user), 25).get_page(request.GET.get("page")),
        },
    )


@role_required(*STAFF)
def question_list(request):
    questions = Question.objects.order_by("kind", "code")
    competency = request.GET.get("competency", "")
    rows = [q for q in questions if not competency or competency in q.competencies]
    return render(
        request,
        "interviews/question_list.html",
        {
            "questions": rows,
            "competency": competency,
            "competency_choices": KeyItem.choices,
            "may_edit": has_role(request.user, Role.HR),
        },
    )


@role_required(Role.HR)
def question_form(request, pk=None):
    question = None
    if pk is not None:
        question = Question.objects.filter(pk=pk).first()
        if question is None:
            raise Http404
    form = QuestionForm(request.POST or None, instance=question)
    if request.method == "POST" and form.is_valid():
        try:
            question_save(actor=request.user, question=question, data=form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("interviews:questions")
    return render(request, "interviews/question_form.html", {"form": form, "question": question})
