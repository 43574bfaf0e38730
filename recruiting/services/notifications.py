"""The email outbox.

``notification_create`` writes a row inside the caller's transaction and enqueues the send on
commit; if the transaction rolls back, neither the row nor the email exists. ``notification_send``
renders the templates in the recipient's language and sends; the task around it retries with
backoff, and a periodic sweep re-enqueues rows whose enqueue was lost (Redis down, worker crash).
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import timezone, translation

from recruiting.models import Language, Notification

logger = logging.getLogger(__name__)

TEMPLATE_DIR = "emails"


@dataclass(frozen=True)
class SendResult:
    sent: bool
    error: str = ""
    retry: bool = False  # failed, but attempts remain: the caller should try again later


def _template_names(template_key: str) -> dict[str, str]:
    base = f"{TEMPLATE_DIR}/{template_key}"
    return {"subject": f"{base}/subject.txt", "text": f"{base}/body.txt", "html": f"{base}/body.html"}


def notification_create(
    *,
    recipient: str,
    template_key: str,
    context: dict | None = None,
    language: str | None = None,
    recipient_user=None,
    attachments: list[dict] | None = None,
) -> Notification:
    """Put an email in the outbox, in the caller's transaction; it is sent after commit.

    ``context`` must be JSON-serialisable (ids, names, dates), never model instances, because the
    email is rendered later by a worker. ``attachments`` are ``{"filename", "mimetype", "content"}``
    (text made now: an interview's calendar invitation) or ``{"filename", "mimetype", "path"}`` (a
    file in the private storage, read at sending: an offer letter).
    """
    names = _template_names(template_key)
    for name in (names["subject"], names["text"]):
        get_template(name)  # a missing template is a programming error: fail now, not in the worker
    if language not in Language.values:
        language = Language.EN
    notification = Notification.objects.create(
        recipient=recipient,
        recipient_user=recipient_user,
        template_key=template_key,
        context=context or {},
        language=language,
        attachments=attachments or [],
    )
    transaction.on_commit(lambda: enqueue_send(notification.pk), robust=True)
    return notification


def enqueue_send(notification_id: int) -> None:
    """Hand the send to Celery. A failure here is only logged: the sweep picks the row up later."""
    from recruiting.tasks import send_notification_task

    try:
        send_notification_task.delay(notification_id)
    except Exception:
        logger.warning("Could not enqueue notification %s; the outbox sweep will retry", notification_id)


def _pick_bilingual(context: dict, language: str) -> dict:
    """For each ``x_en``/``x_zh`` pair in the context, ``x`` in the recipient's language."""
    chinese = language.startswith("zh")
    picked = {}
    for key, english in context.items():
        if key.endswith("_en") and f"{key[:-3]}_zh" in context:
            chinese_text = context[f"{key[:-3]}_zh"]
            picked[key[:-3]] = (chinese_text or english) if chinese else (english or chinese_text)
    return picked


def render_notification(notification: Notification) -> EmailMultiAlternatives:
    names = _template_names(notification.template_key)
    context = {
        **notification.context,
        **_pick_bilingual(notification.context, notification.language),
        "recipient": notification.recipient,
        "site_url": settings.SITE_URL.rstrip("/"),
    }
    with translation.override(notification.language):
        subject = " ".join(render_to_string(names["subject"], context).split())
        text = render_to_string(names["text"], context)
        try:
            html = render_to_string(names["html"], context)
        except TemplateDoesNotExist:
            html = None
    message = EmailMultiAlternatives(
        subject=subject, body=text, from_email=settings.DEFAULT_FROM_EMAIL, to=[notification.recipient]
    )
    if html:
        message.attach_alternative(html, "text/html")
    for attachment in notification.attachments:
        if "path" in attachment:  # a private file (an offer letter), read when the e-mail is sent
            from recruiting.storage import private_storage

            with private_storage().open(attachment["path"], "rb") as handle:
                content = handle.read()
        else:
            content = attachment["content"]
        message.attach(attachment["filename"], content, attachment["mimetype"])
    return message


def notification_send(*, notification_id: int) -> SendResult:
    """Send one pending notification; safe to call twice (a sent row is left alone).

    The row is locked while sending, so two workers never send the same email. On failure the
    attempt is recorded and the row stays pending (or becomes failed after the last attempt).
    """
    with transaction.atomic():
        notification = Notification.objects.select_for_update().filter(pk=notification_id).first()
        if notification is None or notification.status != Notification.Status.PENDING:
            return SendResult(sent=False)
        notification.attempts += 1
        try:
            render_notification(notification).send(fail_silently=False)
        except Exception as exc:
            notification.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            if notification.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
                notification.status = Notification.Status.FAILED
            notification.save(update_fields=["attempts", "last_error", "status", "updated_at"])
            logger.warning("Sending notification %s failed: %s", notification_id, notification.last_error)
            return SendResult(
                sent=False,
                error=notification.last_error,
                retry=notification.status == Notification.Status.PENDING,
            )
        notification.status = Notification.Status.SENT
        notification.sent_at = timezone.now()
        notification.last_error = ""
        notification.save(update_fields=["attempts", "status", "sent_at", "last_error", "updated_at"])
        return SendResult(sent=True)


def notifications_sweep(*, now=None) -> int:
    """Re-enqueue pending notifications that have waited too long. Returns how many."""
    now = now or timezone.now()
    due = Notification.objects.due_for_sweep(
        never_tried_before=now - timedelta(seconds=settings.OUTBOX_SWEEP_AFTER_SECONDS),
        retried_before=now - timedelta(seconds=settings.OUTBOX_RETRY_SWEEP_AFTER_SECONDS),
    )
    ids = list(due.order_by("updated_at").values_list("pk", flat=True)[:500])
    for pk in ids:
        enqueue_send(pk)
    return len(ids)
