"""Settings for the test suite: production settings with a throwaway key.

DEBUG stays off, as in production; DATABASE_URL and REDIS_URL still choose the services.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret")

from config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast user creation
