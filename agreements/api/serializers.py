"""What the API shows of each resource, and what editors may send.

Reading serializers are read-only and never query: every view loads what they show in a fixed
number of queries (select_related / prefetch_related / the selectors).
"""

from __future__ import annotations

import re

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from agreements.api.filters import BIGINT_MAX, ISO_DATE
from agreements.models import (
    Agreement,
    Announcement,
    Country,
    Dataset,
    Disagreement,
    Evidence,
    ParticipationEvent,
    SourceArticle,
    Stance,
)
from agreements.selectors import DECIDING_SOURCES_SHOWN, PartyAnswer
from agreements.vocab import ClaimKind, Derivation, EventKind, Precision, StanceKind
from ingest.models import Feed


class IsoDateField(serializers.DateField):
    """A date written YYYY-MM-DD, and only so ("2021-6-1" is refused, not guessed)."""

    def __init__(self, **kwargs):
        super().__init__(input_formats=["iso-8601"], **kwargs)

    def to_internal_value(self, value):
        if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
            self.fail("invalid", format="YYYY-MM-DD")
        return super().to_internal_value(value)


class OptionalUrlField(serializers.URLField):
    """A URL that may be missing: null rather than an empty string, which is no URL."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, allow_null=True, **kwargs)

    def to_representation(self, value) -> str | None:
        return value or None


class FieldsMixin:
    """`?fields=a,b` keeps only those fields of the top-level object (the view checks names)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        wanted = self.context.get("fields") if "context" in kwargs else None
        if wanted:
            for name in set(self.fields) - set(wanted):
                self.fields.pop(name)


