"""Public pages for candidates (apply, confirmation, status link, withdraw) and the staff resume
download. Candidates never sign in: the status link is their key."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_http_methods, require_POST

from candidates import ratelimit, selectors
from candidates.extensions import sections
from candidates.forms import ApplicationForm
from candidates.models import ACTIVE_STAGES
from candidates.services.applications import application_submit, application_withdraw
from candidates.services.offers import offer_accept, offer_decline
from candidates.status_links import status_path
from recruiting.feedback import add_service_errors, perform
from recruiting.http import client_ip
from recruiting.roles import Role, role_required
from requisitions.models import Requisition
from requisitions.selectors import public_posting


@require_http_methods(["GET", "POST"])
def apply(request, slug):
    posting = public_posting(slug=slug, user=request.user)
    if posting is None and request.method == "POST":
        # Closed while the form was open: keep the form and let the service say so clearly.
        posting = Requisition.objects.filter(slug=slug).first()
    if posting is None:
        raise Http404
    questions = list(posting.questions.order_by("order", "id"))
    bound = request.method == "POST"
    form = ApplicationForm(
        request.POST if bound else None, request.FILES if bound else None, requisition=posting, questions=questions
    )
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        if not ratelimit.allow(f"apply-ip:{client_ip(request)}", limit=settings.APPLY_RATE_PER_IP_HOUR,
                               window_seconds=3600) or not ratelimit.allow(
            f"apply-email:{email}", limit=settings.APPLY_RATE_PER_EMAIL_DAY, window_seconds=86400
        ):  # fmt: skip
            form.add_error(None, _("Too many applications from here in a short time. Please try again later."))
        else:
            try:
                application = application_submit(requisition=posting, **form.submission())
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                request.session["applied"] = {"slug": posting.slug, "path": status_path(application)}
                return redirect("careers:applied", slug=posting.slug)
    return render(
        request,
        "candidates/apply.html",
        {
            "posting": posting,
            "form": form,
            "organisation_name": settings.ORGANISATION_NAME,
            "retention_years": round(settings.CANDIDATE_RETENTION_DAYS / 365),
            "notice_version": settings.PRIVACY_NOTICE_VERSION,
        },
    )


def applied(request, slug):
    """The confirmation page; it shows the status link to the browser that just applied."""
    posting = public_posting(slug=slug, user=request.user)
    if posting is None:
        raise Http404
    applied = request.session.pop("applied", None) or {}
    # Shown once, and only for this posting: the next person at a shared computer does not see it.
    path = applied.get("path") if applied.get("slug") == slug else None
    return render(request, "candidates/applied.html", {"posting": posting, "status_path": path})


def _link_problem_page(request, problem):
    return render(request, "candidates/link_problem.html", {"problem": problem}, status=404 if problem else 200)


@never_cache
def status(request, token):
    application, problem = selectors.application_for_token(token)
    if problem:
        return _link_problem_page(request, problem)
    return render(
        request,
        "candidates/status.html",
        {
            "application": application,
            "token": token,
            "active": application.stage in ACTIVE_STAGES and application.stage != "probation",
            "feedback": selectors.candidate_feedback(application),
            "sections": sections("status", application=application, token=token),
            "offer": selectors.offer_for_candidate(application),
            "today": timezone.localdate(),
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def withdraw(request, token):
    application, problem = selectors.application_for_token(token)
    if problem:
        return _link_problem_page(request, problem)
    if request.method == "POST":
        perform(
            request,
            lambda: application_withdraw(application=application),
            _("Your application has been withdrawn. Thank you for your interest."),
        )
        return redirect("candidates:status", token=token)
    return render(request, "candidates/withdraw_confirm.html", {"application": application, "token": token})


# Kinds a browser shows in a frame or an <img> on the candidate page; a DOCX is previewed as its text.
INLINE_KINDS = {"pdf", "jpeg", "png", "webp"}


@xframe_options_sameorigin
@role_required(Role.HR, Role.HIRING_MANAGER, Role.INTERVIEWER)
def resume_download(request, pk):
    """The resume file: an attachment, or with ``?inline=1`` shown in the candidate page's preview
    (PDF and pictures only; uploads were checked for scripts and active content when received)."""
    resume = selectors.resume_for_user(user=request.user, pk=pk)
    if resume is None:
        raise Http404
    try:
        handle = resume.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    inline = request.GET.get("inline") == "1" and resume.kind in INLINE_KINDS
    response = FileResponse(
        handle, as_attachment=not inline, filename=resume.original_name, content_type=resume.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    # Chromium's PDF viewer refuses to run in a sandboxed document, so the inline PDF gets the rest of
    # the policy without "sandbox"; everything else stays sandboxed.
    response["Content-Security-Policy"] = (
        "default-src 'none'; frame-ancestors 'self'"
        if inline and resume.kind == "pdf"
        else "default-src 'none'; frame-ancestors 'self'; sandbox"
    )
    return response


@never_cache
@require_POST
def offer_answer(request, token):
    """The candidate accepts (typing their full name) or declines the offer shown on their page."""
    application, problem = selectors.application_for_token(token)
    if problem:
        return _link_problem_page(request, problem)
    offer = selectors.offer_for_candidate(application)
    if offer is None:
        raise Http404
    ip = request.META.get("REMOTE_ADDR")
    if request.POST.get("answer") == "accept":
        perform(
            request,
            lambda: offer_accept(offer=offer, signature=request.POST.get("signature", ""), ip=ip),
            _("Thank you: you have accepted the offer. Welcome to the team!"),
        )
    elif request.POST.get("answer") == "decline":
        perform(
            request,
            lambda: offer_decline(offer=offer, reason=request.POST.get("reason", "")[:2000], ip=ip),
            _("You have declined the offer. Thank you for letting us know."),
        )
    return redirect("candidates:status", token=token)


@never_cache
def offer_letter_for_candidate(request, token):
    application, problem = selectors.application_for_token(token)
    if problem:
        return _link_problem_page(request, problem)
    offer = selectors.offer_for_candidate(application)
    letter = next(iter(offer.letters.all()), None) if offer else None
    if letter is None:
        raise Http404
    try:
        handle = letter.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    response = FileResponse(
        handle, as_attachment=True, filename=f"offer-{offer.pk}.pdf", content_type="application/pdf"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
