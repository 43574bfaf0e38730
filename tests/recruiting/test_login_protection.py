"""Sign-in protection: a lockout after repeated failures (per user name and address), strong
passwords, and secure cookies in production."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

LOGIN = "/accounts/login/"


def attempt(client, username, password, ip="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_five_failures_lock_the_user_name_from_that_address_even_with_the_right_password(client, hr, password):
    for _ in range(4):
        assert attempt(client, hr.username, "wrong-password").status_code == 200  # the form again, with an error
    assert attempt(client, hr.username, "wrong-password").status_code == 429  # the fifth failure locks
    locked = attempt(client, hr.username, password)
    assert locked.status_code == 429
    assert "Too many failed attempts" in locked.content.decode()
    assert "15 minutes" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lockout_is_per_user_name_and_address(client, hr, manager, password):
    for _ in range(5):
        attempt(client, hr.username, "wrong-password")
    assert attempt(client, hr.username, password, ip="198.51.100.9").status_code == 302  # another address
    client.logout()
    assert attempt(client, manager.username, password).status_code == 302  # another user name, same address


def test_a_success_resets_the_count(client, hr, password):
    for _ in range(4):
        attempt(client, hr.username, "wrong-password")
    assert attempt(client, hr.username, password).status_code == 302
    client.logout()
    for _ in range(4):
        attempt(client, hr.username, "wrong-password")
    assert attempt(client, hr.username, password).status_code == 302


def test_the_admin_signs_in_through_the_protected_sign_in(client, make_user, password):
    admin = make_user(username="site-admin", is_staff=True, is_superuser=True)
    assert client.get("/admin/login/")["Location"].startswith("/accounts/login/")
    for _ in range(5):
        attempt(client, admin.username, "nope", ip="203.0.113.8")
    assert attempt(client, admin.username, password, ip="203.0.113.8").status_code == 429


def test_the_lockout_page_is_in_chinese_too(client, hr):
    client.cookies["django_language"] = "zh-hans"
    for _ in range(6):
        response = attempt(client, hr.username, "wrong-password")
    assert response.status_code == 429
    assert "登录" in response.content.decode()


@pytest.mark.parametrize("weak", ["short1!", "password123", "1234567890123", "hr-user-2026"])
def test_weak_passwords_are_refused(hr, weak):
    with pytest.raises(ValidationError):
        validate_password(weak, user=hr)


def test_a_strong_password_is_accepted(hr):
    validate_password("tidal-Lantern-47-orchid", user=hr)


def test_the_password_change_page_applies_the_rules(client, hr, password):
    client.force_login(hr)
    response = client.post(reverse("password_change"), {"old_password": password, "new_password1": "12345",
                                                        "new_password2": "12345"})  # fmt: skip
    assert response.status_code == 200
    assert response.context["form"].errors


def test_production_cookies_are_secure_http_only_and_same_site():
    from tests.recruiting.test_settings_and_commands import PRODUCTION_ENV, manage

    code = (
        "from django.conf import settings as s; print('COOKIES', s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE, s.AXES_FAILURE_LIMIT)"
    )
    result = manage("shell", "-c", code, env=PRODUCTION_ENV)
    line = next(line for line in result.stdout.splitlines() if line.startswith("COOKIES"))
    assert line.split()[1:] == ["True", "True", "True", "True", "Lax", "5"], result.stderr
