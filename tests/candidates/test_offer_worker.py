"""The offer letter through a real Celery worker on Redis and PostgreSQL (CI's second pass)."""

import os

import pytest
from celery.signals import task_postrun
from django.core import mail
from django.db import transaction

from candidates.models import Offer, OfferLetter
from candidates.services.offers import offer_send
from recruiting.models import Notification
from tests.helpers import wait_for

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(
        not (os.environ.get("REDIS_URL") and os.environ.get("DATABASE_URL")),
        reason="needs real Redis and a database server: set REDIS_URL and DATABASE_URL",
    ),
]


def test_a_real_worker_renders_the_letter_once_and_mails_it(migrated_data, celery_worker_on_redis, hr, department,
                                                           make_posting):  # fmt: skip
    from candidates.tasks import render_offer_letter_task
    from tests.candidates.test_offers import approved_offer, second_round_application

    application = second_round_application(make_posting, hr)
    offer = approved_offer(hr, application, department.chain)
    with transaction.atomic():
        offer_send(actor=hr, offer=offer)
    # The commit queued the render on Redis; the worker renders, then the outbox e-mail goes out.
    assert wait_for(lambda: OfferLetter.objects.filter(offer=offer).exists(), timeout=60)
    sent = Notification.objects.filter(template_key="candidates/offer_sent")
    assert wait_for(lambda: sent.filter(status="sent").exists(), timeout=60)
    (message,) = [m for m in mail.outbox if "li.lei@example.com" in m.to and m.attachments]
    (_name, content, mimetype) = message.attachments[0]
    assert mimetype == "application/pdf"
    assert content.startswith(b"%PDF")
    # The same task delivered again (a redelivery after a lost ack) leaves one letter and one e-mail.
    done = []

    def record(task_id=None, **kwargs):
        done.append(task_id)

    task_postrun.connect(record, weak=False)
    try:
        again = render_offer_letter_task.delay(offer.pk, 1, True)
        assert wait_for(lambda: again.id in done, timeout=60)
    finally:
        task_postrun.disconnect(record)
    assert OfferLetter.objects.filter(offer=offer).count() == 1
    assert sent.count() == 1
    assert Offer.objects.get(pk=offer.pk).letter_version == 1
