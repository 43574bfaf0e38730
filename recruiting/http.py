"""Facts about the HTTP request that several apps need."""

from django.conf import settings


def client_ip(request) -> str:
    """The client's address. Behind NUM_PROXIES trusted proxies it is taken from X-Forwarded-For,
    counting from the right (what a client writes on the left cannot be trusted). Used by the
    application rate limits and the login lockout."""
    proxies = settings.NUM_PROXIES
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
