from django.db import migrations


def install(apps, schema_editor):
    from interviews.services.questions import bank_install

    bank_install(apps)


class Migration(migrations.Migration):
    dependencies = [("interviews", "0001_initial")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
