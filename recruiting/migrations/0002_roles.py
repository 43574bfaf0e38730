"""Create the role groups (HR recruiter, hiring manager, interviewer, approver) with their permissions."""

from django.db import migrations

from recruiting.roles import sync_role_permissions

# Frozen here: later migrations extend the roles with their own permissions.
ROLES_0002 = {
    "HR recruiter": ["recruiting.view_notification", "recruiting.view_auditevent"],
    "Hiring manager": [],
    "Interviewer": [],
    "Approver": [],
}


def create_roles(apps, schema_editor):
    sync_role_permissions(apps, ROLES_0002)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(ROLES_0002)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("recruiting", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
