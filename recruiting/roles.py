"""Roles are Django groups. This module names them and says which permissions each holds.

Group names are stored in English and stable; the UI shows ``Role.label`` in the user's language.
Later apps extend ``ROLE_PERMISSIONS`` and call ``sync_role_permissions`` from a data migration.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    HR = "HR recruiter", _("HR recruiter")
    HIRING_MANAGER = "Hiring manager", _("Hiring manager")
    INTERVIEWER = "Interviewer", _("Interviewer")
    APPROVER = "Approver", _("Approver")


# "app_label.codename" per role. Object-level scope (own requisitions, own interviews)
# is enforced by selectors, not by these model permissions.
ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.HR: ["recruiting.view_notification", "recruiting.view_auditevent"],
    Role.HIRING_MANAGER: [],
    Role.INTERVIEWER: [],
    Role.APPROVER: [],
}


# Not a role of the product (no page is built around it): a group an administrator puts HR leads in.
HR_LEAD_GROUP = "HR lead"
HR_LEAD_PERMISSIONS = {HR_LEAD_GROUP: ["recruiting.view_audit_trail"]}


def add_role_permissions(permissions: dict[str, list[str]]) -> None:
    """An app adds the permissions its models give each role (from its ``AppConfig.ready``), so the
    project package names no app above it. Data migrations keep their own frozen copies."""
    for role, codes in permissions.items():
        ROLE_PERMISSIONS.setdefault(role, [])
        ROLE_PERMISSIONS[role].extend(code for code in codes if code not in ROLE_PERMISSIONS[role])


def sync_role_permissions(apps, role_permissions=None):
    """Create the role groups and give each its listed permissions (added to what it has).

    Takes the migration's ``apps`` so a data migration can call it with historical models; the
    live registry (``django.apps.apps``) works too, e.g. to restore the groups after a test flush.
    Permissions are created first, as ``post_migrate`` would, so a fresh database gets them.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        # Historical app configs have no models module, and create_permissions skips those.
        original = getattr(app_config, "models_module", None)
        app_config.models_module = original or True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = original

    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for role, codes in (role_permissions or ROLE_PERMISSIONS).items():
        group, _created = group_model.objects.get_or_create(name=str(role))
        perms = []
        for code in codes:
            app_label, codename = code.split(".", 1)
            perms.append(permission_model.objects.get(content_type__app_label=app_label, codename=codename))
        group.permissions.add(*perms)


def user_roles(user) -> frozenset[str]:
    """The role names of ``user``, cached on the user object for the request."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_role_names", None)
    if cached is None:
        names = {name for name in user.groups.values_list("name", flat=True) if name in Role.values}
        cached = user._role_names = frozenset(names)
    return cached


def has_role(user, *roles: str) -> bool:
    """True when ``user`` holds any of ``roles``; superusers hold every role."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or bool(user_roles(user) & {str(r) for r in roles})


def role_required(*roles: str):
    """View decorator: anonymous users go to the login page, users without the role get 403."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not has_role(request.user, *roles):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
