"""Development on one machine: SQLite, eager tasks, emails written to var/mail, DEBUG on."""

from .base import *
from .base import BASE_DIR, env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="insecure-local-development-key-never-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# Emails go to files under var/mail (one .log per message) unless EMAIL_URL says otherwise, so the
# terminal running `make run` stays readable.
if not env("EMAIL_URL", default=""):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = BASE_DIR / "var" / "mail"
