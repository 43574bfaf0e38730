import datetime

import pytest
from django.utils import timezone

from interviews.services.scheduling import Slot, interview_schedule
from recruiting.roles import Role


@pytest.fixture
def panelist(make_user):
    return make_user(Role.INTERVIEWER, username="panel-two", email="panel.two@example.com")


def slot(*, hours=48, minutes=45, round="first", format="structured_behavioural", zone="Asia/Shanghai", **extra):
    start = (timezone.now() + datetime.timedelta(hours=hours)).replace(second=0, microsecond=0)
    return Slot(round=round, format=format, starts_at=start, duration_minutes=minutes, time_zone=zone,
                location=extra.pop("location", "Room 3"), **extra)  # fmt: skip


@pytest.fixture
def schedule(hr):
    def make(application, interviewers, *, actor=None, allow_conflicts=False, **slot_values):
        return interview_schedule(actor=actor or hr, application=application, slot=slot(**slot_values),
                                  interviewers=interviewers, allow_conflicts=allow_conflicts)  # fmt: skip

    return make
