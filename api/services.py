"""Writes of the api app: personal API tokens."""

import datetime
import hashlib
import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from api.models import ApiToken
from recruiting.roles import user_roles
from recruiting.services.audit import audit_record

TOKEN_PREFIX = "csh_"  # noqa: S105 - a marker that makes leaked tokens recognisable, not a secret
MAX_LIVE_TOKENS = 20
MAX_DAYS = 3660


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def api_token_create(*, actor, name: str, days: int | None = None, key: str | None = None) -> tuple[ApiToken, str]:
    """A new token for ``actor`` (any staff role); returns it with its secret, which is not stored
    and cannot be shown again. ``days`` limits its life (None: until revoked). ``key`` is for the demo
    data only (a published secret, like the demo passwords); otherwise the secret is random."""
    if actor is None or not actor.is_authenticated or not user_roles(actor):
        raise PermissionDenied
    name = (name or "").strip()
    errors = {}
    if not name:
        errors["name"] = _("Give the token a name, e.g. what it is for.")
    elif len(name) > 80:
        errors["name"] = _("Use at most 80 characters.")
    if days is not None and not 1 <= days <= MAX_DAYS:
        errors["days"] = _("A token lives from 1 to %(max)s days.") % {"max": MAX_DAYS}
    if errors:
        raise ValidationError(errors)
    now = timezone.now()
    with transaction.atomic():
        live = ApiToken.objects.select_for_update().filter(user=actor).live(now=now)
        if len(live) >= MAX_LIVE_TOKENS:
            raise ValidationError(_("You have %(max)s tokens; revoke one first.") % {"max": MAX_LIVE_TOKENS})
        key = key or TOKEN_PREFIX + secrets.token_urlsafe(32)
        token = ApiToken.objects.create(
            user=actor,
            name=name,
            prefix=key[: len(TOKEN_PREFIX) + 6],
            key_hash=hash_key(key),
            expires_at=now + datetime.timedelta(days=days) if days else None,
        )
        audit_record(actor=actor, verb="api_token.created", target=token, data={"days": days})
    return token, key


def api_token_revoke(*, actor, token: ApiToken) -> ApiToken:
    """The owner revokes their token; it stops working at once."""
    with transaction.atomic():
        token = ApiToken.objects.select_for_update().get(pk=token.pk)
        if token.user_id != getattr(actor, "pk", None):
            raise PermissionDenied
        if token.revoked_at is None:
            token.revoked_at = timezone.now()
            token.save(update_fields=["revoked_at", "updated_at"])
            audit_record(actor=actor, verb="api_token.revoked", target=token)
    return token


def api_token_touch(token: ApiToken, *, now) -> None:
    """Record use, at most once a minute (not a write on every request)."""
    if token.last_used_at is None or now - token.last_used_at > datetime.timedelta(minutes=1):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
