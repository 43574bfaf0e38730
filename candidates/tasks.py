from celery import shared_task

from candidates.services.resumes import resume_extract_text


@shared_task(autoretry_for=(OSError,), retry_backoff=30, max_retries=3, time_limit=120, soft_time_limit=90)
def extract_resume_text_task(resume_id: int) -> bool:
    """Extract a resume's text for search (pypdf, python-docx)."""
    return resume_extract_text(resume_id=resume_id)


@shared_task(time_limit=600, soft_time_limit=540)
def erase_expired_candidates_task() -> int:
    """Periodic (Celery beat, daily): erase people past the retention period."""
    from candidates.services.people import candidates_erase_expired

    return candidates_erase_expired()


@shared_task(
    bind=True, acks_late=True, autoretry_for=(OSError,), retry_backoff=10, max_retries=5, time_limit=120,
    soft_time_limit=100,
)  # fmt: skip
def render_offer_letter_task(self, offer_id: int, version: int, send: bool = False) -> bool:
    """Render an offer letter (WeasyPrint) and, with ``send``, e-mail it. Idempotent: a redelivered
    task finds the letter and does nothing more."""
    from candidates.services.letters import offer_letter_render

    return offer_letter_render(offer_id=offer_id, version=version, send=send) is not None


@shared_task(time_limit=300, soft_time_limit=270)
def expire_offers_task() -> int:
    """Periodic (Celery beat, daily): sent offers past their expiry date expire."""
    from candidates.services.offers import offers_expire

    return offers_expire()


@shared_task(time_limit=300, soft_time_limit=270)
def probation_reminders_task() -> int:
    """Periodic (Celery beat, daily): remind hiring managers of probation reviews that are due."""
    from candidates.services.probation import probation_reminders_send

    return probation_reminders_send()
