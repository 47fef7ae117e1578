"""Over HTTPS, as production runs by default (config/settings.py, HTTPS on): HSTS is sent,
and plain HTTP is redirected. The test settings speak plain HTTP, so HTTPS's settings are
applied here as production applies them."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def https(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 365 * 24 * 3600
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    return settings


def test_hsts_is_sent_over_https(client, https):
    response = client.get("/en/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_plain_http_is_redirected_to_https(client, https):
    response = client.get("/en/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/"
    assert "Strict-Transport-Security" not in response  # HSTS only over HTTPS
