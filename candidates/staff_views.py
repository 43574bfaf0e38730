"""Staff pages about people and their applications (the pipeline board arrives with its issue)."""

import json

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from candidates import pipeline, selectors
from candidates.extensions import application_sections
from candidates.forms import MoveForm
from candidates.models import Application, Candidate, RejectionReason, Stage
from candidates.services import bulk
from candidates.services.applications import application_revoke_links, screening_result
from candidates.services.notes import note_add
from candidates.services.people import candidate_erase, candidate_export, candidate_merge
from candidates.services.pipeline import application_transition
from candidates.services.pool import application_add_from_pool, candidate_keep_in_pool, candidate_set_tags
from recruiting.feedback import flash_errors, perform
from recruiting.query import parse_id, safe_next
from recruiting.roles import Role, has_role, role_required
from requisitions.eligibility import Outcome


@role_required(Role.HR, Role.HIRING_MANAGER)
def application_list(request):
    stage = request.GET.get("stage") if request.GET.get("stage") in Stage.values else None
    outcome = request.GET.get("outcome") if request.GET.get("outcome") in Outcome.values else None
    sort = request.GET.get("sort") if request.GET.get("sort") in selectors.SORTS else "newest"
    search = (request.GET.get("q") or "").strip()[:100] or None
    tag = (request.GET.get("tag") or "").strip()[:50] or None
    applications = selectors.applications_for_user(
        tag=tag,
        user=request.user,
        requisition=parse_id(request.GET.get("requisition")),
        stage=stage,
        outcome=outcome,
        search=search,
        sort=sort,
        annotated=True,
    )
    page = Paginator(applications, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "candidates/application_list.html",
        {
            "page": page,
            "stages": Stage.choices,
            "outcomes": Outcome.choices,
            "stage": stage,
            "outcome": outcome,
            "search": search,
            "sort": sort,
            "sorts": [
                ("newest", _("Newest first")),
                ("oldest", _("Oldest first")),
                ("name", _("Name")),
                ("stage_time", _("Longest in stage")),
                ("score", _("Interview score")),
            ],
        },
    )


def _application(request, pk) -> Application:
    application = selectors.applications_for_user(user=request.user).filter(pk=pk).first()
    if application is None:
        raise Http404
    return application


def _person(request, pk) -> Candidate:
    candidate = selectors.candidate_for_user(user=request.user, pk=pk)
    if candidate is None:
        raise Http404
    return candidate


@role_required(Role.HR, Role.HIRING_MANAGER)
def candidate_detail(request, pk):
    candidate = _person(request, pk)
    applications = list(selectors.applications_of_candidate(user=request.user, candidate=candidate))
    extra_sections = application_sections(user=request.user, applications=applications)
    reasons = list(RejectionReason.objects.filter(is_active=True))
    return render(
        request,
        "candidates/candidate_detail.html",
        {
            "candidate": candidate,
            "applications": [
                (
                    a,
                    [] if candidate.anonymised_at else screening_result(a).reasons(),
                    MoveForm(targets=_targets(request.user, a), reasons=reasons, prefix=f"m{a.pk}"),
                    extra_sections[a.pk],
                )
                for a in applications
            ],
            "duplicates": list(selectors.likely_duplicates(candidate)[:10]),
            "tags": ", ".join(tag.name for tag in candidate.tags.all()),
            "timeline": selectors.timeline(user=request.user, candidate=candidate, applications=applications),
            "open_requisitions": list(selectors.requisitions_open_for_adding()[:100])
            if has_role(request.user, Role.HR)
            else [],
        },
    )


def _targets(user, application):
    """The stages this user may move this application to by hand, for the move form."""
    is_hr = has_role(user, Role.HR)
    return [
        (stage, label)
        for stage, label in Stage.choices
        if pipeline.check_move(application.stage, stage, is_hr=is_hr).allowed
    ]


@require_POST
@role_required(Role.HR, Role.HIRING_MANAGER)
def application_move(request, pk):
    application = _application(request, pk)
    form = MoveForm(request.POST, targets=_targets(request.user, application), prefix=f"m{application.pk}")
    if form.is_valid():
        perform(
            request,
            lambda: application_transition(actor=request.user, application=application, **form.cleaned_data),
            _("Moved."),
        )
    else:
        flash_errors(request, form)
    return redirect(safe_next(request, reverse("candidates:detail", args=[application.candidate_id])))


@role_required(Role.HR)
def candidate_export_json(request, pk):
    candidate = _person(request, pk)
    if candidate.anonymised_at:
        raise Http404
    data = candidate_export(actor=request.user, candidate=candidate)
    response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="candidate-{candidate.pk}.json"'
    return response


