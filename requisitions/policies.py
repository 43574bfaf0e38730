"""Who may do what with a requisition. Pure functions of the user and the row, used by services
(which refuse) and by views and templates (which hide what the user cannot do)."""

from recruiting.roles import Role, has_role

EDITABLE_STATUSES = ("draft", "returned")

# Model permissions per role (for the admin); object scope is in the selectors.
ROLE_PERMISSIONS = {
    Role.HR: [
        "requisitions.view_requisition",
        "requisitions.add_requisition",
        "requisitions.change_requisition",
        "requisitions.view_positionprofile",
        "requisitions.add_positionprofile",
        "requisitions.change_positionprofile",
    ],
    Role.HIRING_MANAGER: [
        "requisitions.view_requisition",
        "requisitions.add_requisition",
        "requisitions.view_positionprofile",
    ],
    Role.APPROVER: ["requisitions.view_requisition", "requisitions.view_positionprofile"],
}


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


DATED_STATUSES = ("approved", "open", "on_hold", "closed")


def can_change_dates(user, requisition) -> bool:
    """After approval, HR may still move the close date and the internal-only window."""
    return is_hr(user) and requisition.status in DATED_STATUSES


def requesters(requisition) -> set[int]:
    """People who asked for this requisition: none of them may approve it."""
    return {requisition.created_by_id, requisition.hiring_manager_id}


def can_decide(user, requisition, current_step) -> bool:
    """Only the approver whose turn it is (``current_step``), holding the role, not a requester."""
    return (
        current_step is not None
        and has_role(user, Role.APPROVER)
        and current_step.approver_id == user.pk
        and user.pk not in requesters(requisition)
    )
