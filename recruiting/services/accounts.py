from django.contrib.auth.forms import PasswordChangeForm
from django.db import transaction
from django.utils import timezone

from .audit import audit_record
from .notifications import notification_create


def user_password_change(*, actor, form: PasswordChangeForm, language: str):
    """Save a validated password-change form, record it, and tell the user by email
    (in ``language``) so a change they did not make does not go unnoticed."""
    with transaction.atomic():
        user = form.save()
        audit_record(actor=actor, verb="user.password_changed", target=user)
        if user.email:
            notification_create(
                recipient=user.email,
                recipient_user=user,
                template_key="account/password_changed",
                language=language,
                context={
                    "name": user.get_full_name() or user.get_username(),
                    "username": user.get_username(),
                    "changed_at": timezone.localtime().strftime("%Y-%m-%d %H:%M %Z"),
                },
            )
    return user


def user_set_language(*, user, language: str) -> None:
    """Remember the language a signed-in user chose, for their emails and next sign-in."""
    from recruiting.models import Language, UserPreference

    if language not in Language.values or not user.is_authenticated:
        return
    UserPreference.objects.update_or_create(user=user, defaults={"language": language})
