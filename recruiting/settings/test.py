"""The test suite: SQLite in memory unless DATABASE_URL is set; eager tasks unless REDIS_URL is set."""

from .base import *
from .base import DATABASES, env

DEBUG = False
SECRET_KEY = "test-only-key-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
if not env("DATABASE_URL", default=""):
    DATABASES["default"] = {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests that go through a real worker use a queue of their own, never a running product's.
# Tasks run in-process even when REDIS_URL is set; the real-worker test turns this off for itself.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_DEFAULT_QUEUE = "recruiting-tests"
MEDIA_ROOT = env.path("TEST_MEDIA_ROOT", default="/tmp/recruiting-test-media")  # noqa: S108
# Counters (rate limits) must not leak between tests through a shared Redis.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
