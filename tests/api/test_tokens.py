"""Personal API tokens: made on the profile page, shown once, stored as a hash, revocable; and the
Bearer authentication that uses them."""

import datetime
import hashlib

import pytest
from django.urls import reverse
from django.utils import timezone

from api.models import ApiToken
from api.services import api_token_create, api_token_revoke
from recruiting.models import AuditEvent
from tests.api.conftest import assert_error

PAGE = "/accounts/api-tokens/"


def bearer(key):
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def test_the_profile_page_makes_a_token_shown_once_and_stores_only_its_hash(client, hr):
    client.force_login(hr)
    response = client.post(PAGE, {"name": "Job board", "days": ""})
    assert response.status_code == 200
    key = response.context["new_key"]
    assert key.startswith("csh_")
    assert len(key) > 40
    assert key in response.content.decode()
    token = ApiToken.objects.get(user=hr)
    assert token.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key not in {token.name, token.prefix, token.key_hash}
    assert key.startswith(token.prefix)
    assert AuditEvent.objects.filter(verb="api_token.created", actor=hr).exists()
    again = client.get(PAGE)
    assert key not in again.content.decode()  # never shown again
    assert token.prefix in again.content.decode()


def test_the_page_refuses_a_token_without_a_name_or_with_a_bad_life(client, hr):
    client.force_login(hr)
    for data in ({"name": "  "}, {"name": "x", "days": "0"}, {"name": "x", "days": "99999"}, {"name": "x" * 81}):
        response = client.post(PAGE, data)
        assert response.status_code == 200
        assert response.context["new_key"] is None
        assert response.context["form"].errors
    assert not ApiToken.objects.exists()


def test_the_page_needs_a_signed_in_user_and_making_a_token_a_staff_role(client, make_user):
    assert client.get(PAGE).status_code == 302  # to the login page
    assert client.post(PAGE, {"name": "x"}).status_code == 302
    client.force_login(make_user(username="no-role"))
    assert client.get(PAGE).status_code == 200  # their own (revocable) tokens, nothing else
    assert client.post(PAGE, {"name": "x"}).status_code == 403
    assert not ApiToken.objects.exists()


def test_a_token_authenticates_as_its_owner_and_records_its_use(client, manager):
    token, key = api_token_create(actor=manager, name="script")
    response = client.get("/api/v1/requisitions/", **bearer(key))
    assert response.status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None


@pytest.mark.parametrize(
    "header",
    ["Bearer csh_not-a-real-token", "Bearer", "Bearer a b", "Bearer \u00e9t\u00e9"],
)
def test_a_bad_token_is_refused_in_the_error_format(client, hr, header):
    response = client.get("/api/v1/requisitions/", HTTP_AUTHORIZATION=header)
    body = assert_error(response, 401, code="authentication_failed")
    assert response["WWW-Authenticate"] == "Bearer"
    assert "fields" not in body


def test_no_token_is_401_not_authenticated(client):
    assert_error(client.get("/api/v1/requisitions/"), 401, code="not_authenticated")


def test_revoked_expired_and_deactivated_tokens_stop_working(client, hr, make_user):
    from recruiting.roles import Role

    revoked, revoked_key = api_token_create(actor=hr, name="old")
    api_token_revoke(actor=hr, token=revoked)
    expired, expired_key = api_token_create(actor=hr, name="short", days=1)
    ApiToken.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    leaver = make_user(Role.HR, username="leaver")
    _token, leaver_key = api_token_create(actor=leaver, name="mine")
    leaver.is_active = False
    leaver.save()
    for key in (revoked_key, expired_key, leaver_key):
        assert_error(client.get("/api/v1/requisitions/", **bearer(key)), 401, code="authentication_failed")


def test_only_the_owner_revokes_a_token(client, hr, manager):
    token, key = api_token_create(actor=hr, name="hr's")
    client.force_login(manager)
    assert client.post(reverse("api:token_revoke", args=[token.pk])).status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None
    client.force_login(hr)
    response = client.post(reverse("api:token_revoke", args=[token.pk]))
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert AuditEvent.objects.filter(verb="api_token.revoked").count() == 1
    client.logout()
    assert client.get("/api/v1/requisitions/", **bearer(key)).status_code == 401


def test_a_user_without_a_role_cannot_make_a_token(make_user):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        api_token_create(actor=make_user(username="nobody"), name="x")


def test_the_number_of_live_tokens_is_capped(hr):
    from django.core.exceptions import ValidationError

    from api.services import MAX_LIVE_TOKENS

    for n in range(MAX_LIVE_TOKENS):
        api_token_create(actor=hr, name=f"t{n}")
    with pytest.raises(ValidationError):
        api_token_create(actor=hr, name="one too many")


def test_a_token_has_its_owners_permissions_not_more(client, interviewer):
    _token, key = api_token_create(actor=interviewer, name="mine")
    assert_error(client.get("/api/v1/requisitions/", **bearer(key)), 403, code="permission_denied")
    assert_error(client.get("/api/v1/applications/", **bearer(key)), 403, code="permission_denied")
    assert client.get("/api/v1/interviews/", **bearer(key)).status_code == 200


def test_the_nav_links_to_the_profile_page(client, hr):
    client.force_login(hr)
    assert PAGE in client.get("/").content.decode()


def test_the_demo_seed_gives_hr_a_known_token(client, hr, settings):
    import io

    from api import demo

    hr.username = "hr"
    hr.save()
    demo.seed(io.StringIO())
    demo.seed(io.StringIO())  # idempotent
    assert ApiToken.objects.filter(user=hr).count() == 1
    assert client.get("/api/v1/requisitions/", **bearer(demo.DEMO_TOKEN)).status_code == 200


def test_someone_whose_roles_were_taken_sees_and_revokes_their_tokens_but_makes_none(client, hr):
    token, _key = api_token_create(actor=hr, name="old job")
    hr.groups.clear()
    client.force_login(hr)
    page = client.get(PAGE)
    assert page.status_code == 200
    assert "old job" in page.content.decode()
    assert "Create token" not in page.content.decode()
    assert client.post(PAGE, {"name": "new"}).status_code == 403
    assert client.post(reverse("api:token_revoke", args=[token.pk])).status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert ApiToken.objects.filter(user=hr).count() == 1
