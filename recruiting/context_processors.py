from .roles import Role, has_role


def roles(request):
    """Tell templates which roles the user holds, for the navigation."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"is_hr": False, "is_hiring_manager": False, "is_interviewer": False, "is_approver": False}
    return {
        "is_hr": has_role(user, Role.HR),
        "is_hiring_manager": has_role(user, Role.HIRING_MANAGER),
        "is_interviewer": has_role(user, Role.INTERVIEWER),
        "is_approver": has_role(user, Role.APPROVER),
    }
