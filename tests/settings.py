"""Settings for the test suite: production settings with a throwaway key.

DEBUG stays off, as in production; DATABASE_URL and REDIS_URL still choose the services.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret")
os.environ.setdefault("HTTPS", "0")  # the test client and live server speak plain HTTP

from config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast user creation

# Static files are served from the app folders, with no collectstatic step before tests.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Tasks run in the test process; tests marked "broker" switch to the real broker and worker.
CELERY_TASK_ALWAYS_EAGER = True
