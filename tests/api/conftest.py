import pytest
from django.core.cache import cache
from django.db import connection
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests import factories

# Generous rates for tests: throttling has tests of its own, which lower them.
RATES = {"anon": "100000/minute", "user": "100000/minute", "submissions": "100000/minute"}


@pytest.fixture(autouse=True)
def api_settings(settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": RATES}
    cache.clear()  # throttle history lives in the cache
    yield settings
    cache.clear()


@pytest.fixture(autouse=True)
def _postgres_only(request):
    if request.node.get_closest_marker("postgres") and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL)")


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def editor(db):
    return factories.user("editor-api", editor=True)


@pytest.fixture
def editor_token(editor) -> str:
    return Token.objects.create(user=editor).key


@pytest.fixture
def editor_api(editor_token):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {editor_token}")
    return client
