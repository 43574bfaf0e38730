from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecruitingConfig(AppConfig):
    name = "recruiting"
    verbose_name = _("Recruiting")

    def ready(self):
        from recruiting import signals  # noqa: F401  (connects the audit receivers)
        from recruiting.home import register_home_section
        from recruiting.roles import Role

        def hr_dashboard(request):
            from recruiting.selectors import hr_dashboard_counts

            return {"counts": hr_dashboard_counts()}

        register_home_section(
            key="hr-dashboard", roles=[Role.HR], order=10,
            template="recruiting/partials/_home_hr.html", context=hr_dashboard,
        )  # fmt: skip
