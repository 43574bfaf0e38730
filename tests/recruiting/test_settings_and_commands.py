"""Production settings, `check --deploy`, and the demo seed command."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from recruiting.management.commands.seed_demo import DEMO_PASSWORD, DEMO_USERS
from recruiting.roles import Role

# The production environment documented in the README (values are examples).
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "recruiting.settings.production",
    "SECRET_KEY": "q8w$3nZ!vT0r^e7Lp2#xK9m@Fh5bY1sD6gJ4cA8uW0iO3lE7kR2tN9yM5pQ1zX6v",
    "ALLOWED_HOSTS": "hiring.example.com",
    "DATABASE_URL": "sqlite:////tmp/recruiting-deploy-check.sqlite3",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def manage(*args, env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=clean | env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_with_production_settings_prints_no_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"Set {missing} in the environment" in result.stderr


@pytest.mark.django_db
def test_seed_demo_creates_one_user_per_role_and_is_idempotent(capsys):
    call_command("seed_demo")
    out = capsys.readouterr().out
    assert DEMO_PASSWORD in out
    call_command("seed_demo")
    users = get_user_model().objects.filter(username__in=[u for u, _n, _r in DEMO_USERS])
    assert users.count() == len(DEMO_USERS)
    for username, _name, role in DEMO_USERS:
        user = users.get(username=username)
        assert user.check_password(DEMO_PASSWORD)
        if role is None:
            assert user.is_superuser
            assert user.is_staff
        else:
            assert list(user.groups.values_list("name", flat=True)) == [str(role)]
    assert {str(r) for _u, _n, r in DEMO_USERS if r} == set(Role.values)


@pytest.mark.django_db
def test_seed_demo_publishes_postings_from_the_library(client):
    from requisitions.demo import POSTINGS
    from requisitions.models import Requisition

    call_command("seed_demo")
    call_command("seed_demo")
    assert Requisition.objects.published().count() == len(POSTINGS)
    assert Requisition.objects.exclude(profile=None).count() == len(POSTINGS)
    page = client.get("/careers/")
    assert page.context["page"].paginator.count == len(POSTINGS)


@pytest.mark.django_db
def test_seed_demo_refuses_production_settings_unless_forced(settings):
    settings.IS_PRODUCTION = True
    with pytest.raises(CommandError, match="refuses to run with production settings"):
        call_command("seed_demo")
    assert not get_user_model().objects.filter(username="hr").exists()
    call_command("seed_demo", "--force")
    assert get_user_model().objects.filter(username="hr").exists()


@pytest.mark.django_db
def test_postgresql_connections_run_without_jit():
    """JIT compiled the large pages' queries for up to seconds and saved nothing (docs/performance.md)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL setting")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