@require_POST
@role_required(Role.HR)
def candidate_erase_view(request, pk):
    candidate = _person(request, pk)
    if request.POST.get("confirm") != "erase":
        messages.error(request, _("Tick the confirmation box to erase this person."))
        return redirect("candidates:detail", pk=pk)
    candidate_erase(actor=request.user, candidate=candidate)
    messages.success(request, _("The person's data has been erased; the statistics are kept."))
    return redirect("candidates:detail", pk=pk)


@require_POST
@role_required(Role.HR)
def candidate_merge_view(request, pk):
    keep = _person(request, pk)
    merge = _person(request, parse_id(request.POST.get("merge")) or 0)
    perform(
        request,
        lambda: candidate_merge(actor=request.user, keep=keep, merge=merge),
        _("The two people have been merged."),
    )
    return redirect("candidates:detail", pk=keep.pk)


@require_POST
@role_required(Role.HR)
def application_revoke_links_view(request, pk):
    application = _application(request, pk)
    application_revoke_links(actor=request.user, application=application)
    messages.success(request, _("Every status link sent for this application no longer works."))
    return redirect("candidates:detail", pk=application.candidate_id)


@role_required(Role.HR)
def talent_pool(request):
    tag = (request.GET.get("tag") or "").strip()[:50] or None
    search = (request.GET.get("q") or "").strip()[:100] or None
    page = Paginator(selectors.talent_pool(tag=tag, search=search), 50).get_page(request.GET.get("page"))
    return render(request, "candidates/talent_pool.html", {"page": page, "tag": tag, "search": search})


@require_POST
@role_required(Role.HR)
def candidate_tags(request, pk):
    candidate = _person(request, pk)
    if candidate.anonymised_at:
        raise Http404

    def save():
        candidate_set_tags(
            actor=request.user, candidate=candidate, names=request.POST.get("tags", "")[:2000].split(",")
        )
        if "in_pool" in request.POST:
            candidate_keep_in_pool(actor=request.user, candidate=candidate, keep=request.POST.get("in_pool") == "on")

    perform(request, save, _("Saved."))
    return redirect("candidates:detail", pk=pk)


@require_POST
@role_required(Role.HR)
def candidate_add_to_requisition(request, pk):
    from requisitions.models import Requisition

    candidate = _person(request, pk)
    requisition = Requisition.objects.filter(pk=parse_id(request.POST.get("requisition")) or 0).first()
    if requisition is None:
        messages.error(request, _("Choose a requisition."))
        return redirect("candidates:detail", pk=pk)
    perform(
        request,
        lambda: application_add_from_pool(actor=request.user, candidate=candidate, requisition=requisition),
        _("Added at resume screen."),
    )
    return redirect("candidates:detail", pk=pk)


@require_POST
@role_required(Role.HR, Role.HIRING_MANAGER)
def applications_bulk(request):
    """Bulk actions on the applications list: move, reject, tag or export the selected ones."""
    ids = [pk for pk in (parse_id(value) for value in request.POST.getlist("selected")) if pk][: bulk.MAX_BULK]
    applications = selectors.applications_for_user(user=request.user).filter(pk__in=ids)
    action = request.POST.get("action", "")
    back = redirect(safe_next(request, "candidates:list"))
    if not ids:
        messages.error(request, _("Select at least one application."))
        return back
    if action == "export":
        response = HttpResponse(bulk.applications_csv(applications), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="applications.csv"'
        return response
    if action == "tag":
        result = bulk.applications_bulk_tag(
            actor=request.user, applications=applications, names=request.POST.get("tags", "")[:500].split(",")
        )
    elif action in ("move", "reject"):
        target = "rejected" if action == "reject" else request.POST.get("target", "")
        text = request.POST.get("feedback", "")[:2000]  # the feedback of a rejection, or the note of a move
        reason = RejectionReason.objects.filter(pk=parse_id(request.POST.get("reason")) or 0).first()
        result = bulk.applications_bulk_move(
            actor=request.user, applications=applications, target=target, reason=reason,
            feedback=text if action == "reject" else "", note=text,
        )  # fmt: skip
    else:
        messages.error(request, _("Choose an action."))
        return back
    if result.done:
        messages.success(request, _("Done for %(count)s application(s).") % {"count": len(result.done)})
    for _pk, name, reason in result.refused:
        messages.error(request, _("%(name)s: %(reason)s") % {"name": name, "reason": reason})
    return back


@require_POST
@role_required(Role.HR, Role.HIRING_MANAGER)
def candidate_note(request, pk):
    candidate = _person(request, pk)
    perform(
        request,
        lambda: note_add(actor=request.user, candidate=candidate, body=request.POST.get("body", "")),
        _("Note added."),
    )
    return redirect("candidates:detail", pk=pk)
