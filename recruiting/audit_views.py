"""The audit trail page: who did what to which object, when. For administrators and the "HR lead"
group (or anyone granted "Can read the audit trail page")."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render

from recruiting.forms import AuditFilterForm
from recruiting.selectors import audit_events

PAGE_SIZE = 50


def may_read_audit(user) -> bool:
    return user.is_authenticated and user.has_perm("recruiting.view_audit_trail")


@login_required
def audit_log(request):
    if not may_read_audit(request.user):
        raise PermissionDenied
    form = AuditFilterForm(request.GET or None)
    if not form.is_bound:
        events = audit_events()
    elif form.is_valid():
        events = audit_events(**{name: value for name, value in form.cleaned_data.items() if value})
    else:
        events = audit_events().none()  # the form shows what is wrong
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "recruiting/audit_log.html", {"form": form, "page": page, "query": query.urlencode()})