@extend_schema_field(OpenApiTypes.STR)
class NameField(serializers.Field):
    """The name in the language asked for with `lang`, English when there is none in it."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj) -> str:
        return obj.name(self.context.get("lang", "en"))


class CountryRefSerializer(serializers.ModelSerializer):
    name = NameField()

    class Meta:
        model = Country
        fields = ["iso2", "name"]
        read_only_fields = fields


class AgreementRefSerializer(serializers.ModelSerializer):
    name = NameField()

    class Meta:
        model = Agreement
        fields = ["slug", "name", "kind"]
        read_only_fields = fields


class ArticleRefSerializer(serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="article-detail")

    class Meta:
        model = SourceArticle
        fields = ["id", "api_url", "url", "title", "outlet", "language", "published_on"]
        read_only_fields = fields


class DatasetRefSerializer(serializers.ModelSerializer):
    """A dataset a fact was imported from, with the attribution its licence requires."""

    class Meta:
        model = Dataset
        fields = ["slug", "name", "version", "licence", "attribution", "url"]
        read_only_fields = fields


class SourceSerializer(serializers.ModelSerializer):
    """A source of a fact: an article with the quote read in it, a named document, or a row
    of a dataset (whose attribution comes with it)."""

    article = ArticleRefSerializer(read_only=True, allow_null=True)
    dataset = DatasetRefSerializer(read_only=True, allow_null=True)
    url = OptionalUrlField()

    class Meta:
        model = Evidence
        fields = ["id", "title", "url", "quote", "quote_lang", "article", "dataset", "dataset_row"]
        read_only_fields = fields


class DisagreementSerializer(serializers.ModelSerializer):
    """Another source says otherwise about this fact; an editor has yet to settle it."""

    claimed_date_display = serializers.CharField(read_only=True, allow_null=True)
    dataset = DatasetRefSerializer(read_only=True, allow_null=True)
    article = ArticleRefSerializer(source="announcement.article", read_only=True, allow_null=True)

    class Meta:
        model = Disagreement
        fields = [
            "id",
            "field",
            "summary",
            "claimed_date",
            "claimed_precision",
            "claimed_date_display",
            "dataset",
            "dataset_row",
            "dataset_value",
            "article",
            "other_event",
            "state",
            "created_at",
        ]
        read_only_fields = fields


class AliasSerializer(serializers.Serializer):
    lang = serializers.CharField(read_only=True)
    text = serializers.CharField(read_only=True)


# Dated facts: `date` is the first day of the period known, `latest` its last day.
DATED_FIELDS = ["kind", "date", "precision", "date_display", "latest"]
LATEST_HELP = "Last day of the period the date stands for (the same day at day precision)."


class CountrySerializer(FieldsMixin, serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="country-detail", lookup_field="iso2")
    name = NameField()
    events_count = serializers.IntegerField(read_only=True)
    stances_count = serializers.IntegerField(read_only=True)
    agreements_count = serializers.IntegerField(
        read_only=True, help_text="Agreements in which the state has at least one event."
    )

    class Meta:
        model = Country
        fields = [
            "iso2",
            "iso3",
            "numeric",
            "api_url",
            "name",
            "flag",
            "status",
            "events_count",
            "stances_count",
            "agreements_count",
        ]
        read_only_fields = fields


class CountryDetailSerializer(CountrySerializer):
    names = serializers.DictField(
        child=serializers.CharField(), read_only=True, help_text="Name in every language held."
    )
    aliases = AliasSerializer(many=True, read_only=True)
    timeline_url = serializers.HyperlinkedIdentityField(
        view_name="country-timeline", lookup_field="iso2"
    )
    agreements_url = serializers.HyperlinkedIdentityField(
        view_name="country-agreements", lookup_field="iso2"
    )

    class Meta(CountrySerializer.Meta):
        fields = [
            *CountrySerializer.Meta.fields,
            "names",
            "aliases",
            "valid_from",
            "valid_to",
            "timeline_url",
            "agreements_url",
        ]
        read_only_fields = fields


class PartyCountField(serializers.IntegerField):
    """How many states give one answer on the day asked (the view puts the counts in context)."""

    def __init__(self, answer: PartyAnswer, **kwargs):
        self.answer = answer
        super().__init__(source="pk", read_only=True, **kwargs)

    def to_representation(self, pk) -> int:
        return self.context["party_counts"].get(pk, {}).get(self.answer, 0)


class AgreementSerializer(FieldsMixin, serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(
        view_name="agreement-detail", lookup_field="slug"
    )
    name = NameField()
    parties_count = PartyCountField(
        PartyAnswer.CERTAINLY, help_text="States certainly party on `as_of` (default today)."
    )
    possible_parties_count = PartyCountField(
        PartyAnswer.POSSIBLY, help_text="States possibly party on `as_of` (default today)."
    )

    class Meta:
        model = Agreement
        fields = [
            "slug",
            "api_url",
            "kind",
            "name",
            "adopted",
            "adopted_precision",
            "opened_for_signature",
            "opened_precision",
            "entry_into_force",
            "entry_into_force_precision",
            "parties_count",
            "possible_parties_count",
        ]
        read_only_fields = fields


class AgreementDetailSerializer(AgreementSerializer):
    names = serializers.DictField(child=serializers.CharField(), read_only=True)
    descriptions = serializers.DictField(child=serializers.CharField(), read_only=True)
    description = serializers.SerializerMethodField()
    aliases = AliasSerializer(many=True, read_only=True)
    official_url = OptionalUrlField()
    counterpart = serializers.SlugRelatedField(
        slug_field="iso2",
        read_only=True,
        allow_null=True,
        help_text="ISO code of the state whose initiative this is (China for the Belt and Road "
        "Initiative): it signs every memorandum and is not a participant; null for others.",
    )
    events_count = serializers.IntegerField(read_only=True)
    stances_count = serializers.IntegerField(read_only=True)
    participants_url = serializers.HyperlinkedIdentityField(
        view_name="agreement-participants", lookup_field="slug"
    )
    timeline_url = serializers.HyperlinkedIdentityField(
        view_name="agreement-timeline", lookup_field="slug"
    )

    class Meta(AgreementSerializer.Meta):
        fields = [
            *AgreementSerializer.Meta.fields,
            "names",
            "description",
            "descriptions",
            "aliases",
            "depositary",
            "counterpart",
            "wikidata_qid",
            "unts_number",
            "official_url",
            "events_count",
            "stances_count",
            "participants_url",
            "timeline_url",
        ]
        read_only_fields = fields

    def get_description(self, agreement: Agreement) -> str:
        return agreement.description(self.context.get("lang", "en"))


class EventSerializer(FieldsMixin, serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="event-detail")
    agreement = AgreementRefSerializer(read_only=True)
    country = CountryRefSerializer(read_only=True)
    latest = serializers.DateField(read_only=True, help_text=LATEST_HELP)
    date_display = serializers.CharField(read_only=True)
    sources = SourceSerializer(source="evidence", many=True, read_only=True)
    disagreements = DisagreementSerializer(
        source="open_disagreements",
        many=True,
        read_only=True,
        help_text="Open disagreements: other sources that say otherwise about this fact.",
    )

    class Meta:
        model = ParticipationEvent
        fields = [
            "id",
            "api_url",
            "agreement",
            "country",
            *DATED_FIELDS,
            "derivation",
            "note",
            "merged_into",
            "sources",
            "disagreements",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class DecidingEventSerializer(serializers.ModelSerializer):
    """An event that decides an answer, shown inside that answer."""

    api_url = serializers.HyperlinkedIdentityField(view_name="event-detail")
    latest = serializers.DateField(read_only=True, help_text=LATEST_HELP)
    date_display = serializers.CharField(read_only=True)
    sources = SourceSerializer(
        source="first_sources",
        many=True,
        read_only=True,
        help_text=f"The event's first {DECIDING_SOURCES_SHOWN} sources; all of them at `api_url`.",
    )
    sources_count = serializers.IntegerField(
        read_only=True, help_text="How many sources the event has in all."
    )

    class Meta:
        model = ParticipationEvent
        fields = ["id", "api_url", *DATED_FIELDS, "derivation", "sources", "sources_count"]
        read_only_fields = fields


class StanceSerializer(FieldsMixin, serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="stance-detail")
    agreement = AgreementRefSerializer(read_only=True)
    country = CountryRefSerializer(read_only=True)
    latest = serializers.DateField(read_only=True, help_text=LATEST_HELP)
    date_display = serializers.CharField(read_only=True)
    sources = SourceSerializer(source="evidence", many=True, read_only=True)

    class Meta:
        model = Stance
        fields = [
            "id",
            "api_url",
            "agreement",
            "country",
            *DATED_FIELDS,
            "summary",
            "sources",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class InlineStanceSerializer(serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="stance-detail")
    latest = serializers.DateField(read_only=True, help_text=LATEST_HELP)
    date_display = serializers.CharField(read_only=True)
    sources = SourceSerializer(source="evidence", many=True, read_only=True)

    class Meta:
        model = Stance
        fields = ["id", "api_url", *DATED_FIELDS, "summary", "sources"]
        read_only_fields = fields


class TimelineEntrySerializer(serializers.Serializer):
    """One line of a timeline: an event or a stance, with its sources and their quotes."""

    type = serializers.SerializerMethodField()
    id = serializers.IntegerField(source="item.pk", read_only=True)
    kind = serializers.CharField(source="item.kind", read_only=True)
    date = serializers.DateField(source="item.date", read_only=True)
    precision = serializers.ChoiceField(
        choices=Precision.choices, source="item.precision", read_only=True
    )
    date_display = serializers.CharField(source="item.date_display", read_only=True)
    latest = serializers.DateField(source="item.latest", read_only=True, help_text=LATEST_HELP)
    derivation = serializers.SerializerMethodField()
    text = serializers.SerializerMethodField()
    sources = SourceSerializer(source="item.evidence", many=True, read_only=True)
    disagreements = serializers.SerializerMethodField()

    @extend_schema_field(serializers.ChoiceField(choices=["event", "stance"]))
    def get_type(self, entry) -> str:
        return "stance" if entry.is_stance else "event"

    @extend_schema_field(serializers.ChoiceField(choices=Derivation.choices, allow_null=True))
    def get_derivation(self, entry) -> str | None:
        return None if entry.is_stance else entry.item.derivation

    def get_text(self, entry) -> str:
        """An event's note or a stance's summary."""
        return entry.item.summary if entry.is_stance else entry.item.note

    @extend_schema_field(DisagreementSerializer(many=True))
    def get_disagreements(self, entry) -> list[dict]:
        """Open disagreements on an event (other sources that say otherwise); none on stances."""
        found = [] if entry.is_stance else getattr(entry.item, "open_disagreements", [])
        return DisagreementSerializer(found, many=True, context=self.context).data


class CountryTimelineEntrySerializer(TimelineEntrySerializer):
    agreement = AgreementRefSerializer(source="item.agreement", read_only=True)


class AgreementTimelineEntrySerializer(TimelineEntrySerializer):
    country = CountryRefSerializer(source="item.country", read_only=True)


def answer_field() -> serializers.ChoiceField:
    return serializers.ChoiceField(
        choices=[answer.value for answer in PartyAnswer],
        read_only=True,
        help_text="certainly: a party that day, whatever day inside a month or year an "
        "imprecisely dated event fell on; possibly: a party or not depending on that day, or "
        "joining announced but not formalised; not: not a party that day.",
    )


class ParticipantSerializer(serializers.Serializer):
    country = CountryRefSerializer(read_only=True)
    answer = answer_field()
    events = DecidingEventSerializer(
        many=True, read_only=True, help_text="The events that decide the answer."
    )


class CountryAgreementSerializer(serializers.Serializer):
    agreement = AgreementRefSerializer(read_only=True)
    answer = answer_field()
    events = DecidingEventSerializer(many=True, read_only=True)
    stance = InlineStanceSerializer(
        read_only=True, allow_null=True, help_text="The latest stance reported by `as_of`."
    )


class AnnouncementSerializer(FieldsMixin, serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="announcement-detail")
    article = ArticleRefSerializer(read_only=True)
    agreement = AgreementRefSerializer(read_only=True)
    country = CountryRefSerializer(read_only=True)
    latest = serializers.DateField(read_only=True, help_text=LATEST_HELP)
    date_display = serializers.CharField(read_only=True)
    reviewed_by = serializers.CharField(
        source="reviewed_by.username", read_only=True, allow_null=True, default=None
    )

    class Meta:
        model = Announcement
        fields = [
            "id",
            "api_url",
            "state",
            "article",
            "quote",
            "agreement",
            "country",
            *DATED_FIELDS,
            "derivation",
            "background",
            "confidence",
            "event",
            "stance",
            "reviewed_by",
            "reviewed_at",
            "review_note",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class ArticleAnnouncementSerializer(serializers.ModelSerializer):
    """A claim read in an article, shown with the article."""

    api_url = serializers.HyperlinkedIdentityField(view_name="announcement-detail")
    agreement = AgreementRefSerializer(read_only=True)
    country = CountryRefSerializer(read_only=True)
    date_display = serializers.CharField(read_only=True)

    class Meta:
        model = Announcement
        fields = [
            "id",
            "api_url",
            "state",
            "quote",
            "agreement",
            "country",
            "kind",
            "date",
            "precision",
            "date_display",
            "confidence",
            "event",
            "stance",
        ]
        read_only_fields = fields


class ArticleSerializer(FieldsMixin, serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="article-detail")
    announcements_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = SourceArticle
        fields = [
            "id",
            "api_url",
            "url",
            "title",
            "outlet",
            "author",
            "language",
            "published_on",
            "status",
            "announcements_count",
            "retrieved_at",
            "created_at",
        ]
        read_only_fields = fields


class ArticleDetailSerializer(ArticleSerializer):
    announcements = ArticleAnnouncementSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [
            *ArticleSerializer.Meta.fields,
            "text",
            "status_message",
            "duplicate_of",
            "announcements",
        ]
        read_only_fields = fields


class FeedSerializer(FieldsMixin, serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="feed-detail")

    class Meta:
        model = Feed
        fields = [
            "id",
            "api_url",
            "url",
            "title",
            "language",
            "active",
            "last_polled_at",
            "last_error",
            "last_new_items",
            "created_at",
        ]
        read_only_fields = ["last_polled_at", "last_error", "last_new_items", "created_at"]


class SubmissionStatusSerializer(serializers.ModelSerializer):
    """Where a submitted article is in its reading: queued, fetched, extracted, failed..."""

    status_url = serializers.HyperlinkedIdentityField(view_name="submission-detail")
    article_url = serializers.HyperlinkedIdentityField(view_name="article-detail")
    announcements_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = SourceArticle
        fields = [
            "id",
            "status",
            "status_message",
            "attempts",
            "url",
            "title",
            "language",
            "announcements_count",
            "status_url",
            "article_url",
            "updated_at",
        ]
        read_only_fields = fields


# What editors send.


class IdRelatedField(serializers.PrimaryKeyRelatedField):
    """A primary key, checked to be a whole number a database column can hold."""

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int) or not 0 < data <= BIGINT_MAX:
            self.fail("incorrect_type", data_type=type(data).__name__)
        return super().to_internal_value(data)


class CodeRelatedField(serializers.SlugRelatedField):
    """A country by ISO code (any case) or an agreement by slug; unknown ones are a 400."""

    def __init__(self, *, shape: str, upper: bool = False, **kwargs):
        self.shape, self.upper = re.compile(shape), upper
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, str) or not self.shape.fullmatch(data):
            self.fail("does_not_exist", slug_name=self.slug_field, value=str(data)[:40])
        return super().to_internal_value(data.upper() if self.upper else data)


def country_field(**kwargs) -> CodeRelatedField:
    return CodeRelatedField(
        shape=r"[A-Za-z]{2,4}",
        upper=True,
        slug_field="iso2",
        queryset=Country.objects.all(),
        help_text="ISO 3166 alpha-2 code.",
        error_messages={"does_not_exist": "Unknown country code {value}."},
        **kwargs,
    )


def agreement_field(**kwargs) -> CodeRelatedField:
    return CodeRelatedField(
        shape=r"[-a-z0-9_]{1,80}",
        slug_field="slug",
        queryset=Agreement.objects.all(),
        help_text="Agreement slug.",
        error_messages={"does_not_exist": "Unknown agreement {value}."},
        **kwargs,
    )


DATE_HELP = (
    "A day (YYYY-MM-DD). At month or year precision it is stored as the first day of its "
    "month or year."
)


class SourceInputSerializer(serializers.Serializer):
    """An article already read (by id) with the quote that states the fact, or a document."""

    article = IdRelatedField(queryset=SourceArticle.objects.all(), required=False, allow_null=True)
    title = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")
    url = serializers.URLField(max_length=2000, required=False, allow_blank=True, default="")
    quote = serializers.CharField(required=False, allow_blank=True, default="", max_length=10_000)
    quote_lang = serializers.CharField(max_length=8, required=False, allow_blank=True, default="")

    def validate(self, data: dict) -> dict:
        if not (data.get("article") or data.get("title") or data.get("url")):
            raise serializers.ValidationError("A source names an article, a title or a URL.")
        return data


class _FactInputSerializer(serializers.Serializer):
    date = serializers.DateField(help_text=DATE_HELP)
    precision = serializers.ChoiceField(choices=Precision.choices, default=Precision.DAY)


class EventCreateSerializer(_FactInputSerializer):
    agreement = agreement_field()
    country = country_field()
    kind = serializers.ChoiceField(choices=EventKind.choices)
    derivation = serializers.ChoiceField(choices=Derivation.choices, default=Derivation.STATED)
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=10_000)
    sources = SourceInputSerializer(many=True, allow_empty=False, max_length=50)


class EventUpdateSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=EventKind.choices, required=False)
    date = serializers.DateField(required=False, help_text=DATE_HELP)
    precision = serializers.ChoiceField(choices=Precision.choices, required=False)
    derivation = serializers.ChoiceField(choices=Derivation.choices, required=False)
    note = serializers.CharField(required=False, allow_blank=True, max_length=10_000)


class EventMergeSerializer(serializers.Serializer):
    others = serializers.ListField(
        child=IdRelatedField(queryset=ParticipationEvent.objects.all()),
        allow_empty=False,
        max_length=100,
        help_text="Events of the same state and agreement to fold into this one.",
    )


class StanceCreateSerializer(_FactInputSerializer):
    agreement = agreement_field()
    country = country_field()
    kind = serializers.ChoiceField(choices=StanceKind.choices)
    summary = serializers.CharField(required=False, allow_blank=True, default="", max_length=10_000)
    sources = SourceInputSerializer(many=True, allow_empty=False, max_length=50)


class StanceUpdateSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=StanceKind.choices, required=False)
    date = serializers.DateField(required=False, help_text=DATE_HELP)
    precision = serializers.ChoiceField(choices=Precision.choices, required=False)
    summary = serializers.CharField(required=False, allow_blank=True, max_length=10_000)


class AnnouncementEditSerializer(serializers.Serializer):
    """What an editor may correct in a pending claim before accepting it."""

    agreement = agreement_field(required=False)
    country = country_field(required=False)
    kind = serializers.ChoiceField(choices=ClaimKind.choices, required=False)
    date = serializers.DateField(required=False, help_text=DATE_HELP)
    precision = serializers.ChoiceField(choices=Precision.choices, required=False)
    derivation = serializers.ChoiceField(choices=Derivation.choices, required=False)
    background = serializers.BooleanField(required=False)
    quote = serializers.CharField(required=False, max_length=10_000)


class ReviewSerializer(serializers.Serializer):
    note = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=2000, help_text="Why."
    )


class SubmissionSerializer(serializers.Serializer):
    """A URL to fetch and read, or a text (plain or HTML) to read, optionally with its URL."""

    url = serializers.URLField(max_length=2000, required=False, allow_blank=True, default="")
    text = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        trim_whitespace=False,
        max_length=2_000_000,
        help_text="The article itself; when given, the URL is only recorded, never fetched.",
    )
    title = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")
    language = serializers.CharField(max_length=8, required=False, allow_blank=True, default="")
    published_on = serializers.DateField(required=False, allow_null=True, default=None)

    def validate(self, data: dict) -> dict:
        if not (data["url"] or data["text"].strip()):
            raise serializers.ValidationError({"url": ["Send a url or a text."]})
        return data
