"""How views report the outcome of a service to the person: one place for the "ValidationError →
messages" pattern that every app's views share.

    if perform(request, lambda: requisition_submit(actor=request.user, requisition=r), _("Submitted.")):
        ...

A service raises ``ValidationError`` for what a user can cause; ``perform`` turns it into error
messages (and returns False), otherwise it adds the success message and returns True.
"""

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError


def flash_errors(request, source) -> None:
    """Every message of a ``ValidationError`` or of a bound form's errors, as error messages."""
    if isinstance(source, ValidationError):
        texts = source.messages
    else:
        texts = [text for errors in source.errors.values() for text in errors]
    for text in texts:
        messages.error(request, text)


def perform(request, action: Callable[[], object], success: str = "") -> bool:
    """Run ``action`` (a service call); flash its validation errors or ``success``. True when it ran."""
    try:
        action()
    except ValidationError as error:
        flash_errors(request, error)
        return False
    if success:
        messages.success(request, success)
    return True


def add_service_errors(form, error: ValidationError) -> None:
    """Put a service's ValidationError on the form: field errors where the field exists, the rest
    as form-wide errors."""
    if hasattr(error, "error_dict"):
        for field, texts in error.message_dict.items():
            target = field if field in form.fields else None
            for text in texts:
                form.add_error(target, text)
    else:
        for text in error.messages:
            form.add_error(None, text)
