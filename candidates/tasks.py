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


@shared_task(bind=True, acks_late=True, max_retries=3, time_limit=1800, soft_time_limit=1770)
def import_candidates_task(self, import_id: int) -> str | None:
    """Import the rows of an uploaded spreadsheet (HR). Idempotent: a finished import is left alone, a
    redelivered or retried one resumes after the rows already counted. A lost database connection is
    retried with backoff; any other error (the time limit too) marks the import failed, with the rows
    counted so far imported."""
    from celery.exceptions import SoftTimeLimitExceeded
    from django.db import OperationalError
    from django.utils.translation import gettext_lazy as _

    from candidates.services.imports import candidate_import_fail, candidate_import_run

    again = _("Upload the file again to import the rest: the people already imported are skipped.")
    try:
        candidate_import = candidate_import_run(import_id=import_id)
    except OperationalError as exc:
        if self.request.retries < self.max_retries:
            raise self.retry(exc=exc, countdown=30 * 2**self.request.retries) from exc
        reason = _("The database could not be reached.")
        candidate_import_fail(import_id=import_id, message=reason, advice=again)
        raise
    except SoftTimeLimitExceeded:
        reason = _("The import took longer than 30 minutes.")
        candidate_import_fail(import_id=import_id, message=reason, advice=again)
        raise
    except Exception:
        reason = _("The import stopped on an unexpected error.")
        candidate_import_fail(import_id=import_id, message=reason, advice=again)
        raise
    return candidate_import.status if candidate_import else None
