"""Optional two-factor sign-in (TOTP): set up with a QR code and a first code, then signing in needs
a current code after the password; wrong or late codes do not sign anyone in; turning it off needs a
code; the admin signs in through the same door."""

import time

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from recruiting.models import AuditEvent
from recruiting.two_factor_views import PENDING

PAGE = "/accounts/two-factor/"


def code(device, offset=0):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset):06d}"


@pytest.fixture
def enabled(hr):
    device = TOTPDevice.objects.create(user=hr, name="app", confirmed=True)
    return device


def test_setting_it_up_shows_a_qr_code_and_needs_a_first_code(client, hr, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    client.force_login(hr)
    assert client.get(PAGE).context["active"] is None
    client.post(PAGE, {"action": "begin"})
    page = client.get(PAGE)
    assert "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=hr, confirmed=False)
    assert page.context["secret"]  # the key to type in by hand
    wrong = client.post(PAGE, {"action": "confirm", "token": "000000" if code(device) != "000000" else "111111"})
    assert wrong.status_code == 200
    assert wrong.context["form"].errors
    device.refresh_from_db()
    assert not device.confirmed
    client.post(PAGE, {"action": "confirm", "token": code(device)})
    device.refresh_from_db()
    assert device.confirmed
    assert AuditEvent.objects.filter(verb="account.two_factor_enabled", target_id=str(hr.pk)).exists()


def test_with_it_on_the_password_alone_does_not_sign_in(client, hr, password, enabled):
    response = client.post("/accounts/login/", {"username": hr.username, "password": password})
    assert response.status_code == 302
    assert response["Location"] == reverse("login_verify")
    assert "_auth_user_id" not in client.session
    assert client.get("/").status_code == 302  # still signed out
    assert client.get("/api/v1/requisitions/").status_code == 401


def test_the_right_code_signs_in_and_a_wrong_one_does_not(client, hr, password, enabled, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    client.post("/accounts/login/", {"username": hr.username, "password": password})
    bad = "000000" if code(enabled) != "000000" else "111111"
    wrong = client.post(reverse("login_verify"), {"token": bad})
    assert wrong.status_code == 200
    assert "_auth_user_id" not in client.session
    assert AuditEvent.objects.filter(verb="account.two_factor_failed").count() == 1
    right = client.post(reverse("login_verify"), {"token": code(enabled)})
    assert right.status_code == 302
    assert client.session["_auth_user_id"] == str(hr.pk)
    assert PENDING not in client.session
    assert client.get("/").status_code == 200


def test_a_code_cannot_be_used_twice(client, hr, password, enabled, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    client.post("/accounts/login/", {"username": hr.username, "password": password})
    token = code(enabled)
    client.post(reverse("login_verify"), {"token": token})
    client.logout()
    client.post("/accounts/login/", {"username": hr.username, "password": password})
    again = client.post(reverse("login_verify"), {"token": token})
    assert again.status_code == 200
    assert "_auth_user_id" not in client.session


def test_the_second_step_expires_and_needs_the_password_first(client, hr, password, enabled):
    assert client.get(reverse("login_verify")).status_code == 302  # nobody half-way through
    client.post("/accounts/login/", {"username": hr.username, "password": password})
    session = client.session
    session[PENDING] = session[PENDING] | {"at": time.time() - 600}
    session.save()
    late = client.post(reverse("login_verify"), {"token": code(enabled)})
    assert late.status_code == 302
    assert late["Location"] == reverse("login")
    assert "_auth_user_id" not in client.session


def test_wrong_codes_are_throttled(client, hr, password, enabled):
    client.post("/accounts/login/", {"username": hr.username, "password": password})
    bad = "000000" if code(enabled) != "000000" else "111111"
    client.post(reverse("login_verify"), {"token": bad})
    refused = client.post(reverse("login_verify"), {"token": code(enabled)})  # too soon after a wrong one
    assert refused.status_code == 200
    assert "_auth_user_id" not in client.session


def test_turning_it_off_needs_a_current_code(client, hr, enabled, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    client.force_login(hr)
    client.post(PAGE, {"action": "disable", "token": "12"})
    assert TOTPDevice.objects.filter(user=hr).exists()
    client.post(PAGE, {"action": "disable", "token": code(enabled)})
    assert not TOTPDevice.objects.filter(user=hr).exists()
    assert AuditEvent.objects.filter(verb="account.two_factor_disabled").exists()


def test_the_page_needs_a_signed_in_user(client):
    assert client.get(PAGE).status_code == 302


def test_the_admin_signs_in_through_the_products_sign_in(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/admin/")


def test_without_it_the_password_signs_in_as_before(client, manager, password):
    response = client.post("/accounts/login/", {"username": manager.username, "password": password})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(manager.pk)
