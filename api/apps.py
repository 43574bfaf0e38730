from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The REST API for integrations (``/api/v1/``) and the personal API tokens staff create for it.
    It depends on every app below it and adds no business rule of its own: its views parse and
    shape data, and call those apps' selectors (reads) and services (writes)."""

    name = "api"
    verbose_name = _("API")
    default_auto_field = "django.db.models.BigAutoField"
