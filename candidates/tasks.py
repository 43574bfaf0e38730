from celery import shared_task

from candidates.services.resumes import resume_extract_text


@shared_task(autoretry_for=(OSError,), retry_backoff=30, max_retries=3, time_limit=120, soft_time_limit=90)
def extract_resume_text_task(resume_id: int) -> bool:
    """Extract a resume's text for search (pypdf, python-docx)."""
    return resume_extract_text(resume_id=resume_id)
