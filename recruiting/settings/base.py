"""Settings shared by every environment, read from the environment with django-environ.

Local development (``local``), the test suite (``test``) and production (``production``)
import this module and override what differs.
"""

import datetime
from pathlib import Path

import environ
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A `.env` file beside manage.py is optional; real environment variables win.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = False
# True only in production.py: guards commands that must not run there (seed_demo).
IS_PRODUCTION = False
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "recruiting.apps.RecruitingConfig",
    "requisitions.apps.RequisitionsConfig",
    "candidates.apps.CandidatesConfig",
    "simulations.apps.SimulationsConfig",
    "interviews.apps.InterviewsConfig",
    "reports.apps.ReportsConfig",
    "api.apps.ApiConfig",
    "benchmarks.apps.BenchmarksConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "recruiting.middleware.RefuseNullCharacters",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out sign-in into the lockout page
]

ROOT_URLCONF = "recruiting.urls"
WSGI_APPLICATION = "recruiting.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "recruiting.context_processors.roles",
            ],
        },
    },
]

# --- Database: SQLite unless DATABASE_URL names another (postgres://user@host:5432/name) ---
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # A page must fail fast when the database is unreachable, not hang.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env.int("DB_CONNECT_TIMEOUT", default=5)
    # PostgreSQL's JIT compiles a query whose estimated cost is high, which took 60-2,600 ms on the
    # review page and the dashboard at 250,000 applications and saved nothing: off for this
    # application's short queries (DB_JIT=true turns it back on).
    if not env.bool("DB_JIT", default=False):
        DATABASES["default"]["OPTIONS"]["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Authentication ---
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# --- Languages: Simplified Chinese and English, chosen by the switcher or the browser ---
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("zh-hans", _("Simplified Chinese")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("TIME_ZONE", default="Asia/Shanghai")
USE_I18N = True
USE_TZ = True

# --- Static and uploaded files ---
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
# Uploaded files (resumes, letters) live outside the static root and are only served
# through permission-checked views.
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# The address people reach the product at; links in emails start with it.
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")
# The employer's name on the careers pages, in job postings' JSON-LD and in letters.
ORGANISATION_NAME = env("ORGANISATION_NAME", default="Example Service Co.")

# --- Email: console unless EMAIL_URL is set (smtp://user:pass@host:587, smtp+tls://...) ---
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Recruiting <recruiting@localhost>")
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)

# --- Celery: Redis when REDIS_URL is set, otherwise every task runs eagerly in-process ---
REDIS_URL = env("REDIS_URL", default="")
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_QUEUE", default="recruiting")
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TIMEZONE = TIME_ZONE
# Publishing must not hang a request while Redis is away: the outbox sweep re-sends later.
CELERY_TASK_PUBLISH_RETRY = True
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2}
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
    # Longer than the longest task, so an unacknowledged task is not delivered twice; a task whose
    # worker died is delivered again after it.
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULE = {
    "outbox-sweep": {
        "task": "recruiting.tasks.sweep_outbox_task",
        "schedule": env.int("OUTBOX_SWEEP_SECONDS", default=300),
    },
    "erase-expired-candidates": {
        "task": "candidates.tasks.erase_expired_candidates_task",
        "schedule": crontab(hour=3, minute=15),
    },
    "close-expired-postings": {
        "task": "requisitions.tasks.close_expired_postings_task",
        "schedule": crontab(hour=0, minute=5),
    },
    "interview-reminders": {
        "task": "interviews.tasks.send_interview_reminders_task",
        "schedule": crontab(minute="*/15"),
    },
    "expire-offers": {
        "task": "candidates.tasks.expire_offers_task",
        "schedule": crontab(hour=0, minute=15),
    },
    "probation-reminders": {
        "task": "candidates.tasks.probation_reminders_task",
        "schedule": crontab(hour=8, minute=30),
    },
    "scorecard-reminders": {
        "task": "interviews.tasks.send_scorecard_reminders_task",
        "schedule": crontab(minute=20),
    },
    "close-overdue-simulations": {
        "task": "simulations.tasks.close_overdue_attempts_task",
        "schedule": crontab(minute="*/5"),
    },
}

# --- The outbox ---
# A notification never tried this long after it was written is re-enqueued by the sweep; one that
# failed and is waiting for its retry is left alone longer than the longest backoff (one hour).
OUTBOX_SWEEP_AFTER_SECONDS = env.int("OUTBOX_SWEEP_AFTER_SECONDS", default=120)
OUTBOX_RETRY_SWEEP_AFTER_SECONDS = env.int("OUTBOX_RETRY_SWEEP_AFTER_SECONDS", default=7200)
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=6)

