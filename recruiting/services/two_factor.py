"""Optional two-factor sign-in for staff: a TOTP authenticator app (django-otp's TOTP device).

Turned on by the user on their profile page (a QR code, then a first code to confirm); once on,
signing in asks for a current code after the password. Wrong codes slow further tries down
(django-otp's throttling), on top of the sign-in lockout."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp.plugins.otp_totp.models import TOTPDevice

from recruiting.services.audit import audit_record

WRONG_CODE = gettext_lazy(
    "That code is not right (or came too soon after a wrong one). Check the time on your phone and try again."
)


def totp_device(user, *, confirmed: bool = True):
    """The user's authenticator (confirmed: in use; unconfirmed: being set up), or None."""
    if user is None or not getattr(user, "pk", None):
        return None
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).first()


def two_factor_begin(*, actor) -> TOTPDevice:
    """Start setting up: a new secret to scan (an earlier unfinished setup is replaced)."""
    if totp_device(actor):
        raise ValidationError(_("Two-factor sign-in is already on."))
    with transaction.atomic():
        TOTPDevice.objects.filter(user=actor, confirmed=False).delete()
        return TOTPDevice.objects.create(user=actor, name="Authenticator app", confirmed=False)


def two_factor_confirm(*, actor, token: str) -> TOTPDevice:
    """The first code from the app proves it was set up: two-factor sign-in is on from now."""
    device = totp_device(actor, confirmed=False)
    if device is None:
        raise ValidationError(_("Start the setup again."))
    if not device.verify_token(_digits(token)):
        raise ValidationError({"token": WRONG_CODE})
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        audit_record(actor=actor, verb="account.two_factor_enabled", target=actor)
    return device


def two_factor_disable(*, actor, token: str) -> None:
    """Turn it off, with a current code (someone at an unlocked screen cannot)."""
    device = totp_device(actor)
    if device is None:
        raise ValidationError(_("Two-factor sign-in is not on."))
    if not device.verify_token(_digits(token)):
        raise ValidationError({"token": WRONG_CODE})
    with transaction.atomic():
        TOTPDevice.objects.filter(user=actor).delete()
        audit_record(actor=actor, verb="account.two_factor_disabled", target=actor)


def two_factor_check(*, user, token: str) -> TOTPDevice | None:
    """At sign-in: the user's device when ``token`` is a current code, else None."""
    device = totp_device(user)
    if device is not None and device.verify_token(_digits(token)):
        return device
    return None


def _digits(token) -> str:
    return "".join(ch for ch in str(token or "") if ch in "0123456789")[:8]
