"""The REST API, version 1. Views only wire: reads come from selectors, writes go through
services, and each request runs a fixed number of queries whatever the size of the data."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.html import format_html
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from drf_spectacular.views import SpectacularRedocView
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from agreements import timeline_cache
from agreements.api import examples
from agreements.api.filters import (
    BIGINT_MAX,
    AgreementFilter,
    AnnouncementFilter,
    ArticleFilter,
    CountryFilter,
    EventFilter,
    FeedFilter,
    StanceFilter,
    as_of_param,
    party_counts_for,
)
from agreements.api.pagination import PagePagination
from agreements.api.permissions import EditorsOnly
from agreements.api.renderers import CSVRenderer
from agreements.api.serializers import (
    AgreementDetailSerializer,
    AgreementSerializer,
    AgreementTimelineEntrySerializer,
    AnnouncementEditSerializer,
    AnnouncementSerializer,
    ArticleDetailSerializer,
    ArticleSerializer,
    CountryAgreementSerializer,
    CountryDetailSerializer,
    CountrySerializer,
    CountryTimelineEntrySerializer,
    EventCreateSerializer,
    EventMergeSerializer,
    EventSerializer,
    EventUpdateSerializer,
    FeedSerializer,
    IsoDateField,
    ParticipantSerializer,
    ReviewSerializer,
    StanceCreateSerializer,
    StanceSerializer,
    StanceUpdateSerializer,
    SubmissionSerializer,
    SubmissionStatusSerializer,
    agreement_field,
    country_field,
)
from agreements.api.throttling import AnonThrottle, ScopedThrottle, UserThrottle
from agreements.models import (
    Agreement,
    Announcement,
    Country,
    ParticipationEvent,
    SourceArticle,
    Stance,
)
from agreements.selectors import (
    PartyAnswer,
    TimelineScope,
    TimelineWindow,
    country_agreements,
    disagreements_prefetch,
    evidence_prefetch,
    parties_on,
)
from agreements.services import (
    announcement_accept,
    announcement_edit,
    announcement_reject,
    event_create,
    event_merge,
    event_update,
    stance_create,
    stance_update,
)
from agreements.vocab import ClaimKind
from ingest.models import Feed
from ingest.services import SubmissionError, article_submit

# --- What every view shares ------------------------------------------------------------------


# `lang` and `fields`, errors always in JSON, and ETag / Last-Modified on every GET. The ETag
# is a hash of the body, so it is right whatever changed; Last-Modified is the latest change
# among the rows shown, where a view knows it (details and timelines). (A comment, not a
# docstring: the schema would show a docstring as every operation's description.)
class ApiView:
    fields_param = False  # whether list and retrieve honour ?fields=
    last_modified: datetime | None = None
    row_serializer_class = None

    def initial(self, request, *args, **kwargs) -> None:
        super().initial(request, *args, **kwargs)
        self.lang = request.query_params.get("lang", "en")
        if self.lang not in settings.NAME_LANGUAGES:
            raise ValidationError(
                {
                    "lang": [
                        f"Unknown language {self.lang[:20]!r}; use one of "
                        f"{', '.join(settings.NAME_LANGUAGES)}."
                    ]
                }
            )
        self.fields_wanted = self._fields_wanted(request)

    def _fields_wanted(self, request) -> list[str] | None:
        raw = request.query_params.get("fields")
        if raw is None or not self.fields_param or self.action not in ("list", "retrieve"):
            return None
        wanted = [name.strip() for name in raw.split(",") if name.strip()]
        known = list(self.get_serializer_class()().fields)
        unknown = [name for name in wanted if name not in known]
        if unknown or not wanted:
            raise ValidationError(
                {
                    "fields": [
                        f"Unknown field {', '.join(unknown) or '(none given)'}; "
                        f"choose among {', '.join(known)}."
                    ]
                }
            )
        return wanted

    def get_serializer_context(self) -> dict:
        return {
            **super().get_serializer_context(),
            "lang": getattr(self, "lang", "en"),
            "fields": getattr(self, "fields_wanted", None),
        }

    def context(self, **extra) -> dict:
        return {**self.get_serializer_context(), **extra}

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code >= 400 and isinstance(
            getattr(response, "accepted_renderer", None), CSVRenderer
        ):
            response.accepted_renderer = JSONRenderer()
            response.accepted_media_type = JSONRenderer.media_type
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            if hasattr(response, "render"):  # a cached body is already rendered
                response.render()
            set_response_etag(response)
            if getattr(self, "cache_key", None):
                cache.set(
                    self.cache_key,
                    (response.content, response["Content-Type"], self.last_modified),
                    timeline_cache.TIMEOUT,
                )
            timestamp = None
            if self.last_modified is not None:
                timestamp = int(self.last_modified.timestamp())
                response["Last-Modified"] = http_date(timestamp)
            return get_conditional_response(
                request, etag=response.get("ETag"), last_modified=timestamp, response=response
            )
        return response

    def timeline_page(self, scope: TimelineScope, serializer_class, owner) -> Response:
        """One page of a timeline, read from the database page by page (TimelineWindow)."""
        window = TimelineWindow(scope, window=self.paginator.window(self.request))
        self.row_serializer_class = serializer_class
        page = self.paginate_queryset(window)
        entries = page if page is not None else window[:]
        self.last_modified = facts_changed(
            (e.item for e in entries),
            owner,
            *(e.item.agreement if isinstance(owner, Country) else e.item.country for e in entries),
            window,
        )
        data = serializer_class(entries, many=True, context=self.context()).data
        return self.get_paginated_response(data)

    def paginated(self, rows: list, serializer_class, **context) -> Response:
        self.row_serializer_class = serializer_class  # for the header of an empty CSV
        page = self.paginate_queryset(rows)
        data = serializer_class(page, many=True, context=self.context(**context)).data
        return self.get_paginated_response(data)


def latest_change(objects: Iterable) -> datetime | None:
    """The latest `updated_at` among rows, for Last-Modified."""
    return max(
        (o.updated_at for o in objects if o is not None and o.updated_at is not None), default=None
    )


def deciding_changed(events: Iterable, *also) -> datetime | None:
    """The latest change among deciding events (read by selectors._deciding), their sources
    (all of them, not only those shown), and the rows named in `also`."""
    events = list(events)
    changed = [e.sources_changed for e in events if e.sources_changed is not None]
    latest = latest_change([*events, *also])
    return max([latest, *changed], default=None) if latest else max(changed, default=None)


def facts_changed(facts: Iterable, *also) -> datetime | None:
    """The latest change among facts, their sources, and the rows named in `also`."""
    facts = list(facts)
    return latest_change([*facts, *(e for f in facts for e in f.evidence.all()), *also])


def by_id(queryset, value: str):
    """The row with primary key `value`, or a 404 for anything else (a word, a huge number)."""
    if not (value.isascii() and value.isdigit()) or not 0 < int(value) <= BIGINT_MAX:
        raise NotFound(f"No {queryset.model._meta.verbose_name} with id {value[:40]!r}.")
    obj = queryset.filter(pk=int(value)).first()
    if obj is None:
        raise NotFound(f"No {queryset.model._meta.verbose_name} with id {value}.")
    return obj


def country_or_404(queryset, code: str) -> Country:
    country = None
    if code.isascii() and code.isalpha() and len(code) <= 4:
        country = queryset.filter(iso2=code.upper()).first()
    if country is None:
        raise NotFound(f"No country with code {code[:40]!r}.")
    return country


def agreement_or_404(queryset, slug: str) -> Agreement:
    agreement = None
    if slug.isascii() and len(slug) <= 80 and "\x00" not in slug:
        agreement = queryset.filter(slug=slug.lower()).first()
    if agreement is None:
        raise NotFound(f"No agreement with slug {slug[:80]!r}.")
    return agreement


def timeline_scope(query: dict, **scope) -> TimelineScope:
    """The timeline entries of the kinds, type and period asked for, in the order asked for."""
    return TimelineScope(
        kinds=frozenset(query.get("kind") or ()),
        only=query.get("type"),
        date_from=query.get("date_from"),
        date_to=query.get("date_to"),
        descending=query.get("ordering") == "-date",
        **scope,
    )


# --- Query parameters of the timelines and answers --------------------------------------------


class TimelineQuery(serializers.Serializer):
    kind = serializers.ListField(
        child=serializers.ChoiceField(choices=ClaimKind.choices),
        required=False,
        help_text="Only these kinds of event or stance (repeat the parameter for several).",
    )
    type = serializers.ChoiceField(
        choices=["event", "stance"], required=False, help_text="Only events, or only stances."
    )
    date_from = IsoDateField(required=False, help_text="Entries whose period reaches it.")
    date_to = IsoDateField(required=False, help_text="Entries whose period begins by it.")
    ordering = serializers.ChoiceField(
        choices=["date", "-date"], default="date", help_text="Oldest (date) or newest first."
    )

    def validate(self, data: dict) -> dict:
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            raise serializers.ValidationError({"date_to": ["date_to is before date_from."]})
        return data


class CountryTimelineQuery(TimelineQuery):
    agreement = agreement_field(required=False)


class AgreementTimelineQuery(TimelineQuery):
    country = country_field(required=False)


class AnswerQuery(serializers.Serializer):
    as_of = IsoDateField(
        required=False,
        help_text="The day asked about, YYYY-MM-DD (default today).",
    )
    answer = serializers.ListField(
        child=serializers.ChoiceField(choices=[a.value for a in PartyAnswer]),
        required=False,
        help_text="Only these answers (repeat the parameter for several).",
    )


def query_params(serializer_class, request) -> dict:
    query = serializer_class(data=request.query_params)
    query.is_valid(raise_exception=True)
    return query.validated_data


class TimelinePagination(PagePagination):
    page_size = 200

    def window(self, request) -> tuple[int, int] | None:
        """The rows the requested page will hold, when the page is asked for by number."""
        raw = request.query_params.get(self.page_query_param, "1")
        if not (raw.isascii() and raw.isdigit() and 0 < int(raw) < 2**31):
            return None  # "last", or an error the paginator reports
        size = self.get_page_size(request)
        return ((int(raw) - 1) * size, int(raw) * size)


class AnswerPagination(PagePagination):
    """All the answers of an agreement usually fit one page; the day asked about comes along."""

    page_size = 500
    extra: dict = {}

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        response.data = {**self.extra, **response.data}
        return response

    def get_paginated_response_schema(self, schema):
        paginated = super().get_paginated_response_schema(schema)
        paginated["properties"] = {
            "as_of": {
                "type": "string",
                "format": "date",
                "description": "The day asked about.",
                "example": "2021-06-01",
            },
            **paginated["properties"],
        }
        paginated["required"] = ["as_of", *paginated.get("required", [])]
        return paginated


# --- Countries -------------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="States and other parties, with counts of what is known"),
    retrieve=extend_schema(
        summary="One state: names in every language, aliases, counts",
        examples=[examples.COUNTRY],
    ),
)
class CountryViewSet(ApiView, viewsets.ReadOnlyModelViewSet):
    serializer_class = CountrySerializer
    filterset_class = CountryFilter
    ordering_fields = ["name_en", "iso2", "iso3", "status", "events_count", "agreements_count"]
    ordering = ["name_en"]
    lookup_field = "iso2"
    lookup_value_regex = "[^/]+"
    fields_param = True

    def get_queryset(self):
        current = Q(events__merged_into__isnull=True)
        countries = Country.objects.annotate(
            events_count=Count("events", filter=current, distinct=True),
            stances_count=Count("stances", distinct=True),
            agreements_count=Count("events__agreement", filter=current, distinct=True),
        )
        if self.action == "retrieve":
            countries = countries.prefetch_related("aliases")
        return countries

    def get_serializer_class(self):
        return CountryDetailSerializer if self.action == "retrieve" else CountrySerializer

    def get_object(self) -> Country:
        country = country_or_404(self.get_queryset(), self.kwargs["iso2"])
        self.last_modified = latest_change([country, *country.aliases.all()])
        return country

    @extend_schema(
        summary="A state's events and stances across agreements, with sources and quotes",
        parameters=[CountryTimelineQuery],
        responses=CountryTimelineEntrySerializer(many=True),
        examples=[examples.COUNTRY_TIMELINE],
    )
    @action(detail=True, filter_backends=[], pagination_class=TimelinePagination)
    def timeline(self, request, iso2: str) -> Response:
        # The rendered answer is cached (agreements/timeline_cache.py): the key holds the
        # country's version, so any change to what it shows makes the next request miss. A
        # hit costs no SQL: the country's id is remembered from its first request.
        parts = (request.build_absolute_uri(), request.headers.get("Accept", ""))
        known = timeline_cache.country_id_known(iso2)
        if known is not None:
            cached = cache.get(timeline_cache.cache_key("api", known, *parts))
            if cached is not None:
                body, content_type, self.last_modified = cached
                return HttpResponse(body, content_type=content_type)
        country = country_or_404(Country.objects.all(), iso2)
        timeline_cache.country_id_remember(iso2, country.pk)
        key = timeline_cache.cache_key("api", country.pk, *parts)
        cached = cache.get(key) if known != country.pk else None
        if cached is not None:
            body, content_type, self.last_modified = cached
            return HttpResponse(body, content_type=content_type)
        self.cache_key = key
        query = query_params(CountryTimelineQuery, request)
        scope = timeline_scope(query, country=country, agreement=query.get("agreement"))
        return self.timeline_page(scope, CountryTimelineEntrySerializer, country)

    @extend_schema(
        summary="A state's status in each agreement it has a recorded event or stance in",
        parameters=[AnswerQuery],
        responses=CountryAgreementSerializer(many=True),
    )
    @action(detail=True, filter_backends=[], pagination_class=AnswerPagination)
    def agreements(self, request, iso2: str) -> Response:
        country = country_or_404(Country.objects.all(), iso2)
        query = query_params(AnswerQuery, request)
        on = query.get("as_of") or as_of_param(request)
        statuses = country_agreements(country=country, on=on)
        if query.get("answer"):
            statuses = [s for s in statuses if s.answer in query["answer"]]
        stances = [s.stance for s in statuses if s.stance]
        self.last_modified = max(
            filter(
                None,
                [
                    deciding_changed(
                        (e for s in statuses for e in s.events),
                        country,
                        *(s.agreement for s in statuses),
                    ),
                    facts_changed(stances),
                ],
            ),
            default=None,
        )
        self.paginator.extra = {"as_of": on.isoformat()}
        return self.paginated(statuses, CountryAgreementSerializer)


# --- Agreements ------------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(summary="Agreements, with how many states are party to each"),
    retrieve=extend_schema(summary="One agreement", examples=[examples.AGREEMENT]),
)
class AgreementViewSet(ApiView, viewsets.ReadOnlyModelViewSet):
    serializer_class = AgreementSerializer
    filterset_class = AgreementFilter
    ordering_fields = ["name_en", "slug", "kind", "adopted", "entry_into_force", "created_at"]
    ordering = ["name_en"]
    lookup_field = "slug"
    lookup_value_regex = "[^/]+"
    fields_param = True

    def get_queryset(self):
        if self.action == "retrieve":
            return (
                Agreement.objects.annotate(
                    events_count=Count(
                        "events", filter=Q(events__merged_into__isnull=True), distinct=True
                    ),
                    stances_count=Count("stances", distinct=True),
                )
                .select_related("counterpart")
                .prefetch_related("aliases")
            )
        return Agreement.objects.all()

    def get_serializer_class(self):
        return AgreementDetailSerializer if self.action == "retrieve" else AgreementSerializer

    def get_serializer_context(self) -> dict:
        context = super().get_serializer_context()
        # `lang` is set once the request is checked (initial); while the schema is generated it
        # is not, and no counts are read.
        if self.action in ("list", "retrieve") and hasattr(self, "lang"):
            context["party_counts"] = party_counts_for(self.request, as_of_param(self.request))
        return context

    def get_object(self) -> Agreement:
        agreement = agreement_or_404(self.get_queryset(), self.kwargs["slug"])
        self.last_modified = latest_change([agreement, *agreement.aliases.all()])
        return agreement

    @extend_schema(
        summary="Who is party on a day: certainly, possibly or not, with the deciding events",
        description="Every state with a recorded event in the agreement, answered for the day "
        "`as_of`. An event known only to its month or year may have happened on any day of "
        "it, so asked about a day inside that period the answer is `possibly`. States with no "
        "recorded event are not listed; for them the answer is `not`.",
        parameters=[AnswerQuery],
        responses=ParticipantSerializer(many=True),
        examples=[examples.PARTICIPANT_CERTAINLY, examples.PARTICIPANT_POSSIBLY],
    )
    @action(detail=True, filter_backends=[], pagination_class=AnswerPagination)
    def participants(self, request, slug: str) -> Response:
        agreement = agreement_or_404(Agreement.objects.all(), slug)
        query = query_params(AnswerQuery, request)
        on = query.get("as_of") or as_of_param(request)
        # Cached until any fact, source or name changes (the global facts version), and per
        # day asked: without `as_of` the answer is today's.
        key = timeline_cache.answer_cache_key(
            "participants",
            request.build_absolute_uri(),
            request.headers.get("Accept", ""),
            on.isoformat(),
        )
        cached = cache.get(key)
        if cached is not None:
            body, content_type, self.last_modified = cached
            return HttpResponse(body, content_type=content_type)
        self.cache_key = key
        statuses = parties_on(agreement=agreement, on=on)
        if query.get("answer"):
            statuses = [s for s in statuses if s.answer in query["answer"]]
        self.last_modified = deciding_changed(
            (e for s in statuses for e in s.events), agreement, *(s.country for s in statuses)
        )
        self.paginator.extra = {"as_of": on.isoformat()}
        return self.paginated(statuses, ParticipantSerializer)

    @extend_schema(
        summary="An agreement's events and stances across states, with sources and quotes",
        parameters=[AgreementTimelineQuery],
        responses=AgreementTimelineEntrySerializer(many=True),
    )
    @action(detail=True, filter_backends=[], pagination_class=TimelinePagination)
    def timeline(self, request, slug: str) -> Response:
        agreement = agreement_or_404(Agreement.objects.all(), slug)
        query = query_params(AgreementTimelineQuery, request)
        scope = timeline_scope(query, agreement=agreement, country=query.get("country"))
        return self.timeline_page(scope, AgreementTimelineEntrySerializer, agreement)


# --- Events and stances ----------------------------------------------------------------------


class FactViewSet(
    ApiView,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    # Events and stances: read by all; recorded and corrected by editors, never deleted.
    http_method_names = ["get", "post", "patch", "head"]
    ordering_fields = ["date", "created_at", "updated_at"]
    ordering = ["date"]
    fields_param = True
    create_serializer_class: type[serializers.Serializer]
    update_serializer_class: type[serializers.Serializer]

    def get_object(self):
        obj = by_id(self.get_queryset(), self.kwargs["pk"])
        self.last_modified = facts_changed([obj], obj.agreement, obj.country)
        return obj

    def created(self, obj) -> Response:
        obj = self.get_queryset().get(pk=obj.pk)
        data = self.get_serializer(obj).data
        return Response(
            data, status=status.HTTP_201_CREATED, headers={"Location": str(data["api_url"])}
        )

    def changed(self, obj) -> Response:
        return Response(self.get_serializer(self.get_queryset().get(pk=obj.pk)).data)

    def valid(self, serializer_class) -> dict:
        incoming = serializer_class(data=self.request.data, context=self.context())
        incoming.is_valid(raise_exception=True)
        return dict(incoming.validated_data)


@extend_schema_view(
    list=extend_schema(summary="Events: signatures, ratifications, accessions, withdrawals..."),
    retrieve=extend_schema(summary="One event with its sources", examples=[examples.EVENT]),
    create=extend_schema(
        summary="Record an event with its sources (editors)",
        request=EventCreateSerializer,
        responses={201: EventSerializer},
        examples=[examples.NEW_EVENT],
    ),
    partial_update=extend_schema(
        summary="Correct an event (editors)", request=EventUpdateSerializer
    ),
)
class EventViewSet(FactViewSet):
    serializer_class = EventSerializer
    filterset_class = EventFilter

    def get_queryset(self):
        return ParticipationEvent.objects.select_related("agreement", "country").prefetch_related(
            evidence_prefetch(), disagreements_prefetch()
        )

    def create(self, request, *args, **kwargs) -> Response:
        return self.created(event_create(**self.valid(EventCreateSerializer)))

    def partial_update(self, request, *args, **kwargs) -> Response:
        event = self.get_object()
        return self.changed(event_update(event=event, **self.valid(EventUpdateSerializer)))

    @extend_schema(
        summary="Fold duplicate events into this one, which keeps every source (editors)",
        request=EventMergeSerializer,
        responses=EventSerializer,
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def merge(self, request, pk: str) -> Response:
        keep = self.get_object()
        others = self.valid(EventMergeSerializer)["others"]
        return self.changed(event_merge(keep=keep, others=others))


@extend_schema_view(
    list=extend_schema(summary="Stances: refusals, conditions, consideration"),
    retrieve=extend_schema(summary="One stance with its sources"),
    create=extend_schema(
        summary="Record a stance with its sources (editors)",
        request=StanceCreateSerializer,
        responses={201: StanceSerializer},
        examples=[examples.NEW_STANCE],
    ),
    partial_update=extend_schema(
        summary="Correct a stance (editors)", request=StanceUpdateSerializer
    ),
)
class StanceViewSet(FactViewSet):
    serializer_class = StanceSerializer
    filterset_class = StanceFilter

    def get_queryset(self):
        return Stance.objects.select_related("agreement", "country").prefetch_related(
            evidence_prefetch()
        )

    def create(self, request, *args, **kwargs) -> Response:
        return self.created(stance_create(**self.valid(StanceCreateSerializer)))

    def partial_update(self, request, *args, **kwargs) -> Response:
        stance = self.get_object()
        return self.changed(stance_update(stance=stance, **self.valid(StanceUpdateSerializer)))


# --- The review queue ------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(
        summary="Claims read in articles; `state=pending` is the review queue",
    ),
    retrieve=extend_schema(summary="One claim"),
    partial_update=extend_schema(
        summary="Correct a pending claim before reviewing it (editors)",
        request=AnnouncementEditSerializer,
    ),
)
class AnnouncementViewSet(
    ApiView,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = AnnouncementSerializer
    filterset_class = AnnouncementFilter
    http_method_names = ["get", "post", "patch", "head"]
    ordering_fields = ["created_at", "date", "confidence"]
    ordering = ["-created_at"]
    fields_param = True

    def get_queryset(self):
        return Announcement.objects.select_related("article", "agreement", "country", "reviewed_by")

    def get_object(self) -> Announcement:
        announcement = by_id(self.get_queryset(), self.kwargs["pk"])
        self.last_modified = latest_change([announcement, announcement.article])
        return announcement

    def reviewed(self, announcement: Announcement) -> Response:
        return Response(self.get_serializer(self.get_queryset().get(pk=announcement.pk)).data)

    def partial_update(self, request, *args, **kwargs) -> Response:
        incoming = AnnouncementEditSerializer(data=request.data, context=self.context())
        incoming.is_valid(raise_exception=True)
        announcement = announcement_edit(
            announcement=self.get_object(), user=request.user, **incoming.validated_data
        )
        return self.reviewed(announcement)

    @extend_schema(
        summary="Accept a claim: it becomes an event or a stance, or a source of one (editors)",
        request=ReviewSerializer,
        responses=AnnouncementSerializer,
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def accept(self, request, pk: str) -> Response:
        note = query_body(ReviewSerializer, request)["note"]
        return self.reviewed(
            announcement_accept(announcement=self.get_object(), user=request.user, note=note)
        )

    @extend_schema(
        summary="Reject a claim; the row stays, with who rejected it and why (editors)",
        request=ReviewSerializer,
        responses=AnnouncementSerializer,
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def reject(self, request, pk: str) -> Response:
        note = query_body(ReviewSerializer, request)["note"]
        return self.reviewed(
            announcement_reject(announcement=self.get_object(), user=request.user, note=note)
        )


def query_body(serializer_class, request) -> dict:
    incoming = serializer_class(data=request.data)
    incoming.is_valid(raise_exception=True)
    return incoming.validated_data


# --- Articles, feeds and submissions ---------------------------------------------------------


@extend_schema_view(
    list=extend_schema(
        summary="Articles read, with full-text search (q)", examples=[examples.ARTICLE_LIST]
    ),
    retrieve=extend_schema(summary="One article with its text and the claims read in it"),
)
class ArticleViewSet(ApiView, viewsets.ReadOnlyModelViewSet):
    serializer_class = ArticleSerializer
    filterset_class = ArticleFilter
    ordering_fields = ["published_on", "created_at", "title"]
    fields_param = True

    @property
    def ordering(self) -> list[str]:
        request = getattr(self, "request", None)
        if request is not None and request.query_params.get("q"):
            return ["-search_rank", "-published_on", "-id"]
        return ["-published_on", "-id"]

    def get_queryset(self):
        articles = SourceArticle.objects.defer("raw", "search_text").annotate(
            announcements_count=Count("announcements")
        )
        if self.action == "retrieve":
            return articles.prefetch_related(
                Prefetch(
                    "announcements",
                    queryset=Announcement.objects.select_related("agreement", "country").order_by(
                        "id"
                    ),
                )
            )
        return articles.defer("text")

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer

    def get_object(self) -> SourceArticle:
        article = by_id(self.get_queryset(), self.kwargs["pk"])
        self.last_modified = latest_change([article, *article.announcements.all()])
        return article


@extend_schema_view(
    list=extend_schema(summary="News feeds polled for articles (editors)"),
    retrieve=extend_schema(summary="One feed (editors)"),
    create=extend_schema(summary="Add a feed (editors)"),
    partial_update=extend_schema(summary="Change a feed (editors)"),
)
class FeedViewSet(
    ApiView,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    queryset = Feed.objects.all()
    serializer_class = FeedSerializer
    filterset_class = FeedFilter
    permission_classes = [EditorsOnly]
    http_method_names = ["get", "post", "patch", "head"]
    ordering_fields = ["title", "url", "created_at", "last_polled_at"]
    ordering = ["title", "url"]
    fields_param = True
    editors_only = True  # documented as 401/403 for reading too

    def get_object(self) -> Feed:
        return by_id(self.get_queryset(), self.kwargs["pk"])


@extend_schema_view(
    create=extend_schema(
        summary="Submit a URL or a text to read (editors); 202 with the status URL",
        request=SubmissionSerializer,
        responses={
            202: OpenApiResponse(SubmissionStatusSerializer, "Accepted: queued for reading."),
            200: OpenApiResponse(
                SubmissionStatusSerializer, "Already known: the article it is the same as."
            ),
        },
        examples=[examples.SUBMIT_URL, examples.SUBMIT_TEXT, examples.SUBMISSION_STATUS],
    ),
    retrieve=extend_schema(summary="Where a submitted article is in its reading"),
)
class SubmissionViewSet(
    ApiView, mixins.CreateModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    serializer_class = SubmissionStatusSerializer
    throttle_scope = "submissions"
    http_method_names = ["get", "post", "head"]

    def get_throttles(self):
        throttles = super().get_throttles()
        if self.action == "create":
            throttles.append(ScopedThrottle())
        return throttles

    def get_queryset(self):
        return SourceArticle.objects.defer("raw", "text", "search_text").annotate(
            announcements_count=Count("announcements")
        )

    def get_object(self) -> SourceArticle:
        article = by_id(self.get_queryset(), self.kwargs["pk"])
        self.last_modified = article.updated_at
        return article

    def create(self, request, *args, **kwargs) -> Response:
        data = query_body(SubmissionSerializer, request)
        try:
            article, created = article_submit(
                text=data["text"],
                url=data["url"],
                published=data["published_on"],
                lang=data["language"],
                title=data["title"],
            )
        except SubmissionError as error:
            raise ValidationError({error.field: [str(error)]}) from None
        body = self.get_serializer(self.get_queryset().get(pk=article.pk)).data
        return Response(
            body,
            status=status.HTTP_202_ACCEPTED if created else status.HTTP_200_OK,
            headers={"Location": str(body["status_url"])},
        )


# --- Tokens and unknown paths ----------------------------------------------------------------


class TokenView(ObtainAuthToken):
    """A user's API token, for the `Authorization: Token <key>` header."""

    throttle_classes = [AnonThrottle, UserThrottle]  # password guessing is throttled too

    @extend_schema(
        summary="Get your API token from your username and password",
        request=AuthTokenSerializer,
        responses={
            200: {
                "type": "object",
                "properties": {"token": {"type": "string"}},
                "required": ["token"],
            }
        },
        auth=[],
    )
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)


class RedocView(SpectacularRedocView):
    """ReDoc from the local copy, with no inline script, no web fonts and no search worker,
    which the site's Content-Security-Policy would refuse."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs) -> HttpResponse:
        return HttpResponse(
            format_html(
                '<!DOCTYPE html><html><head><meta charset="utf-8"><title>{}</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"></head>'
                '<body><redoc spec-url="{}" disable-search></redoc>'
                '<script src="{}"></script></body></html>',
                self.title,
                self._get_schema_url(request),
                self._redoc_standalone(),
            )
        )


@csrf_exempt  # it changes nothing; a write to a wrong path is told 404, not a CSRF page
def not_found(request: HttpRequest, *args, **kwargs) -> JsonResponse:
    """Any other path under /api/ answers a JSON 404, like the resources do."""
    return JsonResponse(
        {"detail": f"No API resource at {request.path[:200]}.", "code": "not_found"}, status=404
    )
