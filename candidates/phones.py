"""Phone numbers: Chinese mobiles written the way people write them, and international numbers."""

import re

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

DEFAULT_REGION = "CN"

# The common case, a mainland mobile (138 1234 5678, +86 138-1234-5678), checked against the library's
# own metadata without a full parse (a spreadsheet import normalises 100,000 numbers). Anything else,
# and any number this does not accept, takes the full path below.
_CN = phonenumbers.PhoneMetadata.metadata_for_region("CN")
_CN_MOBILE = re.compile(r"(?:\+86|0086)?(1\d{10})", re.ASCII)  # ASCII digits only: full-width ones take the full path
_CN_GENERAL = re.compile(_CN.general_desc.national_number_pattern, re.ASCII)
_CN_MOBILE_RANGES = re.compile(_CN.mobile.national_number_pattern, re.ASCII)


def _mainland_mobile(text: str) -> str | None:
    """+86 and the number when ``text`` is a valid mainland mobile written plainly (digits, spaces,
    hyphens, an optional +86 or 0086); None to leave it to the full parse."""
    match = _CN_MOBILE.fullmatch(text.replace(" ", "").replace("-", ""))
    if match is None:
        return None
    national = match.group(1)
    if _CN_GENERAL.fullmatch(national) and _CN_MOBILE_RANGES.fullmatch(national):
        return "+86" + national
    return None


def normalise_phone(raw: str, *, region: str = DEFAULT_REGION) -> str:
    """The number in E.164 (+8613812345678), or ValidationError with a message for the applicant.

    Accepts 13812345678, 138 1234 5678, 138-1234-5678, +86 138..., 0086 138..., and any valid
    international number written with its country code (+44 20 7946 0958)."""
    text = (raw or "").strip()
    if not text:
        raise ValidationError(_("Enter a phone number."))
    if len(text) > 32:
        raise ValidationError(_("This phone number is too long."))
    if region == DEFAULT_REGION and (mobile := _mainland_mobile(text)):
        return mobile
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
