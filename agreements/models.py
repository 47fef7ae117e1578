"""The knowledge base: states, agreements, what happened between them, and who said so."""

from __future__ import annotations

import calendar
from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Upper
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
from ingest.normalize import arabic_variants, is_arabic_script, normalize, tokens


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
    # The state an initiative belongs to, with which every participant signs (China for the
    # Belt and Road Initiative): a party to each memorandum, never a participant of its own.
    counterpart = models.ForeignKey(
        "Country",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="initiatives_led",
        help_text="The state whose initiative this is; its signatures are not participations.",
    )
    wikidata_qid = models.CharField(max_length=20, blank=True)
    unts_number = models.CharField(max_length=40, blank=True)
    official_url = models.URLField(blank=True)
    # Identifiers in structured sources ({"manyID": ..., "treatyID": ..., "ecolexID": ...,
    # "gptadID": ..., "wikidata": ...}): how a re-import finds the agreement it made before.
    external_ids = models.JSONField(default=dict, blank=True)
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
            # the home page's latest facts (recent_entries): read newest first, stopping early
            models.Index(
                fields=["-date", "-created_at", "-id"],
                condition=Q(merged_into__isnull=True),
                name="event_recent",
            ),
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
        indexes = [
            models.Index(fields=["country", "date"], name="stance_country_date"),
            # the home page's latest facts (recent_entries)
            models.Index(fields=["-date", "-created_at", "-id"], name="stance_recent"),
        ]

    def __str__(self) -> str:
        return f"{self.country.iso2} {self.kind} {self.agreement.slug} {self.date_display}"


def search_forms(word: str) -> list[str]:
    """The forms under which a normalised word is indexed and looked up by article search.

    Arabic writes the article and some prepositions and conjunctions onto the word, so
    "الاتفاقات" also stands as "اتفاقات", and "والاتفاقات" as both.
    """
    forms = [word]
    if is_arabic_script(word):
        for variant in arabic_variants(word):
            for form in (variant, variant[2:] if variant.startswith("ال") else variant):
                if len(form) >= 2 and form not in forms:
                    forms.append(form)
    return forms


def search_document(*texts: str) -> str:
    """What article search reads: the normalised words of `texts`, each with its other forms."""
    words = (word for text in texts for word in tokens(normalize(text)))
    return " ".join(form for word in words for form in search_forms(word))


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
    # Tries at the current step (fetching, then reading): the sweep gives up after
    # INGEST_MAX_ATTEMPTS of them. A fetched page starts reading at zero.
    attempts = models.PositiveSmallIntegerField(default=0)
    # Filled on save from title and text; indexed on PostgreSQL (migration 0002) for ?q=.
    search_text = models.TextField(blank=True, default="", editable=False)

    class Meta:
        ordering = ["-published_on", "-id"]
        indexes = [
            # the periodic sweep looks for articles stuck in an unfinished state
            models.Index(fields=["status", "updated_at"], name="article_status_updated"),
            # The site search's "articles from this outlet" (outlet__iexact).
            models.Index(Upper("outlet"), name="article_outlet_upper"),
        ]

    def __str__(self) -> str:
        return self.title or self.url or f"article {self.pk}"

    def save(self, *args, **kwargs) -> None:
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"title", "text"} & set(update_fields):
            self.search_text = search_document(self.title, self.text)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)


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
    # A row of a structured dataset: which dataset (and so which version and licence), and
    # which row of which file ("HUGGO_MEM_env_reconciled.csv#412").
    dataset = models.ForeignKey(
        "Dataset", null=True, blank=True, on_delete=models.PROTECT, related_name="evidence"
    )  # PROTECT: a dataset that facts cite cannot vanish from under them
    dataset_row = models.CharField(max_length=300, blank=True)
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
            # a re-import finds the evidence it made by its row, whatever the version
            models.UniqueConstraint(
                fields=["event", "dataset", "dataset_row"],
                condition=Q(dataset__isnull=False),
                name="one_dataset_row_per_event",
            ),
        ]

    def __str__(self) -> str:
        return self.title or (self.article and str(self.article)) or self.url


