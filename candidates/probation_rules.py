"""How long a probation may be, by country (pure Python).

China, Labour Contract Law art. 19: no probation for a contract under 3 months; at most 1 month for
a contract of 3 months to under 1 year; at most 2 months from 1 year to under 3 years; at most
6 months for 3 years or more and for an open-ended contract. (Art. 19 also allows one probation per
employer and person; an extension must stay within the same maximum.)

Other countries: no statutory table is applied; a probation up to 12 months is accepted.
"""

import calendar
import datetime

from django.utils.translation import gettext as _

GENERIC_MAX_MONTHS = 12


def max_probation_months(contract_months: int | None, country: str = "CN") -> int:
    """The longest probation allowed for a contract of ``contract_months`` (None: open-ended)."""
    if country.upper() != "CN":
        return GENERIC_MAX_MONTHS
    if contract_months is None or contract_months >= 36:
        return 6
    if contract_months >= 12:
        return 2
    if contract_months >= 3:
        return 1
    return 0


def probation_error(contract_months: int | None, probation_months: int, country: str = "CN") -> str:
    """A message when ``probation_months`` breaks the rule for this contract, else ""."""
    if contract_months is not None and contract_months < 1:
        return _("A fixed-term contract lasts at least one month.")
    limit = max_probation_months(contract_months, country)
    if probation_months <= limit:
        return ""
    if limit == 0:
        return _("A contract shorter than 3 months cannot have a probation period.")
    return _("For this contract term the probation may last at most %(n)s month(s).") % {"n": limit}


def add_months(day: datetime.date, months: int) -> datetime.date:
    """``day`` plus ``months`` calendar months (the 31st becomes the month's last day)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))
