from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _my_requisitions(request):
    from requisitions.selectors import requisition_list

    mine = requisition_list(user=request.user).filter(hiring_manager=request.user)
    return {"requisitions": list(mine[:10])}


def _waiting_for_me(request):
    from requisitions.selectors import requisitions_waiting_for

    return {"waiting": list(requisitions_waiting_for(request.user)[:20])}


class RequisitionsConfig(AppConfig):
    name = "requisitions"
    verbose_name = _("Requisitions")

    def ready(self):
        from recruiting.home import register_home_section
        from recruiting.roles import Role, add_role_permissions
        from requisitions.policies import ROLE_PERMISSIONS

        add_role_permissions(ROLE_PERMISSIONS)
        register_home_section(
            key="my-requisitions", roles=[Role.HIRING_MANAGER], order=20,
            template="requisitions/partials/_home_manager.html", context=_my_requisitions,
        )  # fmt: skip
        register_home_section(
            key="my-approvals", roles=[Role.APPROVER], order=30,
            template="requisitions/partials/_home_approver.html", context=_waiting_for_me,
        )  # fmt: skip
