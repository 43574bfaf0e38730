"""Reads for the candidate imports (HR's spreadsheet uploads into the talent pool)."""

from candidates.models import CandidateImport
from recruiting.roles import Role, has_role


def candidate_imports_recent(*, user):
    """The imports newest first, for HR (any HR user sees every import); nothing for anyone else. The
    row errors are left out: the list does not show them."""
    if not has_role(user, Role.HR):
        return CandidateImport.objects.none()
    return CandidateImport.objects.select_related("created_by").defer("errors").order_by("-created_at", "-pk")


def candidate_import_for_user(*, user, pk: int) -> CandidateImport | None:
    """One import with its uploader, when ``user`` may see it (HR)."""
    if not has_role(user, Role.HR):
        return None
    return CandidateImport.objects.select_related("created_by").filter(pk=pk).first()
