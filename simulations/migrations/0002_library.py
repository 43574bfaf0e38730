from django.db import migrations


def install(apps, schema_editor):
    from simulations.services.library import library_install

    library_install(apps)


class Migration(migrations.Migration):
    dependencies = [("simulations", "0001_initial")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