class Dataset(TimeStamped):
    """A structured source that facts are imported from: a membership table, a query result."""

    slug = models.SlugField(max_length=50, unique=True)
    name = models.CharField(max_length=300)
    version = models.CharField(max_length=100, blank=True)
    licence = models.CharField(max_length=100, blank=True)
    # Shown wherever facts from the dataset are shown: its licence (CC BY) requires it.
    attribution = models.TextField()
    url = models.URLField(max_length=500, blank=True)
    source_path = models.CharField(max_length=500, blank=True)  # last imported from (re-import)
    imported_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        permissions = [("import_dataset", "Can import the dataset again from its stored path")]

    def __str__(self) -> str:
        return f"{self.name} {self.version}".strip()


class Disagreement(TimeStamped):
    """Two sources disagree on one fact: an editor decides, nothing is overwritten meanwhile.

    `event` is the fact as Concord records it. The other side is what another source says:
    a dataset row (`dataset`, `dataset_row`), or a news claim (`announcement`, and the event its
    acceptance created, `other_event`). `field` says what differs: the date (beyond the
    precision of both), or a withdrawal that one source records and the other denies.
    """

    class Field(models.TextChoices):
        DATE = "date", _("Date")
        WITHDRAWAL = "withdrawal", _("Withdrawal")

    class State(models.TextChoices):
        OPEN = "open", _("Open")
        SETTLED = "settled", _("Settled")

    class Resolution(models.TextChoices):
        KEEP_EVENT = "keep_event", _("The recorded event is right")
        KEEP_OTHER = "keep_other", _("The other source is right")
        BOTH_STAND = "both_stand", _("Both stand (two distinct facts)")

    # CASCADE would hide a conflict; PROTECT keeps the event while a disagreement names it.
    event = models.ForeignKey(
        ParticipationEvent, on_delete=models.PROTECT, related_name="disagreements"
    )
    field = models.CharField(max_length=12, choices=Field.choices)
    claimed_date = models.DateField(null=True, blank=True)  # what the other source says
    claimed_precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    dataset = models.ForeignKey(
        Dataset, null=True, blank=True, on_delete=models.PROTECT, related_name="disagreements"
    )
    dataset_row = models.CharField(max_length=300, blank=True)
    dataset_value = models.TextField(blank=True)  # the row's words, as its evidence quotes them
    announcement = models.ForeignKey(
        Announcement,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="disagreements",
    )
    other_event = models.ForeignKey(
        ParticipationEvent,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="disagreements_as_other",
    )
    summary = models.TextField()
    state = models.CharField(max_length=8, choices=State.choices, default=State.OPEN)
    resolution = models.CharField(max_length=12, choices=Resolution.choices, blank=True)
    settled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    settled_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(dataset__isnull=False) | Q(announcement__isnull=False),
                name="disagreement_names_the_other_source",
            ),
            models.CheckConstraint(
                condition=Q(state="open", resolution="") | (Q(state="settled") & ~Q(resolution="")),
                name="settled_disagreement_has_resolution",
            ),
            # a re-import must not raise the same disagreement twice
            models.UniqueConstraint(
                fields=["event", "field", "dataset", "dataset_row"],
                condition=Q(dataset__isnull=False),
                name="one_disagreement_per_dataset_row",
            ),
            models.UniqueConstraint(
                fields=["event", "field", "announcement"],
                condition=Q(announcement__isnull=False),
                name="one_disagreement_per_announcement",
            ),
        ]
        indexes = [
            # the admin queue opens on open disagreements, newest first
            models.Index(fields=["state", "-created_at"], name="disagreement_queue"),
        ]

    def __str__(self) -> str:
        return f"{self.event}: {self.get_field_display().lower()} ({self.state})"

    @property
    def claimed_date_display(self) -> str:
        if self.claimed_date is None:
            return ""
        if self.claimed_precision == Precision.YEAR:
            return f"{self.claimed_date:%Y}"
        if self.claimed_precision == Precision.MONTH:
            return f"{self.claimed_date:%Y-%m}"
        return self.claimed_date.isoformat()
