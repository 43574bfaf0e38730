import pytest
from rest_framework.test import APIClient

from api.services import api_token_create


@pytest.fixture
def api():
    """An API client; ``api.as_user(user)`` authenticates it with a fresh personal token of ``user``."""
    client = APIClient()

    def as_user(user):
        _token, key = api_token_create(actor=user, name="tests")
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
        return client

    def anonymous():
        client.credentials()
        return client

    client.as_user = as_user
    client.anonymous = anonymous
    return client


def assert_error(response, status, code=None, fields=()):
    """The one error format: {code, message, fields?}."""
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) <= {"code", "message", "fields"}
    assert body["message"]
    if code:
        assert body["code"] == code
    for name in fields:
        assert name in body["fields"], body
    return body
