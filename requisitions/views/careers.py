"""The public careers pages: no sign-in. Internal-only postings show to signed-in staff only."""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from recruiting.query import parse_id
from requisitions import eligibility, selectors
from requisitions.choices import Category, Level
from requisitions.jsonld import as_script_json, job_posting
from requisitions.models import Department

PAGE_SIZE = 20


def _organisation_name() -> str:
    return settings.ORGANISATION_NAME


@require_GET
def posting_list(request):
    filters = {
        "location": (request.GET.get("location") or "").strip()[:100] or None,
        "department": parse_id(request.GET.get("department")),
        "level": request.GET.get("level") if request.GET.get("level") in Level.values else None,
        "search": (request.GET.get("q") or "").strip()[:100] or None,
    }
    postings = selectors.public_postings(user=request.user, **filters)
    page = Paginator(postings, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "requisitions/careers/posting_list.html",
        {
            "page": page,
            "filters": filters,
            "levels": Level.choices,
            "departments": Department.objects.order_by("name_en", "name_zh"),
            "today": timezone.localdate(),
        },
    )


@require_GET
def posting_detail(request, slug):
    posting = selectors.public_posting(slug=slug, user=request.user)
    if posting is None:
        raise Http404
    rows = list(posting.requirements.all())
    try:
        apply_url = reverse("careers:apply", args=[posting.slug])
    except NoReverseMatch:  # the application form arrives with the applying feature
        apply_url = None
    return render(
        request,
        "requisitions/careers/posting_detail.html",
        {
            "posting": posting,
            "hard_conditions": [row for row in rows if row.category == Category.HARD],
            "core_abilities": [row for row in rows if row.category == Category.CORE],
            "qualities": [row for row in rows if row.category in (Category.HIGH_VALUE, Category.BONUS)],
            "paths": [eligibility.describe_path(path) for path in posting.eligibility_paths],
            "jsonld": as_script_json(job_posting(posting, organisation_name=_organisation_name())),
            "apply_url": apply_url,
            "organisation_name": _organisation_name(),
        },
    )


@require_GET
def posting_feed(request):
    """All public open postings as JobPosting objects, for job boards."""
    postings = selectors.public_postings(user=None).prefetch_related("requirements")[:1000]
    return JsonResponse(
        {
            "organisation": _organisation_name(),
            "jobs": [job_posting(posting, organisation_name=_organisation_name()) for posting in postings],
        },
        json_dumps_params={"ensure_ascii": False},
    )
