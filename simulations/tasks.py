import logging

from celery import shared_task

from simulations.services.attempts import attempts_close_overdue

logger = logging.getLogger(__name__)


@shared_task(time_limit=300, soft_time_limit=270)
def close_overdue_attempts_task() -> int:
    """Periodic (Celery beat): submit the simulation runs whose time ran out with the page closed."""
    closed = attempts_close_overdue()
    if closed:
        logger.info("Closed %s overdue simulation attempt(s)", closed)
    return closed
