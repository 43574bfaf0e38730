"""Demo data for interviews: a few applicants on the first open posting, one of them invited to a
first interview tomorrow with the demo interviewer. Idempotent (keyed on the applicants' e-mails)."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

APPLICANTS = [
    ("Wang Fang 王芳", "demo.wang.fang@example.com", "zh-hans"),
    ("Chen Jie 陈杰", "demo.chen.jie@example.com", "zh-hans"),
    ("Emily Zhou", "demo.emily.zhou@example.com", "en"),
]


def seed(stdout) -> None:
    from candidates.models import Application
    from candidates.services.applications import application_submit
    from candidates.services.pipeline import application_transition
    from interviews.services.scheduling import Slot, interview_schedule
    from requisitions.models import Requisition

    users = get_user_model().objects
    hr, interviewer = users.get(username="hr"), users.get(username="interviewer")
    posting = Requisition.objects.filter(status=Requisition.Status.OPEN, profile__slug="specialist-ecommerce").first()
    if posting is None or Application.objects.filter(candidate__email=APPLICANTS[0][1]).exists():
        return
    applications = [
        application_submit(
            requisition=posting,
            person={
                "full_name": name,
                "email": email,
                "education": "associate",
                "language": language,
                "phone": f"+861380013800{n}",
            },
            facts={"education": "associate", "years_experience": 2, "service_hours": 400},
            answers=[],
            resume=None,
            resume_check=None,
            resume_name="",
            source="careers_page",
            language=language,
        )
        for n, (name, email, language) in enumerate(APPLICANTS)
    ]
    first = application_transition(actor=hr, application=applications[0], target="first_interview")
    tomorrow = (timezone.localtime() + datetime.timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
    interview_schedule(
        actor=hr,
        application=first,
        slot=Slot(
            round="first",
            format="structured_behavioural",
            starts_at=tomorrow,
            duration_minutes=45,
            time_zone=timezone.get_current_timezone_name(),
            location="Shenzhen office, room 3",
        ),
        interviewers=[interviewer],
        allow_conflicts=True,
    )
    stdout.write(f"  {len(applications)} demo applications; one first interview tomorrow 10:00 with 'interviewer'")
