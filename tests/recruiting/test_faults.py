"""Faults on a real server process: the production settings under gunicorn with the database out of
reach answer /healthz with 503 and every page with the friendly error page, no stack trace. (The
fixture runs `collectstatic` as the image build does; that is how a vendored file referring to a
missing source map, which breaks the build, was found.)"""

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.conf import settings

from tests.recruiting.test_settings_and_commands import PRODUCTION_ENV


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - http to a local test server
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - a local test server
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture
def server_without_database(tmp_path):
    """gunicorn with the production settings (static files collected, as the image does) and a
    PostgreSQL address where nothing listens."""
    import os

    port, dead = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env |= PRODUCTION_ENV | {"DATABASE_URL": f"postgres://postgres@127.0.0.1:{dead}/recruiting",
                             "LOG_LEVEL": "CRITICAL", "STATIC_ROOT": str(tmp_path / "static")}  # fmt: skip
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=settings.BASE_DIR, env=env, check=True, timeout=300,
    )  # fmt: skip
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gunicorn", "recruiting.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1"],
        cwd=settings.BASE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


def test_with_the_database_down_healthz_is_503_and_pages_are_friendly(server_without_database):
    host = {"Host": "hiring.example.com"}
    status, body = fetch(f"{server_without_database}/healthz", host)
    assert status == 503
    assert '"database": "error"' in body
    https = host | {"X-Forwarded-Proto": "https"}
    for path in ("/careers/", "/careers/feed.json", "/api/v1/postings/"):
        status, body = fetch(server_without_database + path, https)
        assert status == 500, path
        for leak in ("Traceback", "OperationalError", "psycopg2"):
            assert leak not in body, (path, leak)
        assert "The system could not handle your request right now" in body or '"code"' in body
