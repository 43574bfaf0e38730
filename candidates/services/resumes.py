"""Resume text for search: extracted by a worker, never in a request."""

import logging

from django.db import transaction
from django.utils import timezone

from candidates.models import Resume

logger = logging.getLogger(__name__)
MAX_TEXT = 200_000  # characters kept for search


def _pdf_text(handle) -> str:
    from pypdf import PdfReader

    reader = PdfReader(handle)
    parts = []
    for page in reader.pages[:50]:
        parts.append(page.extract_text() or "")
        if sum(len(p) for p in parts) > MAX_TEXT:
            break
    return "\n".join(parts)


def _docx_text(handle) -> str:
    import docx

    document = docx.Document(handle)
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def resume_extract_text(*, resume_id: int) -> bool:
    """Fill ``Resume.text``. Idempotent: a resume already extracted is left alone. Pictures get no
    text (no OCR). A file the libraries cannot read is recorded as extracted with no text."""
    resume = Resume.objects.filter(pk=resume_id, extracted_at__isnull=True).first()
    if resume is None:
        return False
    text = ""
    try:
        with resume.file.open("rb") as handle:
            if resume.kind == "pdf":
                text = _pdf_text(handle)
            elif resume.kind == "docx":
                text = _docx_text(handle)
    except Exception:  # a malformed document must not fail the worker forever
        logger.warning("Could not extract text from resume %s", resume_id, exc_info=True)
    with transaction.atomic():
        updated = Resume.objects.filter(pk=resume_id, extracted_at__isnull=True).update(
            text=text[:MAX_TEXT].replace("\x00", ""), extracted_at=timezone.now()
        )
    return bool(updated)
