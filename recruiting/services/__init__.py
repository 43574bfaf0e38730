"""Writes of the cross-cutting pieces: the audit log and the notification outbox."""

from .accounts import user_password_change
from .audit import audit_record
from .notifications import notification_create, notification_send

__all__ = ["audit_record", "notification_create", "notification_send", "user_password_change"]
