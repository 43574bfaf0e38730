"""Who may do what with a requisition. Pure functions of the user and the row, used by services
(which refuse) and by views and templates (which hide what the user cannot do)."""

from recruiting.roles import Role, has_role

EDITABLE_STATUSES = ("draft", "returned")


def is_hr(user) -> bool:
    return has_role(user, Role.HR)


def is_owner(user, requisition) -> bool:
    return user.is_authenticated and requisition.hiring_manager_id == user.pk


def can_create(user) -> bool:
    return has_role(user, Role.HR, Role.HIRING_MANAGER)


def can_edit(user, requisition) -> bool:
    return requisition.status in EDITABLE_STATUSES and (is_hr(user) or is_owner(user, requisition))


def can_submit(user, requisition) -> bool:
    return can_edit(user, requisition)


def can_manage_posting(user) -> bool:
    """Open, hold, close, mark filled, cancel: HR's work."""
    return is_hr(user)
