"""Reads of the api app."""

from django.utils import timezone

from api.models import ApiToken
from api.services import hash_key


def tokens_of(user):
    """The user's tokens, live and revoked, newest first."""
    return ApiToken.objects.filter(user=user).order_by("revoked_at", "-created_at")


def token_for_key(key: str):
    """The live token with this secret, with its user, or None."""
    return ApiToken.objects.select_related("user").live(now=timezone.now()).filter(key_hash=hash_key(key)).first()
