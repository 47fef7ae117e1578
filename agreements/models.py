"""The knowledge base: states, agreements, what happened between them, and who said so."""

from __future__ import annotations

import calendar
from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from agreements.vocab import (
    AgreementKind,
    ClaimKind,
    Derivation,
    EventKind,
    Precision,
    StanceKind,
)


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


def period_end(start: date, precision: str) -> date:
    """The last day of the period that a (date, precision) pair stands for."""
    if precision == Precision.YEAR:
        return date(start.year, 12, 31)
    if precision == Precision.MONTH:
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start


def period_start(value: date, precision: str) -> date:
    """The first day of the period containing `value`: how a date is stored at its precision."""
    if precision == Precision.YEAR:
        return date(value.year, 1, 1)
    if precision == Precision.MONTH:
        return date(value.year, value.month, 1)
    return value


class DatedFact(models.Model):
    """A date known to day, month or year.

    The stored date is the first day of its period (2020 at year precision is stored as
    2020-01-01); every reader goes through `earliest`/`latest` or `date_display`, so no
    1 January is ever presented as known.
    """

    date = models.DateField()
    precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.DAY)

    class Meta:
        abstract = True
        constraints = []

    @property
    def earliest(self) -> date:
        return self.date

    @property
    def latest(self) -> date:
        return period_end(self.date, self.precision)

    @property
    def date_display(self) -> str:
        if self.precision == Precision.YEAR:
            return f"{self.date:%Y}"
        if self.precision == Precision.MONTH:
            return f"{self.date:%Y-%m}"
        return self.date.isoformat()


def date_at_start_of_period() -> Q:
    """Check constraint: month and year precision dates sit on the first day of their period."""
    return (
        Q(precision=Precision.DAY)
        | Q(precision=Precision.MONTH, date__day=1)
        | Q(precision=Precision.YEAR, date__day=1, date__month=1)
    )


class Country(TimeStamped):
    """A state or other actor that can be party to an agreement, addressed by its ISO alpha-2."""

    class Status(models.TextChoices):
        CURRENT = "current", _("Current state")
        HISTORICAL = "historical", _("Historical state")
        OTHER = "other", _("Other party (organisation, territory)")

    iso2 = models.CharField(max_length=4, unique=True)  # SU, YU... for historical states
    iso3 = models.CharField(max_length=3, unique=True)
    numeric = models.CharField(max_length=3, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CURRENT)
    # Display names per language from CLDR ({"en": "Kazakhstan", "ar": "كازاخستان", ...}).
    names = models.JSONField(default=dict)
    name_en = models.CharField(max_length=200, db_index=True)  # ordering and admin search
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name_en"]
        verbose_name_plural = "countries"

    def __str__(self) -> str:
        return f"{self.name_en} ({self.iso2})"

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.name_en

    @property
    def flag(self) -> str:
        """Flag emoji built from the regional indicator symbols of the ISO code."""
        if self.status != self.Status.CURRENT or len(self.iso2) != 2:
            return ""
        return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in self.iso2)


class CountryAlias(TimeStamped):
    """A further name used for a country in text ("UAE", "الإمارات", "ОАЭ"), used for matching."""

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="aliases")
    lang = models.CharField(max_length=8)
    text = models.CharField(max_length=200)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["country", "lang", "text"], name="one_country_alias")
        ]
        verbose_name_plural = "country aliases"

    def __str__(self) -> str:
        return self.text


class Agreement(TimeStamped):
    """A treaty, convention, protocol, political accord, organisation or initiative."""

    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=AgreementKind.choices)
    names = models.JSONField(default=dict)  # {"en": "Abraham Accords", "ar": "..."}
    name_en = models.CharField(max_length=300, db_index=True)
    descriptions = models.JSONField(default=dict, blank=True)
    adopted = models.DateField(null=True, blank=True)
    adopted_precision = models.CharField(
        max_length=5, choices=Precision.choices, default=Precision.DAY
    )
    opened_for_signature = models.DateField(null=True, blank=True)
    opened_precision = models.CharField(
        max_length=5, choices=Precision.choices, default=Precision.DAY
    )
    entry_into_force = models.DateField(null=True, blank=True)
    entry_into_force_precision = models.CharField(
        max_length=5, choices=Precision.choices, default=Precision.DAY
    )
    depositary = models.CharField(max_length=300, blank=True)
    wikidata_qid = models.CharField(max_length=20, blank=True)
    unts_number = models.CharField(max_length=40, blank=True)
    official_url = models.URLField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name_en"]

    def __str__(self) -> str:
        return self.name_en

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.name_en

    def description(self, lang: str) -> str:
        return self.descriptions.get(lang) or self.descriptions.get("en", "")


