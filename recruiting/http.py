"""Facts about the HTTP request, and touches to the response, that several views need."""

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


def with_language_cookie(response, user):
    """Sign in to the language the user chose last time."""
    from recruiting.selectors import saved_language

    saved = saved_language(user)
    if saved:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            saved,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
    return response
