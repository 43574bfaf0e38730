"""The benchmark's floor: for each main page, a minimal view that runs the page's essential query (the
rows the page shows, no template, no permission scope beyond the one filter) and returns them as JSON.
A page cannot be much faster than its floor; the benchmark reports each page's time as a ratio to it.

Mounted only by ``benchmarks.urls`` (the benchmark's URLconf), never by the product's."""

from django.db.models import Avg, Count, Q
from django.http import JsonResponse

from candidates.models import Application, Candidate, Note, Offer, StageEvent
from candidates.search import people_matching
from interviews.models import Interview, Rating, Scorecard
from recruiting.models import Notification
from requisitions.models import Requisition, RequisitionRequirement

PAGE = 25


def _rows(queryset) -> list:
    return list(queryset)


def careers(request):
    rows = (
        Requisition.objects.published()
        .order_by("-published_at")
        .values("slug", "title_en", "title_zh", "location", "salary_min", "salary_max", "published_at")[:PAGE]
    )
    return JsonResponse({"rows": _rows(rows)})


def job(request, slug):
    posting = Requisition.objects.published().filter(slug=slug).values().first()
    rows = RequisitionRequirement.objects.filter(requisition__slug=slug).values(
        "category", "key_item", "requirement_en", "requirement_zh", "priority"
    )
    return JsonResponse({"posting": posting, "rows": _rows(rows)})


def requisitions(request):
    rows = _rows(
        Requisition.objects.order_by("-created_at").values(
            "pk", "title_en", "title_zh", "status", "department__name_en", "hiring_manager__username", "headcount"
        )[:PAGE]
    )
    counts = dict(
        Application.objects.filter(requisition_id__in=[r["pk"] for r in rows])
        .values_list("requisition_id")
        .annotate(n=Count("pk"))
    )
    return JsonResponse({"rows": rows, "counts": counts})


def board(request, requisition_id):
    per_column = int(request.GET.get("per_column", 50))
    open_stages = ["resume_screen", "first_interview", "second_interview", "offer", "probation", "hired"]
    rows = []
    for stage in open_stages:
        rows += _rows(
            Application.objects.filter(requisition_id=requisition_id, stage=stage)
            .order_by("stage_changed_at", "pk")
            .values("pk", "stage", "stage_changed_at", "candidate__full_name")[:per_column]
        )
    counts = dict(
        Application.objects.filter(requisition_id=requisition_id).values_list("stage").annotate(n=Count("pk"))
    )
    return JsonResponse({"rows": rows, "counts": counts})


def search(request):
    """The page's rows for a search, found through the same indexes (candidates.search)."""
    q = request.GET.get("q", "")
    people = people_matching(Candidate.objects.order_by(), q)
    rows = (
        Application.objects.filter(candidate__in=people)
        .order_by("-created_at")
        .values("pk", "stage", "candidate__full_name", "candidate__phone", "requisition__title_en")[:50]
    )
    return JsonResponse({"rows": _rows(rows)})


def candidate(request, pk):
    """What the candidate page shows: the person and tags, applications, their history, notes,
    e-mails, interviews, scorecards, offers and likely duplicates."""
    person = Candidate.objects.filter(pk=pk).values().first()
    if person is None:
        return JsonResponse({}, status=404)
    mine = Q(application__candidate_id=pk)
    data = {
        "person": person,
        "tags": _rows(Candidate.tags.through.objects.filter(candidate_id=pk).values("tag__name")),
        "applications": _rows(
            Application.objects.filter(candidate_id=pk).values("pk", "stage", "requisition__title_en", "created_at")
        ),
        "events": _rows(
            StageEvent.objects.filter(mine).values("from_stage", "to_stage", "created_at", "actor__username")
        ),
        "notes": _rows(Note.objects.filter(candidate_id=pk).values("body", "created_at", "author__username")),
        "emails": _rows(Notification.objects.filter(recipient=person["email"]).values("template_key", "created_at")),
        "interviews": _rows(Interview.objects.filter(mine).values("pk", "round", "starts_at", "status")),
        "scorecards": _rows(
            Scorecard.objects.filter(interview__application__candidate_id=pk).values(
                "interviewer__username", "recommendation", "submitted_at"
            )
        ),
        "offers": _rows(Offer.objects.filter(mine).values("status", "monthly_salary", "start_date")),
        "duplicates": _rows(
            Candidate.objects.filter(
                Q(phone=person["phone"]) | Q(full_name__iexact=person["full_name"], school__iexact=person["school"])
            )
            .exclude(pk=pk)
            .values("pk", "full_name")
        ),
    }
    return JsonResponse(data)


def review(request, requisition_id):
    rows = (
        Rating.objects.filter(
            scorecard__interview__application__requisition_id=requisition_id,
            scorecard__status="submitted",
            score__isnull=False,
        )
        .exclude(scorecard__interview__application__stage__in=["rejected", "withdrawn"])
        .values("scorecard__interview__application_id", "scorecard__interview__application__candidate__full_name")
        .annotate(mean=Avg("score"), cards=Count("scorecard", distinct=True))
        .order_by("-mean")[:100]
    )
    return JsonResponse({"rows": _rows(rows)})


def dashboard(request):
    funnel = dict(StageEvent.objects.values_list("to_stage").annotate(n=Count("application", distinct=True)))
    sources = _rows(Application.objects.values("source").annotate(n=Count("pk")))
    return JsonResponse({"funnel": funnel, "sources": sources})
