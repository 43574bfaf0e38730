"""Faults on the real services: a worker killed (SIGKILL) in the middle of rendering an offer letter
leaves no letter; the task, never acknowledged, is delivered again to the next worker once the
broker's visibility timeout passes, and exactly one letter and one e-mail result.

Worker processes (not threads) on a private Redis and the test's PostgreSQL database. Runs in CI's
PostgreSQL + Redis pass."""

import os
import signal
import subprocess
import sys
import threading

import pytest
from django.conf import settings
from django.db import connection, transaction

from candidates.models import Offer, OfferLetter
from candidates.services.offers import offer_send
from recruiting.models import Notification
from tests.helpers import needs_real_services, wait_for

pytestmark = [pytest.mark.services, needs_real_services()]

VISIBILITY_SECONDS = 4


class Worker:
    """``celery worker`` in its own process, its log read line by line."""

    def __init__(self, env):
        self.lines = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "recruiting", "worker", "-P", "solo", "-Q", "recruiting-tests",
             "--without-heartbeat", "--without-gossip", "--without-mingle", "-l", "INFO"],
            cwd=settings.BASE_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line)

    def saw(self, text):
        return any(text in line for line in self.lines)

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


@pytest.fixture
def worker_env(migrated_data, private_broker, settings):
    """The environment of a worker process that reads this test's database and media folder and the
    private broker."""
    db = connection.settings_dict
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    return env | {
        "DJANGO_SETTINGS_MODULE": "recruiting.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        "REDIS_URL": private_broker.url,
        "TEST_MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_SECONDS),
    }


def test_a_worker_killed_mid_letter_leaves_exactly_one_letter_after_redelivery(worker_env, hr, department,
                                                                              make_posting):  # fmt: skip
    from tests.candidates.test_offers import approved_offer, second_round_application

    offer = approved_offer(hr, second_round_application(make_posting, hr), department.chain)
    first = Worker(worker_env)
    try:
        assert wait_for(lambda: first.saw("ready."), timeout=60), "".join(first.lines)
        with transaction.atomic():
            offer_send(actor=hr, offer=offer)  # on commit: the render task goes to the broker
        assert wait_for(lambda: first.saw("render_offer_letter_task") and first.saw("received"), timeout=30)
        first.kill()  # the font loading alone takes longer than this: killed mid-render
    finally:
        first.stop()
    assert not OfferLetter.objects.filter(offer=offer).exists(), "the worker finished before it was killed"

    second = Worker(worker_env)
    try:
        assert wait_for(lambda: OfferLetter.objects.filter(offer=offer).exists(), timeout=90), "".join(second.lines)
        sent = Notification.objects.filter(template_key="candidates/offer_sent", status="sent")
        assert wait_for(sent.exists, timeout=60)
    finally:
        second.stop()
    assert OfferLetter.objects.filter(offer=offer).count() == 1
    letter = OfferLetter.objects.get(offer=offer)
    assert letter.file.storage.exists(letter.file.name)
    assert Notification.objects.filter(template_key="candidates/offer_sent").count() == 1
    assert Offer.objects.get(pk=offer.pk).letter_version == 1