# --- Work-sample simulations ---
# Seconds after a simulation's deadline (or a typing task's limit) during which a save still counts:
# the last autosave may be in flight when the clock runs out.
SIMULATION_GRACE_SECONDS = env.int("SIMULATION_GRACE_SECONDS", default=20)

# --- Offers ---
# Whose labour law sets the probation limits (candidates/probation_rules.py): "CN" applies the Labour
# Contract Law art. 19 table; any other code accepts up to 12 months.
OFFER_COUNTRY = env("OFFER_COUNTRY", default="CN")
# The letterhead of offer letters.
COMPANY_NAME_EN = env("COMPANY_NAME_EN", default=ORGANISATION_NAME)
COMPANY_NAME_ZH = env("COMPANY_NAME_ZH", default="示例客户服务有限公司")
COMPANY_ADDRESS = env("COMPANY_ADDRESS", default="")

# --- Reports ---
# Target days from approval to the first accepted offer, per level (specialist, supervisor, manager,
# director), e.g. TIME_TO_FILL_TARGET_DAYS=specialist=30,supervisor=45,manager=60,director=90
TIME_TO_FILL_TARGET_DAYS = {
    level: int(days)
    for level, days in env.dict(
        "TIME_TO_FILL_TARGET_DAYS", default={"specialist": 30, "supervisor": 45, "manager": 60, "director": 90}
    ).items()
}

# --- Reports: the dashboard's figures are kept this many seconds per scope and filters (0: computed on
# every view) ---
REPORTS_CACHE_SECONDS = env.int("REPORTS_CACHE_SECONDS", default=600)

# --- Applying ---
RESUME_MAX_MB = env.int("RESUME_MAX_MB", default=10)
# Largest spreadsheet (CSV) HR may upload to import people into the talent pool (20 MB: ~150,000 rows).
CANDIDATE_IMPORT_MAX_MB = env.int("CANDIDATE_IMPORT_MAX_MB", default=20)
# A request body held in memory (uploaded files are not counted): the API takes a resume as base64
# in JSON, so room for one at the limit (4/3 of its size) and 1 MB for the rest.
DATA_UPLOAD_MAX_MEMORY_SIZE = RESUME_MAX_MB * 1024 * 1024 * 4 // 3 + 1024 * 1024
STATUS_LINK_MAX_AGE_DAYS = env.int("STATUS_LINK_MAX_AGE_DAYS", default=365)
PRIVACY_NOTICE_VERSION = env("PRIVACY_NOTICE_VERSION", default="2026-11")
# A person's data is kept this long after their last activity (then anonymised).
CANDIDATE_RETENTION_DAYS = env.int("CANDIDATE_RETENTION_DAYS", default=730)
# Applications accepted per client IP per hour, and per e-mail address per day.
APPLY_RATE_PER_IP_HOUR = env.int("APPLY_RATE_PER_IP_HOUR", default=20)
APPLY_RATE_PER_EMAIL_DAY = env.int("APPLY_RATE_PER_EMAIL_DAY", default=5)
# How many reverse proxies in front of the web server add to X-Forwarded-For (0: none, use REMOTE_ADDR).
NUM_PROXIES = env.int("NUM_PROXIES", default=0)

# Rate limits and other short-lived counters: Redis when REDIS_URL is set, else this process's memory.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

# --- Security defaults that hold everywhere ---
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}, "axes": {"level": "WARNING"}},  # lockouts still logged
}


# The REST API (api app): personal tokens, or the browser session for the documentation page.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["api.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "CS Hiring API",
    "DESCRIPTION": "Postings, requisitions, candidates, applications, interviews, scorecards and offers. "
    "Authenticate with a personal API token from your profile page: `Authorization: Bearer <token>`. "
    "Every error has the same shape: `{code, message, fields}`.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "LanguageEnum": "recruiting.models.Language",
        "LanguageLevelEnum": "requisitions.choices.LanguageLevel",
        "StageEnum": "candidates.models.Stage",
        "RequisitionStatusEnum": "requisitions.models.Requisition.Status",
        "OfferStatusEnum": "candidates.models.Offer.Status",
        "InterviewStatusEnum": "interviews.models.Interview.Status",
        "ScorecardStatusEnum": "interviews.models.Scorecard.Status",
    },
}

# Sign-in protection (django-axes): after LOGIN_FAILURE_LIMIT failed attempts for one user name from
# one address, that pair is locked out for LOGIN_LOCKOUT_MINUTES (the admin's sign-in too). A success
# resets the count. Locking by the pair keeps an attacker from locking a colleague out from elsewhere.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "recruiting.http.client_ip"
AXES_VERBOSE = False
# Optional two-factor sign-in (django-otp): the name authenticator apps show for the account.
OTP_TOTP_ISSUER = "CS Hiring"
