"""The shipped rejection reasons and stage messages (HR edits them in the admin)."""

from django.db import migrations


def install(apps, schema_editor):
    from candidates.defaults import install_defaults

    install_defaults(apps)


class Migration(migrations.Migration):
    dependencies = [("candidates", "0003_pipeline_history")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
