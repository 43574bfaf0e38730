"""Install the shipped position library: assessment methods mapped to pipeline steps, the eight
customer-service positions, the four professional levels and the industry variants."""

from django.db import migrations


def install(apps, schema_editor):
    from requisitions.services.profiles import library_install

    library_install(apps)


class Migration(migrations.Migration):
    dependencies = [("requisitions", "0001_initial")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
