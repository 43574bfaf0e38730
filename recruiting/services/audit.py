from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models

from recruiting.models import AuditEvent


def audit_record(*, actor, verb: str, target: models.Model | None = None, data: dict[str, Any] | None = None):
    """Record that ``actor`` did ``verb`` to ``target``. Call it inside the state change's transaction,
    so the event exists exactly when the change does. ``actor`` may be None for system work."""
    event = AuditEvent(
        actor=actor if actor is not None and actor.is_authenticated else None,
        actor_repr=(actor.get_username() if actor is not None and actor.is_authenticated else "system")[:200],
        verb=verb,
        data=data or {},
    )
    if target is not None:
        event.target_type = ContentType.objects.get_for_model(target, for_concrete_model=False)
        event.target_id = str(target.pk)
        event.target_repr = str(target)[:200]
    event.save()
    return event
