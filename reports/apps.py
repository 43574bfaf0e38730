from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """The recruiting dashboard: reads only, from every app below it (reports → interviews →
    candidates → requisitions → recruiting)."""

    name = "reports"
    verbose_name = _("Reports")
