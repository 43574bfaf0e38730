import re

from django.core.exceptions import ValidationError


def add_service_errors(form, error: ValidationError) -> None:
    """Put a service's ValidationError on the form: field errors where the field exists, the rest
    as form-wide errors."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            target = field if field in form.fields else None
            for message in messages:
                form.add_error(target, message)
    else:
        for message in error.messages:
            form.add_error(None, message)


def parse_id(value) -> int | None:
    """A primary key from a query string, or None for anything that is not one (no server error on
    '²', '-1' or a 40-digit number)."""
    if isinstance(value, str) and re.fullmatch(r"[1-9][0-9]{0,9}", value) and int(value) < 2**31:
        return int(value)
    return None
