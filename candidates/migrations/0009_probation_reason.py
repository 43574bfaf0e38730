from django.db import migrations


def install(apps, schema_editor):
    from candidates.defaults import install_defaults

    install_defaults(apps)


class Migration(migrations.Migration):
    dependencies = [("candidates", "0008_offers_probation")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
