from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """The recruiting dashboard: reads only, from every app below it (reports → interviews →
    candidates → requisitions → recruiting)."""

    name = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from django.db.backends.signals import connection_created

        from reports.aggregates import register_sqlite_functions

        connection_created.connect(register_sqlite_functions, dispatch_uid="reports-sqlite-functions")
