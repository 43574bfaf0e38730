from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _home(request):
    from interviews import selectors

    return {
        "upcoming": list(selectors.upcoming_for(request.user)[:10]),
        "due": list(selectors.due_scorecards_for(request.user)[:10]),
    }


def second_round_needs_a_first_round_card(application, target):
    """The pipeline guard: moving to the second interview needs a submitted first-round scorecard."""
    from interviews.models import Round, Scorecard

    if target != "second_interview":
        return ""
    if Scorecard.objects.filter(
        interview__application=application,
        interview__round=Round.FIRST,
        status__in=[Scorecard.Status.SUBMITTED, Scorecard.Status.SUPERSEDED],
    ).exists():
        return ""
    return _("The second interview needs a submitted first-round scorecard.")


def _status_section(*, application, token):
    """The candidate's status page lists their scheduled interviews (times in the interview's zone)."""
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    from candidates.models import ACTIVE_STAGES
    from interviews.models import Interview

    if application.stage not in ACTIVE_STAGES:
        return None
    interviews = [
        (i, i.starts_at.astimezone(ZoneInfo(i.time_zone)), i.ends_at.astimezone(ZoneInfo(i.time_zone)))
        for i in application.interviews.filter(status=Interview.Status.SCHEDULED, ends_at__gte=timezone.now())
    ]
    return {"interviews": interviews} if interviews else None


def _interviews_by_application(*, user, applications) -> dict:
    """The interviews ``user`` may see on a person's applications, by application: two queries."""
    from interviews import selectors

    found = {}
    for interview in selectors.interviews_for_user(user).filter(application__in=applications):
        found.setdefault(interview.application_id, []).append(interview)
    return found


def _application_section(*, user, application, batch=None):
    from interviews import selectors
    from interviews.services.scheduling import may_schedule

    if batch is None:
        interviews = list(selectors.interviews_for_user(user).filter(application=application))
    else:
        interviews = batch.get(application.pk, [])
    return {"application": application, "interviews": interviews, "may_schedule": may_schedule(user, application)}


def _panel_applications(user):
    from interviews.selectors import live_seats

    return live_seats(user).values("interview__application")


def _cancel_interviews(*, application, actor):
    from interviews.services.scheduling import interviews_cancel_for_closed

    interviews_cancel_for_closed(application=application, actor=actor)


def _timeline(*, user, candidate, applications):
    from interviews import selectors

    items = []
    interviews = selectors.interviews_for_user(user).filter(application__in=applications)
    for interview in interviews:
        items.append({"time": interview.created_at, "kind": "interview", "interview": interview,
                      "template": "interviews/partials/_timeline_interview.html"})  # fmt: skip
    for card in selectors.scorecards_for_applications(user=user, applications=applications).exclude(status="draft"):
        items.append({"time": card.submitted_at, "kind": "scorecard", "card": card,
                      "template": "interviews/partials/_timeline_scorecard.html"})  # fmt: skip
    return items


class InterviewsConfig(AppConfig):
    name = "interviews"
    verbose_name = _("Interviews")

    def ready(self):
        from candidates import extensions
        from interviews.selectors import annotate_average_score
        from recruiting.home import register_home_section
        from recruiting.roles import Role

        extensions.register_board_annotation("average-score", annotate_average_score)
        extensions.register_move_guard("first-round-scorecard", second_round_needs_a_first_round_card)
        extensions.register_section("status", "interviews", "interviews/partials/_status.html", _status_section)
        extensions.register_section(
            "application",
            "interviews",
            "interviews/partials/_application.html",
            _application_section,
            batch=_interviews_by_application,
        )
        extensions.register_section(
            "board", "review", "interviews/partials/_board_link.html", lambda requisition, user: {}
        )
        extensions.register_timeline_source("interviews", _timeline)
        extensions.register_close_hook("cancel-interviews", _cancel_interviews)
        extensions.register_application_grant("interview-panels", _panel_applications)
        extensions.register_card_template("interviews/partials/_card_actions.html")
        register_home_section(
            key="my-interviews", roles=[Role.INTERVIEWER], order=40,
            template="interviews/partials/_home.html", context=_home,
        )  # fmt: skip
