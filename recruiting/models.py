"""Cross-cutting models: the shared base model, the email outbox and the audit log."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    """The base of every model: when a row was created and last changed."""

    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class Language(models.TextChoices):
    ZH_HANS = "zh-hans", _("Simplified Chinese")
    EN = "en", _("English")


class NotificationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=Notification.Status.PENDING)

    def due_for_sweep(self, *, never_tried_before, retried_before):
        """Pending rows whose send was probably lost: never tried since ``never_tried_before``, or
        tried and then left alone since ``retried_before`` (longer, so backoff is respected)."""
        return self.pending().filter(
            models.Q(attempts=0, updated_at__lt=never_tried_before)
            | models.Q(attempts__gt=0, updated_at__lt=retried_before)
        )


class Notification(TimeStampedModel):
    """One email in the outbox. Written in the caller's transaction, sent by a task after commit."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    recipient = models.EmailField(_("recipient"))
    recipient_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="notifications",
    )
    language = models.CharField(_("language"), max_length=10, choices=Language.choices, default=Language.EN)
    template_key = models.CharField(_("template"), max_length=100)
    context = models.JSONField(_("context"), default=dict, blank=True, encoder=DjangoJSONEncoder)
    # [{filename, mimetype, content}] for text made when queued (an interview's .ics), or
    # [{filename, mimetype, path}] for a private file read when sending (an offer letter).
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "updated_at"], name="notification_status_updated")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="sent") | models.Q(sent_at__isnull=False),
                name="notification_sent_has_time",
            ),
        ]

    def __str__(self):
        return f"{self.template_key} → {self.recipient} ({self.status})"


class AuditEvent(models.Model):
    """Who did what to which object, when. Written by ``recruiting.services.audit.audit_record``."""

    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept as text as well, so the log still says who acted after a user is deleted.
    actor_repr = models.CharField(_("actor name"), max_length=200, blank=True)
    verb = models.CharField(_("action"), max_length=100, db_index=True)
    target_type = models.ForeignKey(
        ContentType, verbose_name=_("target type"), null=True, blank=True, on_delete=models.SET_NULL
    )
    target_id = models.CharField(_("target id"), max_length=64, blank=True)
    target_repr = models.CharField(_("target"), max_length=200, blank=True)
    data = models.JSONField(_("data"), default=dict, blank=True, encoder=DjangoJSONEncoder)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-created_at", "-id"]
        # The audit trail page: administrators, and the "HR lead" group (an administrator adds people).
        permissions = [("view_audit_trail", _("Can read the audit trail page"))]
        indexes = [
            models.Index(fields=["target_type", "target_id"], name="audit_target"),
            models.Index(fields=["actor_repr", "created_at"], name="audit_actor_time"),
        ]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_repr or '-'} {self.verb} {self.target_repr}"


class UserPreference(models.Model):
    """Per-user settings; for now the language of the UI and of the emails the user receives."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="preference")
    language = models.CharField(_("language"), max_length=10, choices=Language.choices, default=Language.EN)

    class Meta:
        verbose_name = _("user preference")
        verbose_name_plural = _("user preferences")

    def __str__(self):
        return f"{self.user}: {self.language}"
