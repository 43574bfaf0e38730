"""Phone numbers: Chinese mobiles written the way people write them, and international numbers."""

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

DEFAULT_REGION = "CN"


def normalise_phone(raw: str, *, region: str = DEFAULT_REGION) -> str:
    """The number in E.164 (+8613812345678), or ValidationError with a message for the applicant.

    Accepts 13812345678, 138 1234 5678, 138-1234-5678, +86 138..., 0086 138..., and any valid
    international number written with its country code (+44 20 7946 0958)."""
    text = (raw or "").strip()
    if not text:
        raise ValidationError(_("Enter a phone number."))
    if len(text) > 32:
        raise ValidationError(_("This phone number is too long."))
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(_("This is not a phone number we recognise.")) from exc
    if not phonenumbers.is_valid_number(number):
        if number.country_code == 86:
            raise ValidationError(_("This is not a valid mainland China number (mobiles have 11 digits, 1xx)."))
        raise ValidationError(
            _("This is not a valid phone number; international numbers start with + and the country code.")
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
