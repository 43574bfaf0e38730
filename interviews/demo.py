"""Demo data for interviews: the first demo applicant (candidates/demo.py) is invited to a first
interview tomorrow at 10:00 with the demo interviewer. Idempotent."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone


def seed(stdout) -> None:
    from candidates.demo import APPLICANTS
    from candidates.models import Application
    from interviews.models import Interview
    from interviews.services.scheduling import Slot, interview_schedule

    application = Application.objects.filter(candidate__email=APPLICANTS[0][1], stage="first_interview").first()
    if application is None or Interview.objects.filter(application=application).exists():
        return
    users = get_user_model().objects
    tomorrow = (timezone.localtime() + datetime.timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
    interview_schedule(
        actor=users.get(username="hr"),
        application=application,
        slot=Slot(
            round="first",
            format="structured_behavioural",
            starts_at=tomorrow,
            duration_minutes=45,
            time_zone=timezone.get_current_timezone_name(),
            location="Shenzhen office, room 3",
        ),
        interviewers=[users.get(username="interviewer")],
        allow_conflicts=True,
    )
    stdout.write("  one first interview tomorrow 10:00 with 'interviewer'")
