"""Through a real Celery worker on the real Redis broker and the real database.

Runs only when DATABASE_URL and REDIS_URL are set (CI's second pass); the rest of the suite runs
tasks in-process.
"""

import os
import threading

import pytest
from celery.signals import task_prerun
from django.core import mail
from django.db import transaction

from recruiting.models import Notification
from recruiting.services.notifications import notification_create
from tests.helpers import wait_for

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(
        not (os.environ.get("REDIS_URL") and os.environ.get("DATABASE_URL")),
        reason="needs real Redis and a database server: set REDIS_URL and DATABASE_URL",
    ),
]


def test_a_real_worker_sends_an_outbox_email_after_commit(celery_worker_on_redis, request):
    ran_in = []

    def record_thread(sender=None, **kwargs):
        ran_in.append((sender.name, threading.get_ident(), kwargs["task"].request.is_eager))

    task_prerun.connect(record_thread, weak=False)
    request.addfinalizer(lambda: task_prerun.disconnect(record_thread))
    with transaction.atomic():
        notification = notification_create(
            recipient="worker@example.com",
            template_key="account/password_changed",
            context={"name": "Wu", "username": "wu", "changed_at": "2026-11-24 09:00"},
            language="zh-hans",
        )
    # The commit enqueued the task on Redis; the worker thread picks it up and sends the email.
    assert wait_for(lambda: Notification.objects.get(pk=notification.pk).status == Notification.Status.SENT), (
        "the worker did not send the notification within 30 s"
    )
    notification.refresh_from_db()
    assert notification.attempts == 1
    assert [m.to for m in mail.outbox] == [["worker@example.com"]]
    assert mail.outbox[0].subject == "您的密码已更改"
    # It really went through the worker: another thread, not an eager in-process call.
    assert ran_in == [("recruiting.tasks.send_notification_task", ran_in[0][1], False)]
    assert ran_in[0][1] != threading.get_ident()
