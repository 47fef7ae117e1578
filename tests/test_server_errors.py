"""The 500 handler: a database outage is a 503 with Retry-After; nothing leaks either way.

The real outage (PostgreSQL stopped under load) is tests/reliability/test_postgres_restart.py;
these pin the answers themselves.
"""

import json

import pytest
from django.db import InterfaceError, OperationalError

from config.views import server_error


def answer_to(rf, path: str, error: Exception):
    try:
        raise error
    except Exception:  # Django calls the handler inside its own except block, like this
        return server_error(rf.get(path))


@pytest.mark.parametrize(
    "error",
    [
        OperationalError('connection to server at "127.0.0.1", port 5432 failed: refused'),
        InterfaceError("connection already closed"),
    ],
)
def test_a_lost_database_is_a_503_with_retry_after(rf, error):
    api = answer_to(rf, "/api/v1/articles/", error)
    page = answer_to(rf, "/en/countries/KZ/", error)
    assert (api.status_code, page.status_code) == (503, 503)
    assert api["Retry-After"] == page["Retry-After"] == "30"
    assert json.loads(api.content)["code"] == "service_unavailable"
    for response in (api, page):
        body = response.content.decode()
        assert "5432" not in body and "connection" not in body


def test_any_other_error_is_a_plain_500(rf):
    api = answer_to(rf, "/api/v1/articles/", KeyError("secret_column"))
    page = answer_to(rf, "/en/", KeyError("secret_column"))
    assert (api.status_code, page.status_code) == (500, 500)
    assert json.loads(api.content) == {"detail": "Server error.", "code": "error"}
    assert "secret_column" not in page.content.decode()


def test_the_handler_is_installed():
    from config import urls

    assert urls.handler500 == "config.views.server_error"
