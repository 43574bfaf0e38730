"""The OpenAPI schema validates, and schemathesis fuzzes the API against it: every operation (reads
public and with the demo HR token; writes with the token, on the demo data) answers without a server
error and with responses that match the schema, whatever the generated parameters and bodies."""

import io

import pytest
import schemathesis
from django.core import signals
from django.core.management import call_command
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.demo import DEMO_TOKEN

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def test_the_schema_is_valid_openapi_3_with_no_generator_warnings(tmp_path):
    target = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    text = target.read_text()
    assert text.startswith("openapi: 3.")
    for path in ("/api/v1/postings/", "/api/v1/requisitions/{id}/approve/", "/api/v1/applications/{id}/transition/",
                 "/api/v1/scorecards/{id}/submit/", "/api/v1/offers/{id}/send/", "/api/v1/candidates/{id}/hropen/"):  # fmt: skip
        assert f"{path}:" in text


def test_the_schema_and_the_docs_page_are_served_without_a_token(client):
    schema = client.get("/api/schema/?format=json")
    assert schema.status_code == 200
    assert schema.json()["components"]["securitySchemes"]["apiToken"]["scheme"] == "bearer"
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    page = docs.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page  # vendored, no CDN
    assert "cdn" not in page.lower()


def _schema():
    """The schema as the running application serves it (drf-spectacular's generator, no database)."""
    from django.core.wsgi import get_wsgi_application
    from drf_spectacular.generators import SchemaGenerator

    loaded = schemathesis.openapi.from_dict(SchemaGenerator().get_schema(request=None, public=True))
    loaded.app = get_wsgi_application()
    return loaded


@pytest.fixture(scope="module")
def demo_world(django_db_setup, django_db_blocker):
    """``seed_demo`` run once for the module, in a transaction rolled back when the module is done. Each
    test runs in a savepoint of it (``db``) and so starts from the same demo data, as when every test
    seeded its own (45 runs of seed_demo were about a minute of the suite)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("seed_demo", stdout=io.StringIO())
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def demo_data(demo_world, db, settings):
    """The demo data: postings, applicants, an interview, an offer, and the demo HR token. The calls go
    through the WSGI handler inside the test's transaction: as Django's own test client does, keep
    the end of each request from closing the connection (PostgreSQL would lose the transaction)."""
    settings.ALLOWED_HOSTS = ["*"]
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


schema = _schema().include(method="GET")
writes = _schema().exclude(method="GET")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_read_operations_hold_to_the_schema(case, demo_data):
    case.call_and_validate(headers={"Authorization": f"Bearer {DEMO_TOKEN}"}, checks=CHECKS)


@schema.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_read_operations_without_a_token_hold_to_the_schema(case, demo_data):
    case.call_and_validate(checks=CHECKS)


@writes.parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_write_operations_answer_within_the_schema_whatever_the_input(case, demo_data):
    """Beyond the acceptance (reads): generated bodies for every write answer with a documented status
    in the one error format, never a server error."""
    case.call_and_validate(headers={"Authorization": f"Bearer {DEMO_TOKEN}"}, checks=CHECKS)
