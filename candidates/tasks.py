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
