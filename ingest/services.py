"""Writes of the ingestion pipeline: submitting articles and reading them.

The database is the record of what is still to do: an article row is saved first, and the
task that reads it is only a reminder, sent after commit. If the broker is down the row stays
queued and the periodic sweep sends the reminder again.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from kombu.exceptions import OperationalError

from agreements.models import SourceArticle
from ingest import fetch
from ingest.canonical import canonical_url, content_hash
from ingest.clean import MarkupTooHeavy, clean_article, detect_language
from ingest.dates import parse_publication_date
from ingest.extract import extract
from ingest.gazetteer import gazetteer_current
from ingest.importers import candidates_import

log = logging.getLogger(__name__)

UNFINISHED = (SourceArticle.Status.QUEUED, SourceArticle.Status.FETCHED)
# Languages whose sources write numeric dates day first ("07-11-2025" is 7 November).
MONTH_FIRST_LANGUAGES: frozenset[str] = frozenset()


class SubmissionError(ValueError):
    """The submission cannot become an article (no text, not an http(s) URL...).

    `field` names the input at fault ("text" or "url"), for forms and API errors.
    """

    field = "text"


def date_order_for(lang: str) -> str:
    return "MDY" if lang in MONTH_FIRST_LANGUAGES else "DMY"


def article_enqueue(article_id: int, *, to_fetch: bool | None = None) -> bool:
    """Hand the article to a worker; False if the broker could not be reached (it stays queued).

    An article whose page is still to be fetched goes to the fetch queue, one with its text
    straight to reading (the extract queue). `to_fetch` says which when the caller knows.
    """
    from ingest.tasks import fetch_article_task, process_article_task

    if to_fetch is None:
        to_fetch = SourceArticle.objects.filter(pk=article_id, raw="").exclude(url=None).exists()
    task = fetch_article_task if to_fetch else process_article_task
    if task.app.conf.task_always_eager:
        task.delay(article_id)  # in-process: errors are the caller's to see
        return True
    try:
        task.delay(article_id)
    except OperationalError as error:
        log.warning(
            "broker unreachable, article %s stays queued for the sweep: %s", article_id, error
        )
        return False
    return True


def _enqueue_on_commit(article: SourceArticle, *, to_fetch: bool) -> None:
    transaction.on_commit(lambda: article_enqueue(article.pk, to_fetch=to_fetch))


def article_submit_url(
    *, url: str, published: date | None = None, lang: str = "", title: str = ""
) -> tuple[SourceArticle, bool]:
    """Record a URL to read. The same page under another tracking link is the same article."""
    canonical = canonical_url(url)
    try:
        fetch.check_url(canonical)
    except fetch.TransientFetchError:
        pass  # DNS may be down for now; the fetch itself will decide
    except fetch.FetchError as error:
        raise SubmissionError(str(error)) from error
    with transaction.atomic():
        try:
            with transaction.atomic():
                article, created = SourceArticle.objects.get_or_create(
                    url=canonical,
                    defaults={
                        "submitted_url": url[:2000],
                        "published_on": published,
                        "language": lang,
                        "title": title[:500],
                    },
                )
        except IntegrityError:  # a concurrent submission of the same URL won
            article, created = SourceArticle.objects.get(url=canonical), False
        if created:
            _enqueue_on_commit(article, to_fetch=True)
    return article, created


def article_submit_text(
    *,
    text: str,
    url: str = "",
    published: date | None = None,
    lang: str = "",
    title: str = "",
    content_type: str | None = None,
) -> tuple[SourceArticle, bool]:
    """Record a pasted or uploaded text or HTML page. The same text twice is one article."""
    if not text or not text.strip():
        raise SubmissionError("the submitted text is empty")
    if "\x00" in text:
        raise SubmissionError("the submitted file is binary, not text or HTML")
    try:
        cleaned = clean_article(text, content_type=content_type)
    except MarkupTooHeavy as error:
        raise SubmissionError(f"not read: {error}") from error
    if not cleaned.text.strip():
        raise SubmissionError("no article text found in the submission")
    digest = content_hash(cleaned.text)
    existing = SourceArticle.objects.filter(content_hash=digest).first()
    if existing:
        return existing, False
    canonical = canonical_url(url) if url else None
    if canonical and (existing := SourceArticle.objects.filter(url=canonical).first()):
        return existing, False
    with transaction.atomic():
        try:
            with transaction.atomic():
                article = SourceArticle.objects.create(
                    url=canonical,
                    submitted_url=url[:2000],
                    raw=text,
                    published_on=published,
                    language=lang,
                    title=title[:500],
                    content_hash=digest,
                )
        except IntegrityError:
            existing = SourceArticle.objects.filter(content_hash=digest).first()
            if existing is None and canonical:
                existing = SourceArticle.objects.filter(url=canonical).first()
            if existing is None:
                raise
            return existing, False
        _enqueue_on_commit(article, to_fetch=False)
    return article, True


def article_submit(
    *,
    text: str = "",
    url: str = "",
    published: date | None = None,
    lang: str = "",
    title: str = "",
) -> tuple[SourceArticle, bool]:
    """Submit pasted text (with its URL if known) or, with no text, a URL to fetch."""
    if text.strip():
        return article_submit_text(text=text, url=url, published=published, lang=lang, title=title)
    try:
        return article_submit_url(url=url, published=published, lang=lang, title=title)
    except SubmissionError as error:
        error.field = "url"
        raise


def _fail(article: SourceArticle, message: str) -> SourceArticle:
    article.status = SourceArticle.Status.FAILED
    article.status_message = message[:2000]
    article.save(update_fields=["status", "status_message", "updated_at"])
    return article


def article_fetch(*, article: SourceArticle) -> None:
    """Fetch the page of a URL article. Raises TransientFetchError to be retried later."""
    result = fetch.fetch(article.url)
    article.raw = result.text
    article.retrieved_at = timezone.now()
    article.status = SourceArticle.Status.FETCHED
    article.attempts = 0  # reading is the next step, with tries of its own
    article.status_message = f"fetched {len(result.body)} bytes ({result.encoding})"
    article.save(
        update_fields=["raw", "retrieved_at", "status", "attempts", "status_message", "updated_at"]
    )


def article_fetch_step(*, article: SourceArticle) -> Counter:
    """The fetch queue's step: fetch the page, then hand the article to reading.

    Raises TransientFetchError to be retried later; a permanent problem ends in "failed". A
    second delivery finds the page already fetched and only hands the article on again.
    """
    if article.status not in UNFINISHED:
        return Counter(noop=1)
    if article.raw or not article.url:
        article_enqueue(article.pk, to_fetch=False)
        return Counter(noop=1)
    article.attempts += 1
    article.save(update_fields=["attempts", "updated_at"])
    try:
        article_fetch(article=article)
    except fetch.TransientFetchError:
        raise
    except fetch.FetchError as error:
        _fail(article, f"fetch failed: {error}")
        return Counter(failed=1)
    # The page is committed (tasks run in autocommit): a lost hand-off is the sweep's to redo.
    article_enqueue(article.pk, to_fetch=False)
    return Counter(fetched=1)


def article_process(*, article: SourceArticle) -> Counter:
    """Read one article: fetch it if needed, clean it, date it, extract its claims.

    Permanent problems end in status "failed" with the reason; a transient fetch problem is
    raised for the task to retry. Processing a finished article again does nothing.
    """
    if article.status not in UNFINISHED:
        return Counter(noop=1)
    article.attempts += 1
    article.save(update_fields=["attempts", "updated_at"])
    if not article.raw:
        if not article.url:
            _fail(article, "nothing to read: no text and no URL")
            return Counter(failed=1)
        try:
            article_fetch(article=article)
        except fetch.TransientFetchError:
            raise
        except fetch.FetchError as error:
            _fail(article, f"fetch failed: {error}")
            return Counter(failed=1)
    if "\x00" in article.raw:
        _fail(article, "the page is binary, not text or HTML")
        return Counter(failed=1)
    try:
        cleaned = clean_article(article.raw)
    except MarkupTooHeavy as error:
        _fail(article, f"not read: {error}")
        return Counter(failed=1)
    if not cleaned.text.strip():
        _fail(article, "no article text found in the page")
        return Counter(failed=1)
    lang = article.language or cleaned.lang_hint or detect_language(cleaned.text)
    digest = content_hash(cleaned.text)
    twin = SourceArticle.objects.filter(content_hash=digest).exclude(pk=article.pk).first()
    if twin is not None:
        article.status = SourceArticle.Status.DUPLICATE
        article.duplicate_of = twin
        article.status_message = f"same text as article {twin.pk}"
        article.save(update_fields=["status", "duplicate_of", "status_message", "updated_at"])
        return Counter(duplicate=1)
    article.text = cleaned.text
    article.title = article.title or (cleaned.title or "")[:500]
    article.author = article.author or (cleaned.author or "")[:200]
    article.outlet = article.outlet or (cleaned.outlet or "")[:200]
    article.language = lang
    article.content_hash = digest
    if article.published_on is None and cleaned.published_raw:
        article.published_raw = cleaned.published_raw[:100]
        article.published_on = parse_publication_date(cleaned.published_raw, lang)
        article.date_order = date_order_for(lang)
    candidates = extract(
        article.text,
        gazetteer=gazetteer_current(),
        lang=lang,
        published=article.published_on,
        title=article.title,
    )
    with transaction.atomic():
        counts = candidates_import(article=article, candidates=candidates)
        article.status = SourceArticle.Status.EXTRACTED
        article.status_message = (
            f"{len(candidates)} claims found: {counts['insert']} new, "
            f"{counts['attached']} attached to known events, {counts['skipped']} skipped"
        )
        # Should a concurrent worker have saved the same text meanwhile, the unique hash stops
        # this save; the retry then finds the twin and marks this article a duplicate.
        article.save()
    return counts


def articles_to_sweep() -> list[int]:
    """Articles left unfinished for longer than the sweep delay, with attempts to spare."""
    cutoff = timezone.now() - timedelta(seconds=settings.INGEST_SWEEP_AFTER_SECONDS)
    return list(
        SourceArticle.objects.filter(
            status__in=UNFINISHED,
            updated_at__lt=cutoff,
            attempts__lt=settings.INGEST_MAX_ATTEMPTS,
        ).values_list("pk", flat=True)[:1000]
    )


def article_give_up(*, article_id: int, message: str) -> None:
    """Mark an article failed once its transient errors have used up every attempt."""
    article = SourceArticle.objects.filter(pk=article_id).first()
    if article is not None and article.status in UNFINISHED:
        _fail(article, message)
