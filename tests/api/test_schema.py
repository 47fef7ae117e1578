"""The OpenAPI schema, its documentation pages, and the API held to the schema by schemathesis."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.wsgi import application

pytestmark = pytest.mark.django_db


def test_the_schema_is_served_at_api_schema(api):
    response = api.get("/api/schema/?format=json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/v1/agreements/{slug}/participants/" in paths
    participants = paths["/api/v1/agreements/{slug}/participants/"]["get"]
    assert {"as_of", "answer", "format", "lang"} <= {p["name"] for p in participants["parameters"]}
    assert {"200", "304", "400", "404", "429"} <= set(participants["responses"])


def test_every_operation_documents_its_errors(api):
    paths = api.get("/api/schema/?format=json").json()["paths"]
    for path, operations in paths.items():
        for method, operation in operations.items():
            assert {"400", "429"} <= set(operation["responses"]), (method, path)
            if method != "get" or path.startswith("/api/v1/feeds/"):
                assert {"401", "403"} <= set(operation["responses"]), (method, path)


@pytest.mark.parametrize("page", ["/api/docs/", "/api/redoc/"])
def test_the_documentation_pages_are_served_without_a_cdn(api, page):
    response = api.get(page)
    assert response.status_code == 200
    assert "cdn.jsdelivr" not in response.content.decode()


@pytest.fixture
def connection_kept_open():
    """Keep the test's database connection across requests, as Django's test client does.

    Schemathesis calls the WSGI application directly, and Django closes the connection at the
    end of each request, which on PostgreSQL would end the test's transaction.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# Generating the schema reads no table, so it is loaded when the tests are collected: one test
# per operation.
schema = schemathesis.openapi.from_wsgi("/api/schema/", application)


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    # The database, token and settings are shared by the examples of an operation on purpose.
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)
def test_every_operation_keeps_to_its_schema(case, editor_token, settings, connection_kept_open):
    """As an editor, so that writes are exercised too: no 5xx, nothing the schema does not say."""
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = True  # submitted URLs are not looked up in DNS
    case.call_and_validate(
        headers={"Authorization": f"Token {editor_token}"},
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_headers_conformance,
            response_schema_conformance,
        ],
    )
