"""Submitting a URL or a text for reading: 202 and a status URL to follow."""

from pathlib import Path

import pytest

from agreements.models import SourceArticle
from ingest import fetch

pytestmark = pytest.mark.django_db

ARTICLE = (
    Path(__file__).parents[2] / "samples/articles/kazakhstan-abraham-accords.ar.txt"
).read_text()


def test_a_text_is_accepted_with_a_status_url(editor_api, api):
    response = editor_api.post(
        "/api/v1/submissions/", {"text": ARTICLE, "language": "ar"}, format="json"
    )
    assert response.status_code == 202, response.json()
    body = response.json()
    assert response["Location"] == body["status_url"]
    assert body["status"] == "queued"
    status = api.get(body["status_url"])
    assert status.status_code == 200
    assert status.json()["id"] == body["id"]


def test_the_same_text_twice_is_the_same_article(editor_api):
    first = editor_api.post("/api/v1/submissions/", {"text": ARTICLE}, format="json")
    again = editor_api.post("/api/v1/submissions/", {"text": ARTICLE}, format="json")
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]


def test_an_empty_submission_is_a_400(editor_api):
    response = editor_api.post("/api/v1/submissions/", {"text": "   "}, format="json")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["url"]


def test_a_non_http_url_is_a_400_naming_url(editor_api):
    response = editor_api.post(
        "/api/v1/submissions/", {"url": "ftp://example.org/a"}, format="json"
    )
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["url"]


def test_anonymous_submission_is_refused(api):
    assert api.post("/api/v1/submissions/", {"text": ARTICLE}, format="json").status_code == 401


def test_a_submitted_url_is_fetched_and_read(
    editor_api, api, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = True  # no DNS lookup for the made-up host
    page = f"<html><head><title>كازاخستان</title></head><body>{ARTICLE}</body></html>"

    def http_get(url, *, timeout, max_bytes):
        return fetch.RawResponse(200, {"content-type": "text/html; charset=utf-8"}, page.encode())

    monkeypatch.setattr(fetch, "http_get", http_get)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_api.post(
            "/api/v1/submissions/", {"url": "https://news.example/kz-abraham"}, format="json"
        )
    assert response.status_code == 202
    status = api.get(response.json()["status_url"]).json()
    assert status["status"] == SourceArticle.Status.EXTRACTED, status["status_message"]
    assert status["announcements_count"] >= 1
