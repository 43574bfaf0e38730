"""The project package: settings, URLs, the Celery app and the cross-cutting pieces
(roles, the notification outbox, the audit log, the shared base model)."""

from .celery import app as celery_app

__all__ = ["celery_app"]
