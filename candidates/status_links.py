"""The candidate's status link: signed, expiring, revocable, and naming exactly one application.

The token is signed with the SECRET_KEY (django.core.signing) and carries the application id and
the application's link version; HR revokes every link sent so far by raising that version.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.urls import reverse

SALT = "candidates.status-link"


@dataclass(frozen=True)
class LinkCheck:
    application_id: int | None
    problem: str = ""  # "", "invalid", "expired"


def make_token(application) -> str:
    return signing.dumps({"a": application.pk, "v": application.status_link_version}, salt=SALT, compress=True)


def status_path(application) -> str:
    return reverse("candidates:status", args=[make_token(application)])


def read_token(token: str) -> tuple[LinkCheck, int | None]:
    """(check, version). Never raises: a tampered or expired token is a LinkCheck with a problem."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.STATUS_LINK_MAX_AGE_DAYS * 86400)
    except signing.SignatureExpired:
        return LinkCheck(None, "expired"), None
    except (signing.BadSignature, ValueError, TypeError):
        return LinkCheck(None, "invalid"), None
    if not isinstance(data, dict) or not isinstance(data.get("a"), int) or not isinstance(data.get("v"), int):
        return LinkCheck(None, "invalid"), None
    return LinkCheck(data["a"]), data["v"]
