"""Two-factor sign-in: turning it on and off (the profile's security page) and the second step of
signing in. Until the code is given, the person is not signed in: the password step only leaves a
short-lived note in the session of who is half-way through."""

import io
import time

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login

from recruiting.feedback import add_service_errors, flash_errors
from recruiting.forms import TokenForm
from recruiting.http import with_language_cookie
from recruiting.services.audit import audit_record
from recruiting.services.two_factor import (
    totp_device,
    two_factor_begin,
    two_factor_check,
    two_factor_confirm,
    two_factor_disable,
)

PENDING = "two_factor_pending"
PENDING_SECONDS = 300


def qr_svg(text: str) -> str:
    import qrcode
    import qrcode.image.svg

    out = io.BytesIO()
    qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage).save(out)
    return out.getvalue().decode()


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def two_factor(request):
    user = request.user
    action = request.POST.get("action", "")
    form = TokenForm(request.POST if action in ("confirm", "disable") else None)
    if action == "begin":
        try:
            two_factor_begin(actor=user)
        except ValidationError as error:
            flash_errors(request, error)
        return redirect("two_factor")
    if action in ("confirm", "disable") and form.is_valid():
        service = two_factor_confirm if action == "confirm" else two_factor_disable
        try:
            service(actor=user, token=form.cleaned_data["token"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Two-factor sign-in is on.") if action == "confirm" else
                             _("Two-factor sign-in is off."))  # fmt: skip
            return redirect("two_factor")
    active, setup = totp_device(user), totp_device(user, confirmed=False)
    context = {"active": active, "setup": setup, "form": form}
    if setup and not active:
        from base64 import b32encode

        context["qr"] = mark_safe(qr_svg(setup.config_url))  # noqa: S308 - an SVG we generated ourselves
        context["secret"] = b32encode(setup.bin_key).decode()
    return render(request, "registration/two_factor.html", context)


def start_second_step(request, *, user, next_url: str):
    """After the password: remember who is half-way through (not signed in yet) and ask for the code."""
    request.session[PENDING] = {"user": user.pk, "backend": user.backend, "at": time.time(), "next": next_url}
    return redirect("login_verify")


@never_cache
@require_http_methods(["GET", "POST"])
def login_verify(request):
    pending = request.session.get(PENDING)
    if not pending or time.time() - pending["at"] > PENDING_SECONDS:
        request.session.pop(PENDING, None)
        messages.error(request, _("Sign in again: the sign-in was not finished in time."))
        return redirect("login")
    user = get_user_model().objects.filter(pk=pending["user"], is_active=True).first()
    if user is None:
        request.session.pop(PENDING, None)
        return redirect("login")
    form = TokenForm(request.POST or None, submit_label=_("Sign in"))
    if request.method == "POST" and form.is_valid():
        device = two_factor_check(user=user, token=form.cleaned_data["token"])
        if device is None:
            audit_record(actor=None, verb="account.two_factor_failed", target=user)
            form.add_error("token", _("That code is not right. Check the time on your phone and try again."))
        else:
            request.session.pop(PENDING, None)
            auth_login(request, user, backend=pending["backend"])
            otp_login(request, device)
            return with_language_cookie(redirect(pending["next"]), user)
    return render(request, "registration/login_verify.html", {"form": form})
