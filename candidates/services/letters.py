"""Offer letters: HTML in the offer's language rendered to PDF by WeasyPrint, only ever in a worker.

``offer_letter_render`` is idempotent: the file name is fixed by offer and version, the row is unique
on (offer, version), and the offer row is locked while rendering, so a task delivered twice leaves
one letter (and sends one e-mail).
"""

import hashlib
import time

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from candidates.models import Offer, OfferLetter
from recruiting.services.audit import audit_record

# The CJK face WeasyPrint finds through fontconfig (Debian: fonts-noto-cjk); Chinese names and
# texts render with it and the PDF embeds it.
LETTER_FONTS = '"Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", sans-serif'


def letter_html(offer: Offer) -> str:
    requisition = offer.application.requisition
    chinese = offer.language.startswith("zh")
    with translation.override(offer.language):
        return render_to_string(
            "candidates/letters/offer_zh-hans.html" if chinese else "candidates/letters/offer_en.html",
            {
                "offer": offer,
                "candidate": offer.application.candidate,
                "requisition": requisition,
                "company_en": settings.COMPANY_NAME_EN,
                "company_zh": settings.COMPANY_NAME_ZH,
                "company_address": settings.COMPANY_ADDRESS,
                "fonts": LETTER_FONTS,
                "status_url": settings.SITE_URL.rstrip("/"),
            },
        )


def render_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()


def offer_letter_render(*, offer_id: int, version: int, send: bool) -> OfferLetter | None:
    """Render letter ``version`` of an offer once; with ``send``, e-mail it to the candidate with the
    PDF attached (once). Returns the letter, or None when the offer has moved past that version."""
    from candidates.services.offers import _tell_candidate

    with transaction.atomic():
        offer = (
            Offer.objects.select_for_update()
            .select_related("application__candidate", "application__requisition")
            .filter(pk=offer_id)
            .first()
        )
        if offer is None or offer.letter_version != version:
            return None
        existing = OfferLetter.objects.filter(offer=offer, version=version).first()
        if existing:
            return existing
        started = time.perf_counter()
        pdf = render_pdf(letter_html(offer))
        elapsed = time.perf_counter() - started
        letter = OfferLetter(offer=offer, version=version, sha256=hashlib.sha256(pdf).hexdigest(), size=len(pdf),
                             render_seconds=elapsed)  # fmt: skip
        name = f"offer-{offer.pk}-v{version}.pdf"
        letter.file.storage.delete(f"letters/{name}")  # a file left by a task killed before its commit
        letter.file.save(name, ContentFile(pdf), save=False)
        letter.save()
        audit_record(actor=None, verb="offer.letter_rendered", target=offer,
                     data={"version": version, "seconds": round(elapsed, 3), "sha256": letter.sha256})  # fmt: skip
        if send and offer.status == Offer.Status.SENT:  # not after a withdrawal that came first
            _tell_candidate(offer, "candidates/offer_sent", attachments=[{
                "filename": f"offer-{offer.pk}.pdf", "mimetype": "application/pdf", "path": letter.file.name,
            }])  # fmt: skip
    return letter
