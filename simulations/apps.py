from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _status_section(*, application, token):
    """The candidate's status page lists the simulations they are invited to, with the way in."""
    from simulations.selectors import open_attempts_of_application

    attempts = open_attempts_of_application(application)
    return {"attempts": attempts, "token": token} if attempts else None


def _results_by_application(*, user, applications) -> dict:
    """For the candidate page, once for all the person's applications: the results by application,
    and the staff HR may name as reviewers."""
    from recruiting.roles import Role, has_role
    from simulations.forms import staff_users
    from simulations.models import Assignment
    from simulations.selectors import results_for_applications

    requisitions = {a.requisition_id for a in applications}
    return {
        "assigned": set(
            Assignment.objects.filter(requisition_id__in=requisitions).values_list("requisition_id", "stage")
        ),
        "results": results_for_applications(user=user, application_ids=[a.pk for a in applications]),
        "staff": list(staff_users()) if has_role(user, Role.HR) else [],
    }


def _application_section(*, user, application, batch=None):
    from recruiting.roles import Role, has_role

    if batch is None:
        batch = _results_by_application(user=user, applications=[application])
    results = batch["results"].get(application.pk, [])
    is_hr = has_role(user, Role.HR)
    invited_here = any(r.attempt.assignment.stage == application.stage for r in results)
    assigned = (application.requisition_id, application.stage) in batch["assigned"]
    if not results and not (is_hr and assigned):
        return None
    return {"application": application, "results": results, "may_invite": is_hr and assigned and not invited_here,
            "staff": batch["staff"]}  # fmt: skip


def _board_link(*, requisition, user):
    """The board links HR to the requisition's work samples (the page is HR's)."""
    from recruiting.roles import Role, has_role

    return {} if has_role(user, Role.HR) else None


def _home(request):
    from simulations.selectors import reviews_for

    return {"reviews": list(reviews_for(request.user).filter(status="draft")[:10])}


def _cancel_attempts(*, application, actor):
    from simulations.services.attempts import attempts_cancel_for_closed

    attempts_cancel_for_closed(application=application, actor=actor)


class SimulationsConfig(AppConfig):
    name = "simulations"
    verbose_name = _("Work-sample simulations")

    def ready(self):
        from candidates import extensions
        from recruiting.home import register_home_section
        from recruiting.roles import Role
        from simulations.selectors import export_of
        from simulations.services.attempts import answers_erase

        extensions.register_section("status", "simulations", "simulations/partials/_status.html", _status_section)
        extensions.register_section(
            "application",
            "simulations",
            "simulations/partials/_application.html",
            _application_section,
            batch=_results_by_application,
        )
        extensions.register_section("board", "simulations", "simulations/partials/_board_link.html", _board_link)
        extensions.register_close_hook("cancel-simulations", _cancel_attempts)
        extensions.register_erase_hook("work-sample-answers", answers_erase)
        extensions.register_export("work_samples", export_of)
        register_home_section(
            key="work-samples-to-score", roles=[Role.HR, Role.HIRING_MANAGER, Role.INTERVIEWER], order=45,
            template="simulations/partials/_home.html", context=_home,
        )  # fmt: skip
