"""Reads of the candidates app."""

from candidates.models import Application, Resume
from candidates.status_links import read_token
from recruiting.roles import Role, has_role


def application_for_token(token: str):
    """(application, problem) for a status link: problem is "", "invalid", "expired" or "revoked".
    Never another candidate's data: the id and version come from the signed token."""
    check, version = read_token(token)
    if check.problem:
        return None, check.problem
    application = (
        Application.objects.select_related("candidate", "requisition", "requisition__department")
        .filter(pk=check.application_id, candidate__anonymised_at__isnull=True)
        .first()
    )
    if application is None:
        return None, "invalid"
    if application.status_link_version != version:
        return None, "revoked"
    return application, ""


def resume_for_user(*, user, pk):
    """A resume the user may read: HR any; a hiring manager those sent to their own requisitions."""
    resumes = Resume.objects.select_related("application").filter(pk=pk)
    if has_role(user, Role.HR):
        return resumes.first()
    if has_role(user, Role.HIRING_MANAGER):
        return resumes.filter(application__requisition__hiring_manager=user).first()
    return None
