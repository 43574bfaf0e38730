"""Give the roles their requisitions permissions (added to those they already hold)."""

from django.db import migrations

from recruiting.roles import sync_role_permissions

ROLES_0003 = {
    "HR recruiter": [
        "requisitions.view_requisition",
        "requisitions.add_requisition",
        "requisitions.change_requisition",
        "requisitions.view_positionprofile",
        "requisitions.add_positionprofile",
        "requisitions.change_positionprofile",
    ],
    "Hiring manager": [
        "requisitions.view_requisition",
        "requisitions.add_requisition",
        "requisitions.view_positionprofile",
    ],
    "Approver": ["requisitions.view_requisition", "requisitions.view_positionprofile"],
}


def grant(apps, schema_editor):
    sync_role_permissions(apps, ROLES_0003)


class Migration(migrations.Migration):
    dependencies = [("requisitions", "0002_install_library"), ("recruiting", "0003_user_preference")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
