"""Reading values from query strings without ever failing on what a browser or a bot sends."""

import re


def parse_id(value) -> int | None:
    """A primary key from a query string, or None for anything that is not one (no server error on
    '²', '-1' or a 40-digit number)."""
    if isinstance(value, str) and re.fullmatch(r"[1-9][0-9]{0,9}", value) and int(value) < 2**31:
        return int(value)
    return None
