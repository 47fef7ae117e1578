"""Concord settings, read from the environment.

With nothing set, Concord runs on SQLite with Celery tasks executed in-process. Set
DATABASE_URL for PostgreSQL and REDIS_URL for a Redis broker with separate workers.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from kombu import Queue

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str = "False") -> bool:
    return os.getenv(name, default).lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: str) -> int:
    return int(os.getenv(name, default))


def envlist(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG")
SECRET_KEY = os.getenv("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-development-key-only-used-with-debug-on"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI and ReDoc served locally, no CDN
    "simple_history",
    "django_celery_beat",
    "agreements",
    "ingest",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

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
            ],
        },
    },
]

# SQLite in the project folder unless DATABASE_URL names another database.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=envint("CONN_MAX_AGE", "60"),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Trigram lookups for article search (agreements/api/search.py).
    INSTALLED_APPS.append("django.contrib.postgres")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ar", _("Arabic"))]
# Languages whose CLDR names are stored for every country and matched in news text.
NAME_LANGUAGES = ["ar", "en", "fr", "ru", "es", "zh", "fa", "he", "tr", "de"]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

REDIS_URL = os.getenv("REDIS_URL", "")

# Celery: a real broker when REDIS_URL is set, otherwise tasks run in the calling process.
CELERY_BROKER_URL = REDIS_URL or "memory://localhost/"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Publishing must fail fast when the broker is down: the database row is the record of work,
# and the periodic sweep re-enqueues it later.
CELERY_BROKER_TRANSPORT_OPTIONS = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5}
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Fetching waits on the network (many threads per worker will do); reading an article is CPU
# work (one process per core). Each has its own queue so each can get its own workers, on
# other machines if need be: `celery -A config worker -Q fetch --pool threads --concurrency 32`
# and `celery -A config worker -Q extract`. A worker started without -Q takes every queue.
CELERY_TASK_DEFAULT_QUEUE = "celery"
CELERY_TASK_QUEUES = [Queue("celery"), Queue("fetch"), Queue("extract")]
CELERY_TASK_ROUTES = {
    "ingest.tasks.fetch_article_task": {"queue": "fetch"},
    "ingest.tasks.process_article_task": {"queue": "extract"},
}

if REDIS_URL:
    # While Redis is away the cache answers like an empty one (config/cache.py), and quickly:
    # a request must not wait on it, since the database holds everything the cache does.
    CACHES = {
        "default": {
            "BACKEND": "config.cache.OutageTolerantRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The API (agreements/api/): public reading, editors write with a token or a session.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "agreements.api.schema.ConcordAutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first, so that an anonymous write is told how to authenticate (401).
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["agreements.api.permissions.EditorWritesOrReadOnly"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "agreements.api.renderers.CSVRenderer",
    ],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "agreements.api.filters.StableOrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "agreements.api.pagination.PagePagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": [
        "agreements.api.throttling.AnonThrottle",
        "agreements.api.throttling.UserThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.getenv("API_THROTTLE_ANON", "120/minute"),
        "user": os.getenv("API_THROTTLE_USER", "1200/minute"),
        "submissions": os.getenv("API_THROTTLE_SUBMISSIONS", "120/hour"),
    },
    "EXCEPTION_HANDLER": "agreements.api.errors.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Concord API",
    "DESCRIPTION": (
        "Which states take part in which international agreements, and when: signatures, "
        "ratifications, accessions, announced joinings, withdrawals and stances, every fact "
        "with its sources.\n\n"
        "Reading is public. Writing needs the token (`Authorization: Token <key>`, from "
        "`POST /api/v1/auth/token/`) or the session of a user in the editor group. Every list "
        "is paginated (`page`, `page_size`) in a stable order, can be ordered (`ordering`) and "
        "answered in CSV (`format=csv` or `Accept: text/csv`). Errors have one shape: "
        "`detail`, `code`, and for 400s `errors` keyed by the bad parameter."
    ),
    "VERSION": "1.0.0",
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # ?fields= may leave any field out, so no field of an answer is promised.
    "COMPONENT_NO_READ_ONLY_REQUIRED": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "EventKindEnum": "agreements.vocab.EventKind",
        "StanceKindEnum": "agreements.vocab.StanceKind",
        "ClaimKindEnum": "agreements.vocab.ClaimKind",
        "AgreementKindEnum": "agreements.vocab.AgreementKind",
        "PrecisionEnum": "agreements.vocab.Precision",
        "DerivationEnum": "agreements.vocab.Derivation",
        "CountryStatusEnum": "agreements.models.Country.Status",
        "ArticleStatusEnum": "agreements.models.SourceArticle.Status",
        "AnnouncementStateEnum": "agreements.models.Announcement.State",
    },
}

# Ingestion thresholds: an extracted claim below MIN_CONFIDENCE is dropped; a claim that matches
# an accepted event at or above AUTO_ATTACH_CONFIDENCE is attached to it as a further source.
INGEST_MIN_CONFIDENCE = float(os.getenv("INGEST_MIN_CONFIDENCE", "0.3"))
INGEST_AUTO_ATTACH_CONFIDENCE = float(os.getenv("INGEST_AUTO_ATTACH_CONFIDENCE", "0.5"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "INFO")},
}

# Security headers, on in every mode. Scripts only from our own files: no inline script
# runs, so text that slips past escaping still cannot execute. Inline style attributes are
# allowed (the admin and server-drawn SVG use them); they cannot run code.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# HTTPS: on by default in production (DEBUG off); HTTPS=0 for a deployment that is plain
# HTTP on purpose. Behind a TLS-terminating proxy set TRUST_X_FORWARDED_PROTO=1.
HTTPS = envbool("HTTPS", "False" if DEBUG else "True")
if HTTPS:
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", str(365 * 24 * 3600))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "True")
if envbool("TRUST_X_FORWARDED_PROTO"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Fetching news pages (ingest/fetch.py).
INGEST_FETCH_TIMEOUT = float(os.getenv("INGEST_FETCH_TIMEOUT", "15"))
INGEST_MAX_BYTES = envint("INGEST_MAX_BYTES", str(5 * 1024 * 1024))
INGEST_MAX_REDIRECTS = envint("INGEST_MAX_REDIRECTS", "5")
# Off in production: the fetcher refuses loopback, private and link-local addresses.
INGEST_ALLOW_PRIVATE_ADDRESSES = envbool("INGEST_ALLOW_PRIVATE_ADDRESSES")
# An article left unfinished this long is handed to a worker again by the periodic sweep.
INGEST_SWEEP_AFTER_SECONDS = envint("INGEST_SWEEP_AFTER_SECONDS", "300")
INGEST_MAX_ATTEMPTS = envint("INGEST_MAX_ATTEMPTS", "5")
INGEST_FEED_MAX_ITEMS = envint("INGEST_FEED_MAX_ITEMS", "200")

# Periodic jobs, run by `celery -A config beat`. Copied into django-celery-beat's tables at
# start, so they can be paused or re-timed in the admin.
CELERY_BEAT_SCHEDULE = {
    "sweep-unfinished-articles": {"task": "ingest.tasks.sweep_unfinished_task", "schedule": 60.0},
    "poll-feeds": {"task": "ingest.tasks.poll_feeds_task", "schedule": 900.0},
}
