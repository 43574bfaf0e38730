"""Faults on the real services: with the broker (Redis) stopped, candidates still apply — 100
applications are accepted, their confirmation e-mails wait in the outbox — and once Redis is back
the outbox sweep hands them to a real worker, which sends each exactly once.

A private redis-server on a free port is stopped and started (the machine's own Redis, which the
rest of the suite uses, is left alone). Runs in CI's PostgreSQL + Redis pass."""

import os
import shutil
import socket
import subprocess
import time

import pytest
from django.core import mail
from django.urls import reverse

from candidates.models import Application
from recruiting.models import Notification
from recruiting.services.notifications import notifications_sweep
from tests.candidates.test_apply import answer_essay, form
from tests.helpers import wait_for

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(
        not (os.environ.get("REDIS_URL") and os.environ.get("DATABASE_URL")) or not shutil.which("redis-server"),
        reason="needs a database server, REDIS_URL and the redis-server program",
    ),
]

APPLICANTS = 100


class PrivateRedis:
    def __init__(self):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],  # noqa: S607
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        assert wait_for(self._answers, timeout=10), "redis-server did not start"

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        assert not self._answers()

    def _answers(self):
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
            return True
        except OSError:
            return False


@pytest.fixture
def broker(settings):
    """The Celery app pointed at a private Redis (started), restored afterwards."""
    from recruiting.celery import app

    redis = PrivateRedis()
    redis.start()
    saved = app.conf.broker_url
    app.conf.broker_url = redis.url
    app.conf.task_always_eager = False
    app._pool = None
    app.amqp._producer_pool = None
    settings.OUTBOX_SWEEP_AFTER_SECONDS = 0
    settings.APPLY_RATE_PER_IP_HOUR = 10_000
    yield redis
    if redis.process.poll() is None:
        redis.stop()
    app.conf.broker_url = saved
    app.conf.task_always_eager = True
    app._pool = None
    app.amqp._producer_pool = None


def test_applications_are_accepted_while_redis_is_down_and_mailed_once_it_is_back(
    migrated_data, broker, client, make_posting
):
    from celery.contrib.testing.worker import start_worker

    from recruiting.celery import app

    posting = make_posting(resume_required=False)
    broker.stop()
    started = time.monotonic()
    for n in range(APPLICANTS):
        data = answer_essay(posting, form(email=f"applicant{n}@example.com", phone=f"1381234{n:04d}"))
        response = client.post(reverse("careers:apply", args=[posting.slug]), data)
        assert response.status_code == 302, response.content[:500]
    seconds_down = time.monotonic() - started
    assert Application.objects.filter(requisition=posting).count() == APPLICANTS
    pending = Notification.objects.filter(status=Notification.Status.PENDING, recipient__startswith="applicant")
    assert pending.count() == APPLICANTS
    assert mail.outbox == []

    broker.start()
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
        assert notifications_sweep() >= APPLICANTS
        assert wait_for(lambda: not pending.exists(), timeout=120), f"{pending.count()} still pending"
    sent = Notification.objects.filter(status=Notification.Status.SENT, recipient__startswith="applicant")
    assert sent.count() == APPLICANTS
    recipients = sorted(a for message in mail.outbox for a in message.to if a.startswith("applicant"))
    assert recipients == sorted(f"applicant{n}@example.com" for n in range(APPLICANTS))  # each exactly once
    print(f"\n{APPLICANTS} applications with Redis down in {seconds_down:.1f} s; all mailed after it returned")
