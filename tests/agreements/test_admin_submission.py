"""Submitting an article in the admin: the same service as the API, the same guarantees."""

import pytest
from django.test import TestCase
from django.urls import reverse

from agreements.models import SourceArticle
from tests import factories
from tests.ingest.test_pipeline import SEED_TEXT

pytestmark = pytest.mark.django_db

ADD = "admin:agreements_sourcearticle_add"


@pytest.fixture
def editor_client(client):
    client.force_login(factories.user(editor=True))
    return client


def submit(client, **data):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(reverse(ADD), data)


def test_the_add_page_is_a_submission_form(editor_client):
    page = editor_client.get(reverse(ADD))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="url"' in html and 'name="text"' in html and "Submit an article" in html


def test_pasted_text_is_stored_then_read(editor_client):
    response = submit(editor_client, text=SEED_TEXT)
    article = SourceArticle.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "admin:agreements_sourcearticle_change", args=[article.pk]
    )
    assert article.status == "extracted" and article.announcements.exists()


def test_a_url_is_fetched_and_read(editor_client, web):
    web.page("https://news.example/kz", "<p>" + SEED_TEXT.replace("\n", "</p><p>") + "</p>")
    submit(editor_client, url="https://news.example/kz?utm_source=x")
    article = SourceArticle.objects.get()
    assert article.url == "https://news.example/kz" and article.status == "extracted"


def test_the_same_text_again_leads_to_the_known_article(editor_client):
    submit(editor_client, text=SEED_TEXT)
    again = submit(editor_client, text=SEED_TEXT)
    assert SourceArticle.objects.count() == 1
    assert again["Location"].endswith(f"/{SourceArticle.objects.get().pk}/change/")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Give a URL, a text, or both."),
        ({"url": "http://127.0.0.1:8000/admin/"}, "private, loopback or reserved"),
        ({"text": "PK\x03\x04\x00binary"}, "binary"),
    ],
)
def test_a_submission_that_cannot_be_read_is_shown_again_with_the_reason(
    editor_client, data, message
):
    response = submit(editor_client, **data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SourceArticle.objects.exists()


def test_a_user_without_the_add_permission_cannot_submit(client):
    client.force_login(factories.user(is_staff=True))
    assert client.get(reverse(ADD)).status_code == 403
    assert client.post(reverse(ADD), {"text": SEED_TEXT}).status_code == 403
    assert not SourceArticle.objects.exists()


def test_a_submission_while_the_broker_is_down_is_stored_for_the_sweep(editor_client, broker_down):
    response = submit(editor_client, text=SEED_TEXT)
    assert response.status_code == 302
    assert SourceArticle.objects.get().status == "queued"


def test_starting_background_work_while_the_broker_is_down_is_an_error_message(
    editor_client, broker_down
):
    from ingest.models import Feed

    feed = Feed.objects.create(url="https://news.example/rss")
    response = editor_client.post(
        reverse("admin:ingest_feed_changelist"),
        {"action": "poll_now", "_selected_action": [feed.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert "The task queue cannot be reached just now" in response.content.decode()
