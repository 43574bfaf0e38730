"""HR's pages for importing people from a spreadsheet into the talent pool: the upload, the progress of
one import (htmx polls it while the worker runs), the recent imports and the template to fill in."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from candidates import import_selectors
from candidates.forms import CandidateImportForm
from candidates.services.imports import COLUMNS, candidate_import_create, import_template_csv
from recruiting.feedback import add_service_errors
from recruiting.roles import Role, role_required

ERRORS_PER_PAGE = 50


@role_required(Role.HR)
def import_list(request):
    page = Paginator(import_selectors.candidate_imports_recent(user=request.user), 20).get_page(request.GET.get("page"))
    return render(request, "candidates/candidate_import_list.html", {"page": page})


@role_required(Role.HR)
def import_new(request):
    form = CandidateImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            candidate_import = candidate_import_create(
                actor=request.user, file=form.cleaned_data["file"], tag=form.cleaned_data["tag"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("The file is uploaded: %(rows)s rows will be imported.") % {"rows": candidate_import.total_rows},
            )
            return redirect("candidates:import_detail", pk=candidate_import.pk)
    return render(
        request,
        "candidates/candidate_import_form.html",
        {
            "form": form,
            "columns": COLUMNS,
            "recent": list(import_selectors.candidate_imports_recent(user=request.user)[:5]),
            "max_mb": settings.CANDIDATE_IMPORT_MAX_MB,
        },
    )


def _progress_context(request, pk) -> dict:
    candidate_import = import_selectors.candidate_import_for_user(user=request.user, pk=pk)
    if candidate_import is None:
        raise Http404
    errors = None
    if candidate_import.is_finished and candidate_import.errors:
        errors = Paginator(candidate_import.errors, ERRORS_PER_PAGE).get_page(request.GET.get("page"))
    return {"candidate_import": candidate_import, "errors": errors}


@role_required(Role.HR)
def import_detail(request, pk):
    return render(request, "candidates/candidate_import_detail.html", _progress_context(request, pk))


@role_required(Role.HR)
def import_progress(request, pk):
    """The progress block alone, for htmx to swap in every second until the import is finished."""
    return render(request, "candidates/partials/_candidate_import_progress.html", _progress_context(request, pk))


@role_required(Role.HR)
def import_template(request):
    """An empty spreadsheet with the header row: Chinese names (``?lang=zh``) or English (``?lang=en``);
    by default in the page's language."""
    wanted = request.GET.get("lang") or ("zh" if (get_language() or "").startswith("zh") else "en")
    chinese = wanted == "zh"
    response = HttpResponse(import_template_csv(chinese=chinese), content_type="text/csv; charset=utf-8")
    name = "candidates-template-zh.csv" if chinese else "candidates-template.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
