"""Faults on the real services: with the broker (Redis) stopped, candidates still apply — 100
applications are accepted, their confirmation e-mails wait in the outbox — and once Redis is back
the outbox sweep hands them to a real worker, which sends each exactly once.

A private redis-server on a free port is stopped and started (the machine's own Redis, which the
rest of the suite uses, is left alone). Runs in CI's PostgreSQL + Redis pass."""

import time

import pytest
from django.core import mail
from django.urls import reverse

from candidates.models import Application
from recruiting.models import Notification
from recruiting.services.notifications import notifications_sweep
from tests.candidates.test_apply import answer_essay, form
from tests.helpers import needs_real_services, wait_for

pytestmark = [pytest.mark.services, needs_real_services()]

APPLICANTS = 100


@pytest.fixture
def broker(private_broker, settings):
    settings.OUTBOX_SWEEP_AFTER_SECONDS = 0
    settings.APPLY_RATE_PER_IP_HOUR = 10_000
    return private_broker


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
