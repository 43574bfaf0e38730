"""Reading values from query strings without ever failing on what a browser or a bot sends."""

import re


def parse_id(value) -> int | None:
    """A primary key from a query string, or None for anything that is not one (no server error on
    '²', '-1' or a 40-digit number)."""
    if isinstance(value, str) and re.fullmatch(r"[1-9][0-9]{0,9}", value) and int(value) < 2**31:
        return int(value)
    return None


def safe_next(request, default: str) -> str:
    """The ``next`` URL posted with a form when it points to this site, else ``default`` (a URL name
    or path for ``redirect``): no open redirect."""
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.POST.get("next") or request.GET.get("next")
    # A path on this site only: ``redirect`` would take a bare word for a URL name (and fail).
    if (
        target
        and target.startswith("/")
        and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return target
    return default
