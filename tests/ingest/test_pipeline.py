"""Articles through the whole pipeline: submit → fetch → clean → extract → announcements.

Outbound HTTP is faked at ingest.fetch.http_get (the `web` fixture); the database is real and
Celery tasks run in-process.
"""

from datetime import date
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.test import TestCase

from agreements.models import (
    Agreement,
    AgreementAlias,
    Announcement,
    ParticipationEvent,
    SourceArticle,
)
from ingest import services
from ingest.services import SubmissionError, article_submit_text, article_submit_url
from ingest.tasks import process_article_task, sweep_unfinished_task

pytestmark = pytest.mark.django_db

SEED = Path(django_settings.BASE_DIR) / "samples" / "articles" / "kazakhstan-abraham-accords.ar.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def submit_text(**fields):
    """Submit as a request would: the task is sent when the transaction commits."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return article_submit_text(**fields)


def submit_url(**fields):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return article_submit_url(**fields)


def claims(article):
    return {
        (a.country.iso2, a.kind, a.date.isoformat(), a.precision, a.state)
        for a in article.announcements.select_related("country")
    }


def test_the_seed_article_becomes_exactly_the_expected_claims():
    article, created = submit_text(text=SEED_TEXT)
    article.refresh_from_db()
    assert created and article.status == "extracted", article.status_message
    assert article.published_on == date(2025, 11, 7)
    assert article.language == "ar"
    assert claims(article) == {
        ("KZ", "announced_joining", "2025-11-06", "day", "pending"),
        ("AE", "joined", "2020-01-01", "year", "accepted"),
        ("BH", "joined", "2020-01-01", "year", "accepted"),
        ("MA", "joined", "2020-01-01", "year", "accepted"),
        ("SD", "joined", "2020-01-01", "year", "accepted"),
        ("SA", "refuses", "2025-11-07", "day", "pending"),
        ("SY", "refuses", "2025-11-07", "day", "pending"),
        ("LB", "refuses", "2025-11-07", "day", "pending"),
    }
    kz = article.announcements.get(country__iso2="KZ")
    assert kz.derivation == "relative" and not kz.background
    assert "كازاخستان" in kz.quote


def test_background_parties_corroborate_the_catalogue_events_instead_of_new_ones():
    events_before = ParticipationEvent.objects.filter(agreement__slug="abraham-accords").count()
    article, _ = submit_text(text=SEED_TEXT)
    assert ParticipationEvent.objects.filter(agreement__slug="abraham-accords").count() == (
        events_before
    )
    ae = ParticipationEvent.objects.get(agreement__slug="abraham-accords", country__iso2="AE")
    assert ae.evidence.filter(article=article).exists()
    assert ae.date == date(2020, 9, 15)  # the more precise date stays


def test_the_same_text_submitted_twice_is_one_article():
    first, created_first = submit_text(text=SEED_TEXT)
    second, created_second = submit_text(text=SEED_TEXT.replace("\n", "\n\n"))
    assert (created_first, created_second) == (True, False)
    assert first.pk == second.pk
    assert Announcement.objects.filter(article=first).count() == 8


def test_rerunning_the_task_is_a_noop():
    article, _ = submit_text(text=SEED_TEXT)
    before = sorted(Announcement.objects.filter(article=article).values_list("pk", "state"))
    assert process_article_task.delay(article.pk).get() == "noop=1"
    assert sorted(Announcement.objects.filter(article=article).values_list("pk", "state")) == (
        before
    )


def test_a_url_is_fetched_and_read(web):
    web.page(
        "https://news.example/kz",
        f"<html><body><article><p>{SEED_TEXT}</p></article></body></html>".replace("\n", "</p><p>"),
    )
    article, created = submit_url(url="https://news.example/kz?utm_source=x")
    article.refresh_from_db()
    assert created and article.url == "https://news.example/kz"
    assert article.status == "extracted", article.status_message
    assert ("KZ", "announced_joining", "2025-11-06", "day", "pending") in claims(article)
    assert web.requested == ["https://news.example/kz"]


def test_the_same_url_with_tracking_parameters_is_one_article(web):
    web.page("https://news.example/kz", "<p>" + SEED_TEXT + "</p>")
    first, _ = submit_url(url="https://news.example/kz?utm_source=twitter")
    second, created = submit_url(url="https://www.news.example/kz/?fbclid=abc#top")
    assert first.pk == second.pk and not created
    assert web.requested == ["https://news.example/kz"]


def test_the_same_text_under_two_urls_is_one_article_and_a_duplicate(web):
    page = "<html><body><p>" + SEED_TEXT.replace("\n", "</p><p>") + "</p></body></html>"
    web.page("https://news.example/a", page)
    web.page("https://mirror.example/b", page)
    first, _ = submit_url(url="https://news.example/a")
    second, _ = submit_url(url="https://mirror.example/b")
    second.refresh_from_db()
    assert second.status == "duplicate" and second.duplicate_of_id == first.pk
    assert not second.announcements.exists()


def test_an_unreachable_url_stays_queued_with_the_reason_and_is_retried_later(web, settings):
    web.down.add("https://news.example/down")
    article, _ = submit_url(url="https://news.example/down")
    article.refresh_from_db()
    assert article.status == "queued"
    assert "will retry" in article.status_message and "connection refused" in (
        article.status_message
    )
    web.down.clear()
    web.page("https://news.example/down", "<p>" + SEED_TEXT + "</p>")
    settings.INGEST_SWEEP_AFTER_SECONDS = 0
    assert sweep_unfinished_task.delay().get() == 1
    article.refresh_from_db()
    assert article.status == "extracted"


def test_an_article_that_stays_unreachable_fails_after_its_attempts(web, settings):
    settings.INGEST_MAX_ATTEMPTS = 2
    settings.INGEST_SWEEP_AFTER_SECONDS = 0
    web.down.add("https://news.example/gone")
    article, _ = submit_url(url="https://news.example/gone")
    sweep_unfinished_task.delay().get()
    article.refresh_from_db()
    assert article.status == "failed" and article.attempts == 2
    assert "gave up" in article.status_message
    assert sweep_unfinished_task.delay().get() == 0


def test_a_missing_page_fails_with_a_clear_message(web):
    article, _ = submit_url(url="https://news.example/404")
    article.refresh_from_db()
    assert article.status == "failed"
    assert article.status_message == "fetch failed: HTTP 404 from https://news.example/404"


def test_a_page_in_windows_1256_is_read_right(web):
    body = (
        "<html><head><title>كازاخستان</title></head><body><p>"
        + SEED_TEXT.replace("\n", "</p><p>")
        + "</p></body></html>"
    ).encode("cp1256")
    web.page("https://old.example/kz", body, content_type="text/html; charset=windows-1256")
    article, _ = submit_url(url="https://old.example/kz")
    article.refresh_from_db()
    assert "كازاخستان" in article.text
    assert ("KZ", "announced_joining", "2025-11-06", "day", "pending") in claims(article)


def test_a_page_with_a_lying_charset_is_still_read(web):
    body = "<html><body><p>" + SEED_TEXT.replace("\n", "</p><p>") + "</p></body></html>"
    web.page(
        "https://liar.example/kz",
        body.encode("utf-8"),
        content_type="text/html; charset=windows-1252",
    )
    article, _ = submit_url(url="https://liar.example/kz")
    article.refresh_from_db()
    # UTF-8 Arabic is not valid windows-1252 (0x81 is undefined there): the declaration is
    # dropped and the encoding detected.
    assert article.status == "extracted"
    assert ("KZ", "announced_joining", "2025-11-06", "day", "pending") in claims(article)


def test_a_private_address_is_refused_at_submission():
    with pytest.raises(SubmissionError, match="private, loopback or reserved"):
        submit_url(url="http://127.0.0.1:8000/admin/")
    assert not SourceArticle.objects.filter(url__contains="127.0.0.1").exists()


def test_a_redirect_into_the_private_network_fails_the_article(web):
    web.redirect("https://news.example/r", "http://10.1.2.3/secret")
    article, _ = submit_url(url="https://news.example/r")
    article.refresh_from_db()
    assert article.status == "failed" and "refused" in article.status_message
    assert web.requested == ["https://news.example/r"]


def test_a_ten_megabyte_page_fails_on_the_size_cap(web, settings):
    web.page("https://news.example/huge", b"<p>" + b"a" * (10 * 1024 * 1024) + b"</p>")
    article, _ = submit_url(url="https://news.example/huge")
    article.refresh_from_db()
    assert article.status == "failed" and "larger than" in article.status_message


def test_a_binary_page_fails_with_a_clear_message(web):
    web.page("https://news.example/pdf", b"%PDF-1.4\x00\x00", content_type="application/pdf")
    article, _ = submit_url(url="https://news.example/pdf")
    article.refresh_from_db()
    assert article.status == "failed" and "not a text page" in article.status_message


def test_an_empty_page_fails_with_a_clear_message(web):
    web.page("https://news.example/empty", "<html><body></body></html>")
    article, _ = submit_url(url="https://news.example/empty")
    article.refresh_from_db()
    assert (article.status, article.status_message) == (
        "failed",
        "no article text found in the page",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("PK\x03\x04\x00\x00binary", "binary"),
    ],
)
def test_empty_or_binary_submissions_are_refused_and_store_nothing(text, message):
    with pytest.raises(SubmissionError, match=message):
        submit_text(text=text)
    assert not SourceArticle.objects.exists()


def test_a_truncated_html_page_is_still_read(web):
    page = "<html><body><article><p>" + SEED_TEXT.replace("\n", "</p><p>")
    web.page("https://news.example/cut", page[: len(page) * 3 // 4])
    article, _ = submit_url(url="https://news.example/cut")
    article.refresh_from_db()
    assert article.status == "extracted"
    assert ("KZ", "announced_joining", "2025-11-06", "day", "pending") in claims(article)


def test_a_new_alias_in_the_admin_improves_extraction():
    body = (
        "كازاخستان والسلام\nأعلنت كازاخستان يوم الخميس انضمامها إلى اتفاقيات السلام الإبراهيمية.\n"
    )
    before, _ = submit_text(text=body, published=date(2025, 11, 7))
    before.refresh_from_db()
    assert before.status == "extracted" and "كازاخستان يوم الخميس" in before.text
    assert not before.announcements.exists()
    AgreementAlias.objects.create(
        agreement=Agreement.objects.get(slug="abraham-accords"),
        lang="ar",
        text="اتفاقيات السلام الإبراهيمية",
    )
    after, _ = submit_text(text=body + "وقال مسؤول إن الخطوة مهمة.", published=date(2025, 11, 7))
    after.refresh_from_db()
    assert after.announcements.filter(country__iso2="KZ", date=date(2025, 11, 6)).exists()


def test_a_broker_that_is_down_loses_nothing(broker_down, settings):
    """With the broker unreachable the article is stored as queued; the sweep picks it up."""
    article, created = submit_text(text=SEED_TEXT)
    article.refresh_from_db()
    assert created and article.status == "queued"
    assert services.article_enqueue(article.pk) is False
    broker_down.restore()
    settings.INGEST_SWEEP_AFTER_SECONDS = 0
    assert services.articles_to_sweep() == [article.pk]
    sweep_unfinished_task.delay().get()
    article.refresh_from_db()
    assert article.status == "extracted"
