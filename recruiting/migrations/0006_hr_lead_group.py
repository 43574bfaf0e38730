from django.db import migrations


def create_group(apps, schema_editor):
    from recruiting.roles import HR_LEAD_PERMISSIONS, sync_role_permissions

    sync_role_permissions(apps, HR_LEAD_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("recruiting", "0005_audit_trail")]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
