from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from recruiting.models import Notification
from recruiting.services.notifications import notification_create, notification_send, notifications_sweep
from recruiting.tasks import send_notification_task, sweep_outbox_task
from tests.factories import NotificationFactory
from tests.recruiting.email_backends import FlakySMTPBackend

pytestmark = pytest.mark.django_db

CONTEXT = {"name": "Ada", "username": "ada", "changed_at": "2026-11-24 10:00"}


def create(**kwargs):
    params = {"recipient": "ada@example.com", "template_key": "account/password_changed", "context": CONTEXT}
    return notification_create(**(params | kwargs))


def test_created_notification_is_sent_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        notification = create()
        assert mail.outbox == []  # nothing leaves before the transaction commits
    assert len(callbacks) == 1
    notification.refresh_from_db()
    assert notification.status == Notification.Status.SENT
    assert notification.attempts == 1
    assert notification.sent_at is not None
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ada@example.com"]
    assert message.subject == "Your password was changed"
    assert "ada" in message.body
    assert message.alternatives[0][1] == "text/html"


def test_notification_in_a_rolled_back_transaction_is_never_sent(django_capture_on_commit_callbacks):
    class Boom(Exception):
        pass

    def change_that_fails():
        with transaction.atomic():
            create()
            raise Boom

    with django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(Boom):
        change_that_fails()
    assert callbacks == []
    assert Notification.objects.count() == 0
    assert mail.outbox == []
    assert notifications_sweep(now=timezone.now() + timedelta(days=1)) == 0
    assert mail.outbox == []


def test_email_is_rendered_in_the_recipients_language(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        create(language="zh-hans")
    assert mail.outbox[0].subject == "您的密码已更改"
    assert "您好" in mail.outbox[0].body


def test_unknown_language_falls_back_to_english():
    notification = create(language="xx")
    assert notification.language == "en"


def test_smtp_failure_is_retried_and_ends_sent(settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "tests.recruiting.email_backends.FlakySMTPBackend"
    FlakySMTPBackend.failures_left = 2
    with django_capture_on_commit_callbacks(execute=True):
        notification = create()
    notification.refresh_from_db()
    assert notification.status == Notification.Status.SENT
    assert notification.attempts == 3  # two refusals, then delivered by the task's retries
    assert notification.last_error == ""
    assert len(mail.outbox) == 1


def test_send_gives_up_after_max_attempts_and_records_the_error(settings):
    settings.EMAIL_BACKEND = "tests.recruiting.email_backends.FlakySMTPBackend"
    settings.OUTBOX_MAX_ATTEMPTS = 2
    FlakySMTPBackend.failures_left = 5
    notification = NotificationFactory()
    first = notification_send(notification_id=notification.pk)
    assert first.retry
    assert not first.sent
    second = notification_send(notification_id=notification.pk)
    assert not second.retry
    assert not second.sent
    notification.refresh_from_db()
    assert notification.status == Notification.Status.FAILED
    assert notification.attempts == 2
    assert "SMTPServerDisconnected" in notification.last_error
    assert mail.outbox == []
    FlakySMTPBackend.failures_left = 0


def test_sending_twice_sends_once():
    notification = NotificationFactory()
    assert send_notification_task.delay(notification.pk).get() is True
    assert send_notification_task.delay(notification.pk).get() is False
    assert len(mail.outbox) == 1


def test_sweep_sends_a_notification_whose_enqueue_was_lost(monkeypatch, django_capture_on_commit_callbacks):
    # The broker is unreachable when the transaction commits: the enqueue fails and is only logged.
    def broker_down(*args, **kwargs):
        raise ConnectionError("Redis is down")

    with monkeypatch.context() as patch:
        patch.setattr(send_notification_task, "delay", broker_down)
        with django_capture_on_commit_callbacks(execute=True):
            notification = create()
    notification.refresh_from_db()
    assert notification.status == Notification.Status.PENDING
    assert mail.outbox == []

    # Too recent: the sweep leaves it (its enqueue may still be on its way).
    assert sweep_outbox_task.delay().get() == 0
    # Later, the periodic sweep finds it and it is sent.
    Notification.objects.filter(pk=notification.pk).update(updated_at=timezone.now() - timedelta(minutes=10))
    assert sweep_outbox_task.delay().get() == 1
    notification.refresh_from_db()
    assert notification.status == Notification.Status.SENT
    assert len(mail.outbox) == 1


def test_sweep_respects_backoff_of_failed_attempts():
    old = timezone.now() - timedelta(minutes=10)
    retrying = NotificationFactory(attempts=2)
    sent = NotificationFactory(status=Notification.Status.SENT, sent_at=old)
    Notification.objects.filter(pk__in=[retrying.pk, sent.pk]).update(updated_at=old)
    assert notifications_sweep() == 0
    assert notifications_sweep(now=timezone.now() + timedelta(hours=3)) == 1
    retrying.refresh_from_db()
    assert retrying.status == Notification.Status.SENT


def test_unknown_template_is_refused_before_writing():
    from django.template import TemplateDoesNotExist

    with pytest.raises(TemplateDoesNotExist):
        create(template_key="no/such/template")
    assert Notification.objects.count() == 0


def test_beat_schedule_runs_the_sweep(settings):
    from recruiting.celery import app

    tasks = {entry["task"] for entry in app.conf.beat_schedule.values()}
    assert "recruiting.tasks.sweep_outbox_task" in tasks
    assert "recruiting.tasks.sweep_outbox_task" in app.tasks
