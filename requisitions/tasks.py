from celery import shared_task

from requisitions.services.requisitions import requisitions_close_expired


@shared_task(time_limit=300, soft_time_limit=240)
def close_expired_postings_task() -> int:
    """Periodic (Celery beat, daily): close postings whose close date has passed."""
    return requisitions_close_expired()
