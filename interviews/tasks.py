from celery import shared_task


@shared_task(time_limit=300, soft_time_limit=270)
def send_interview_reminders_task() -> int:
    """Periodic (Celery beat, every 15 minutes): remind candidates and panels 24 hours ahead."""
    from interviews.services.scheduling import interview_reminders_send

    return interview_reminders_send()


@shared_task(time_limit=300, soft_time_limit=270)
def send_scorecard_reminders_task() -> int:
    """Periodic (Celery beat, hourly): remind interviewers whose card is 24 hours overdue."""
    from interviews.services.scorecards import scorecard_reminders_send

    return scorecard_reminders_send()
