import datetime

import pytest

from candidates.probation_rules import add_months, max_probation_months, probation_error


@pytest.mark.parametrize(
    ("contract", "limit"),
    [(1, 0), (2, 0), (3, 1), (11, 1), (12, 2), (35, 2), (36, 6), (60, 6), (None, 6)],
)
def test_china_article_19_table(contract, limit):
    assert max_probation_months(contract, "CN") == limit
    assert probation_error(contract, limit, "CN") == ""
    assert probation_error(contract, limit + 1, "CN") != ""


def test_messages_name_the_limit_and_other_countries_are_generic():
    assert "at most 2 month" in probation_error(24, 3, "CN")
    assert "cannot have a probation" in probation_error(2, 1, "CN")
    assert probation_error(2, 0, "CN") == ""
    assert probation_error(0, 0, "CN") != ""  # a zero-month fixed term is not a contract
    assert max_probation_months(6, "SG") == 12
    assert probation_error(6, 6, "SG") == ""


def test_add_months_keeps_the_day_or_takes_the_months_last():
    assert add_months(datetime.date(2026, 1, 15), 3) == datetime.date(2026, 4, 15)
    assert add_months(datetime.date(2026, 11, 30), 3) == datetime.date(2027, 2, 28)
    assert add_months(datetime.date(2028, 1, 31), 1) == datetime.date(2028, 2, 29)
    assert add_months(datetime.date(2026, 12, 1), 12) == datetime.date(2027, 12, 1)
