import logging

from celery import shared_task
from django.conf import settings

from recruiting.services.notifications import notification_send, notifications_sweep

logger = logging.getLogger(__name__)


class SendFailed(Exception):
    """Raised to make Celery retry a send that failed (SMTP down, refused, timed out)."""


@shared_task(
    autoretry_for=(SendFailed,),
    retry_backoff=30,
    retry_backoff_max=3600,
    retry_jitter=True,
    max_retries=settings.OUTBOX_MAX_ATTEMPTS - 1,
    time_limit=120,
    soft_time_limit=90,
)
def send_notification_task(notification_id: int) -> bool:
    """Send one outbox row; retried with exponential backoff while sending fails."""
    result = notification_send(notification_id=notification_id)
    if result.retry:
        raise SendFailed(result.error)
    return result.sent


@shared_task(time_limit=120, soft_time_limit=90)
def sweep_outbox_task() -> int:
    """Periodic (Celery beat): re-enqueue pending notifications whose send was lost."""
    count = notifications_sweep()
    if count:
        logger.info("Outbox sweep re-enqueued %s notification(s)", count)
    return count
