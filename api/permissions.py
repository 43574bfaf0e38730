"""Who may call an endpoint at all, by role, as the pages decide it (``recruiting.roles``). Which
rows they reach is the selectors' scope; what they may change, the services'."""

from rest_framework.permissions import BasePermission

from recruiting.roles import Role, has_role


def roles_permission(*roles: str):
    """A DRF permission: signed in (by token or session) and holding one of ``roles``."""

    class HasRole(BasePermission):
        def has_permission(self, request, view):
            return bool(request.user and request.user.is_authenticated and has_role(request.user, *roles))

    HasRole.__name__ = "HasRole_" + "_".join(role.replace(" ", "") for role in roles)
    return HasRole


REQUISITION_ROLES = roles_permission(Role.HR, Role.HIRING_MANAGER, Role.APPROVER)
HR_OR_MANAGER = roles_permission(Role.HR, Role.HIRING_MANAGER)
APPROVER = roles_permission(Role.APPROVER)
HR_ONLY = roles_permission(Role.HR)
OFFER_ROLES = roles_permission(Role.HR, Role.HIRING_MANAGER, Role.APPROVER)
INTERVIEW_ROLES = roles_permission(Role.HR, Role.HIRING_MANAGER, Role.INTERVIEWER)