class AgreementAlias(TimeStamped):
    """A further name for an agreement in one language ("اتفاقات أبراهام", "OTAN")."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="aliases")
    lang = models.CharField(max_length=8)
    text = models.CharField(max_length=300)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "lang", "text"], name="one_agreement_alias"
            )
        ]
        verbose_name_plural = "agreement aliases"

    def __str__(self) -> str:
        return self.text


class EventQuerySet(models.QuerySet):
    def current(self) -> EventQuerySet:
        """Events that stand on their own (not merged into another)."""
        return self.filter(merged_into__isnull=True)


class ParticipationEvent(TimeStamped, DatedFact):
    """One fact on a timeline: a state signed, ratified, joined, left... an agreement."""

    # PROTECT: a timeline fact must not vanish because its agreement or state row is deleted.
    agreement = models.ForeignKey(Agreement, on_delete=models.PROTECT, related_name="events")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="events")
    kind = models.CharField(max_length=30, choices=EventKind.choices)
    derivation = models.CharField(
        max_length=10, choices=Derivation.choices, default=Derivation.STATED
    )
    note = models.TextField(blank=True)
    # A merged event keeps its row (nothing is lost) and points at the event that absorbed it.
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged"
    )
    history = HistoricalRecords()

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "country", "kind", "date", "precision"],
                condition=Q(merged_into__isnull=True),
                name="one_event_per_fact",
            ),
            models.CheckConstraint(
                condition=date_at_start_of_period(), name="event_date_starts_its_period"
            ),
            models.CheckConstraint(
                condition=~Q(merged_into=models.F("id")), name="event_not_merged_into_itself"
            ),
        ]
        indexes = [
            # country_timeline and parties_on read events by country and by agreement.
            models.Index(fields=["country", "date"], name="event_country_date"),
            models.Index(fields=["agreement", "date"], name="event_agreement_date"),
        ]

    def __str__(self) -> str:
        return f"{self.country.iso2} {self.kind} {self.agreement.slug} {self.date_display}"


class Stance(TimeStamped, DatedFact):
    """A state's position on an agreement it is not part of: refuses, sets conditions, considers.

    `date` is when the stance was reported.
    """

    agreement = models.ForeignKey(Agreement, on_delete=models.PROTECT, related_name="stances")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="stances")
    kind = models.CharField(max_length=20, choices=StanceKind.choices)
    summary = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["date", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "country", "kind", "date"], name="one_stance_per_report"
            ),
            models.CheckConstraint(
                condition=date_at_start_of_period(), name="stance_date_starts_its_period"
            ),
        ]
        indexes = [models.Index(fields=["country", "date"], name="stance_country_date")]

    def __str__(self) -> str:
        return f"{self.country.iso2} {self.kind} {self.agreement.slug} {self.date_display}"


class SourceArticle(TimeStamped):
    """A news article (or pasted text) that Concord read."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        FETCHED = "fetched", _("Fetched")
        EXTRACTED = "extracted", _("Extracted")
        DUPLICATE = "duplicate", _("Duplicate of another article")
        FAILED = "failed", _("Failed")

    # Unique when present; pasted text has no URL and is identified by its content hash.
    url = models.URLField(max_length=2000, null=True, blank=True, unique=True)
    submitted_url = models.URLField(max_length=2000, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=500, blank=True)
    language = models.CharField(max_length=8, blank=True)
    published_on = models.DateField(null=True, blank=True)
    published_raw = models.CharField(max_length=100, blank=True)
    date_order = models.CharField(max_length=3, blank=True)  # "DMY", "MDY", "YMD" as read
    raw = models.TextField(blank=True)  # as fetched or submitted, kept so re-reading is possible
    text = models.TextField(blank=True)  # main text after cleaning
    content_hash = models.CharField(max_length=64, null=True, blank=True, unique=True)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    retrieved_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    status_message = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["-published_on", "-id"]
        indexes = [
            # the periodic sweep looks for articles stuck in an unfinished state
            models.Index(fields=["status", "updated_at"], name="article_status_updated"),
        ]

    def __str__(self) -> str:
        return self.title or self.url or f"article {self.pk}"


