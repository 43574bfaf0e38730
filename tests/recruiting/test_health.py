import pytest
from django.db.backends.utils import CursorWrapper
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_healthz_answers_200_with_database_and_broker_status(client, settings):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert body["broker"] == ("eager" if not settings.REDIS_URL else "ok")
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    def database_down(self, sql, params=None):
        raise ConnectionError("could not connect to server")

    monkeypatch.setattr(CursorWrapper, "execute", database_down)
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error", "broker": response.json()["broker"]}


def test_healthz_reports_an_unreachable_broker_without_failing(client, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json()["broker"] == "error"


def test_healthz_is_get_only(client):
    assert client.post(reverse("healthz")).status_code == 405


def test_server_error_page_needs_no_database(rf, monkeypatch):
    from django.views.defaults import server_error

    def database_down(self, sql, params=None):
        raise ConnectionError("could not connect to server")

    monkeypatch.setattr(CursorWrapper, "execute", database_down)
    response = server_error(rf.get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "系统暂时无法处理您的请求" in html
    assert "could not handle your request" in html
    assert "Traceback" not in html