class Announcement(TimeStamped, DatedFact):
    """One claim made by one source: the review queue's unit of work."""

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    article = models.ForeignKey(
        SourceArticle, on_delete=models.PROTECT, related_name="announcements"
    )
    quote = models.TextField()
    agreement = models.ForeignKey(Agreement, on_delete=models.PROTECT, related_name="+")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=30, choices=ClaimKind.choices)
    derivation = models.CharField(
        max_length=10, choices=Derivation.choices, default=Derivation.STATED
    )
    background = models.BooleanField(default=False)  # a recalled past fact, not the news
    confidence = models.FloatField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(blank=True)
    event = models.ForeignKey(
        ParticipationEvent,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="announcements",
    )
    stance = models.ForeignKey(
        Stance, null=True, blank=True, on_delete=models.PROTECT, related_name="announcements"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # re-reading an article proposes the same claims again: they must not be doubled
            models.UniqueConstraint(
                fields=["article", "agreement", "country", "kind"], name="one_claim_per_article"
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="confidence_between_0_and_1",
            ),
            models.CheckConstraint(
                condition=date_at_start_of_period(), name="announcement_date_starts_its_period"
            ),
            models.CheckConstraint(
                condition=~Q(state="accepted") | Q(event__isnull=False) | Q(stance__isnull=False),
                name="accepted_announcement_has_result",
            ),
        ]
        indexes = [models.Index(fields=["state", "-created_at"], name="announcement_queue")]

    def __str__(self) -> str:
        return f"{self.country.iso2} {self.kind} {self.agreement.slug} ({self.state})"

    @property
    def is_stance(self) -> bool:
        return self.kind in StanceKind.values


class Evidence(TimeStamped):
    """Why Concord believes an event or stance: an article and its quote, or a named document.

    Exactly one of `event` and `stance` is set.
    """

    event = models.ForeignKey(
        ParticipationEvent,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    stance = models.ForeignKey(
        Stance, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    article = models.ForeignKey(
        SourceArticle, null=True, blank=True, on_delete=models.PROTECT, related_name="evidence"
    )
    announcement = models.OneToOneField(
        Announcement, null=True, blank=True, on_delete=models.SET_NULL, related_name="evidence"
    )
    title = models.CharField(max_length=500, blank=True)  # a named document when no article
    url = models.URLField(max_length=2000, blank=True)
    quote = models.TextField(blank=True)
    quote_lang = models.CharField(max_length=8, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(
                condition=(Q(event__isnull=False) & Q(stance__isnull=True))
                | (Q(event__isnull=True) & Q(stance__isnull=False)),
                name="evidence_for_one_fact",
            ),
            models.CheckConstraint(
                condition=Q(article__isnull=False) | ~Q(title="") | ~Q(url=""),
                name="evidence_names_its_source",
            ),
            models.UniqueConstraint(
                fields=["event", "article"],
                condition=Q(article__isnull=False),
                name="one_article_per_event",
            ),
            models.UniqueConstraint(
                fields=["stance", "article"],
                condition=Q(article__isnull=False),
                name="one_article_per_stance",
            ),
            models.UniqueConstraint(
                fields=["event", "title", "url"],
                condition=Q(article__isnull=True),
                name="one_document_per_event",
            ),
        ]

    def __str__(self) -> str:
        return self.title or (self.article and str(self.article)) or self.url
