"""Query parameters of the lists: django-filter sets, and an ordering that is always stable."""

from __future__ import annotations

import re
from datetime import date

import django_filters as filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils import timezone
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter

from agreements.api.search import article_search
from agreements.models import (
    Agreement,
    Announcement,
    Country,
    ParticipationEvent,
    SourceArticle,
    Stance,
    period_start,
)
from agreements.selectors import PartyAnswer, party_counts
from agreements.vocab import AgreementKind, ClaimKind, Derivation, EventKind, Precision, StanceKind
from ingest.models import Feed

BIGINT_MAX = 2**63 - 1
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_param(request, name: str) -> date | None:
    """A YYYY-MM-DD query parameter, or a 400 that names it."""
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        if not ISO_DATE.fullmatch(raw):
            raise ValueError
        return date.fromisoformat(raw)
    except ValueError:
        message = f"Expected a date as YYYY-MM-DD, not {raw[:40]!r}."
        raise ValidationError({name: [message]}) from None


def as_of_param(request) -> date:
    """The day a status is asked for: `as_of`, today when absent."""
    return date_param(request, "as_of") or timezone.localdate()


def party_counts_for(request, on: date) -> dict[int, dict[PartyAnswer, int]]:
    """`party_counts` read once per request, however many parameters and rows need it."""
    memo = request.__dict__.setdefault("_party_counts", {})
    if on not in memo:
        memo[on] = party_counts(on=on)
    return memo[on]


def certain_parties(counts: dict[int, dict[PartyAnswer, int]], agreement_id: int) -> int:
    return counts.get(agreement_id, {}).get(PartyAnswer.CERTAINLY, 0)


class _IsoDateField(forms.DateField):
    def to_python(self, value):
        if value not in self.empty_values and not ISO_DATE.fullmatch(str(value)):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


class IsoDateFilter(filters.DateFilter):
    """A date written YYYY-MM-DD, and only so."""

    field_class = _IsoDateField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("input_formats", ["%Y-%m-%d"])
        kwargs.setdefault("error_messages", {"invalid": "Expected a date as YYYY-MM-DD."})
        super().__init__(*args, **kwargs)


class StableOrderingFilter(OrderingFilter):
    """`ordering=field,-other`: unknown fields are a 400, and the primary key always comes last
    so that rows with equal values keep one order from page to page."""

    def get_ordering(self, request, queryset, view):
        params = request.query_params.get(self.ordering_param)
        if params:
            fields = self.get_valid_fields(queryset, view, {"request": request})
            valid = {name for name, _ in fields}
            wanted = [term.strip() for term in params.split(",") if term.strip()]
            unknown = [term for term in wanted if term.lstrip("-") not in valid]
            if unknown or not wanted:
                raise ValidationError(
                    {
                        self.ordering_param: [
                            f"Cannot order by {', '.join(unknown) or 'nothing'}; "
                            f"use {', '.join(sorted(valid))}, with - for descending."
                        ]
                    }
                )
        ordering = list(super().get_ordering(request, queryset, view) or [])
        if not {"pk", "id", "-pk", "-id"} & set(ordering):
            ordering.append("id")
        return ordering


def _invalid_choice(field: forms.ModelChoiceField, value: str) -> forms.ValidationError:
    message = field.error_messages["invalid_choice"]
    return forms.ValidationError(message, code="invalid_choice", params={"value": value[:40]})


# Codes in parameters are checked for their shape first: a malformed one never reaches the
# database (PostgreSQL refuses NUL characters, for one).
class _CodeField(forms.ModelChoiceField):
    shape = re.compile(r"[A-Za-z]{2,4}")

    def to_python(self, value):
        value = (value or "").strip()
        if value and not self.shape.fullmatch(value):
            raise _invalid_choice(self, value)
        return super().to_python(value.upper())


class _SlugField(forms.ModelChoiceField):
    shape = re.compile(r"[-a-zA-Z0-9_]{1,80}")

    def to_python(self, value):
        value = (value or "").strip()
        if value and not self.shape.fullmatch(value):
            raise _invalid_choice(self, value)
        return super().to_python(value.lower())


class CountryCodeFilter(filters.ModelChoiceFilter):
    field_class = _CodeField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", Country.objects.all())
        kwargs.setdefault("to_field_name", "iso2")
        kwargs.setdefault("error_messages", {"invalid_choice": "Unknown country code %(value)s."})
        kwargs.setdefault("help_text", "ISO 3166 alpha-2 code, such as KZ (any case).")
        super().__init__(*args, **kwargs)


class AgreementSlugFilter(filters.ModelChoiceFilter):
    field_class = _SlugField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", Agreement.objects.all())
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("error_messages", {"invalid_choice": "Unknown agreement %(value)s."})
        kwargs.setdefault("help_text", "Agreement slug, such as abraham-accords.")
        super().__init__(*args, **kwargs)


class IdFilter(filters.NumberFilter):
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=BIGINT_MAX, **kwargs)


def overlapping(queryset: QuerySet, *, start: date | None, end: date | None) -> QuerySet:
    """Facts whose period (a day, a month or a year) meets [start, end].

    A date is stored as the first day of its period, so the period reaches `start` when the
    stored date is on or after the first day of `start`'s period at the same precision.
    """
    if start is not None:
        queryset = queryset.filter(
            Q(precision=Precision.DAY, date__gte=start)
            | Q(precision=Precision.MONTH, date__gte=period_start(start, Precision.MONTH))
            | Q(precision=Precision.YEAR, date__gte=period_start(start, Precision.YEAR))
        )
    if end is not None:
        queryset = queryset.filter(date__lte=end)
    return queryset


class _DatedFilterSet(filters.FilterSet):
    date_from = IsoDateFilter(
        method="filter_dates", help_text="Facts whose day, month or year reaches this date."
    )
    date_to = IsoDateFilter(
        method="filter_dates", help_text="Facts whose day, month or year begins by this date."
    )

    def filter_dates(self, queryset, name, value):
        return queryset  # applied once for both bounds in filter_queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        start, end = self.form.cleaned_data.get("date_from"), self.form.cleaned_data.get("date_to")
        if start and end and start > end:
            raise ValidationError({"date_to": ["date_to is before date_from."]})
        return overlapping(queryset, start=start, end=end)


class CountryFilter(filters.FilterSet):
    q = filters.CharFilter(
        method="filter_q", max_length=100, help_text="Part of the English name or the ISO code."
    )
    status = filters.ChoiceFilter(choices=Country.Status.choices)
    agreement = AgreementSlugFilter(
        field_name="events__agreement",
        distinct=True,
        help_text="Only states with an event in this agreement (its slug).",
    )
    has_events = filters.BooleanFilter(
        method="filter_has_events", help_text="Only states with (true) or without (false) events."
    )

    class Meta:
        model = Country
        fields = ["q", "status", "agreement", "has_events"]

    def filter_q(self, queryset, name, value):
        return queryset.filter(
            Q(name_en__icontains=value) | Q(iso2__iexact=value) | Q(iso3__iexact=value)
        )

    def filter_has_events(self, queryset, name, value):
        return queryset.filter(events_count__gt=0) if value else queryset.filter(events_count=0)


class AgreementFilter(filters.FilterSet):
    q = filters.CharFilter(
        method="filter_q", max_length=100, help_text="Part of the name, slug or an alias."
    )
    kind = filters.MultipleChoiceFilter(choices=AgreementKind.choices)
    parties_min = filters.NumberFilter(
        method="filter_parties",
        min_value=0,
        max_value=10_000,
        help_text="At least this many states certainly party (on `as_of`, default today).",
    )
    parties_max = filters.NumberFilter(
        method="filter_parties",
        min_value=0,
        max_value=10_000,
        help_text="At most this many states certainly party (on `as_of`, default today).",
    )
    as_of = IsoDateFilter(
        method="filter_as_of", help_text="The day the party counts are for (default today)."
    )

    class Meta:
        model = Agreement
        fields = ["q", "kind", "parties_min", "parties_max", "as_of"]

    def filter_q(self, queryset, name, value):
        matches = Agreement.objects.filter(
            Q(name_en__icontains=value)
            | Q(slug__icontains=value)
            | Q(aliases__text__icontains=value)
        )
        return queryset.filter(pk__in=matches.values("pk"))

    def filter_as_of(self, queryset, name, value):
        return queryset  # read by the view for the counts

    def filter_parties(self, queryset, name, value):
        on = self.form.cleaned_data.get("as_of") or timezone.localdate()
        counts = party_counts_for(self.request, on)
        if name == "parties_min":
            if value <= 0:
                return queryset
            enough = [pk for pk in counts if certain_parties(counts, pk) >= value]
            return queryset.filter(pk__in=enough)
        # agreements without events have no party, so only those with too many are left out
        too_many = [pk for pk in counts if certain_parties(counts, pk) > value]
        return queryset.exclude(pk__in=too_many)


class EventFilter(_DatedFilterSet):
    agreement = AgreementSlugFilter()
    country = CountryCodeFilter()
    kind = filters.MultipleChoiceFilter(choices=EventKind.choices)
    precision = filters.ChoiceFilter(choices=Precision.choices)
    derivation = filters.ChoiceFilter(choices=Derivation.choices)
    include_merged = filters.BooleanFilter(
        method="filter_merged", help_text="Also list events merged into another (default false)."
    )

    class Meta:
        model = ParticipationEvent
        fields = ["agreement", "country", "kind", "precision", "derivation", "include_merged"]

    def filter_merged(self, queryset, name, value):
        return queryset  # the view lists current events unless this is true

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("include_merged"):
            queryset = queryset.filter(merged_into__isnull=True)
        return queryset


class StanceFilter(_DatedFilterSet):
    agreement = AgreementSlugFilter()
    country = CountryCodeFilter()
    kind = filters.MultipleChoiceFilter(choices=StanceKind.choices)

    class Meta:
        model = Stance
        fields = ["agreement", "country", "kind"]


class AnnouncementFilter(_DatedFilterSet):
    state = filters.MultipleChoiceFilter(
        choices=Announcement.State.choices, help_text="`state=pending` is the review queue."
    )
    agreement = AgreementSlugFilter()
    country = CountryCodeFilter()
    kind = filters.MultipleChoiceFilter(choices=ClaimKind.choices)
    article = IdFilter(field_name="article_id", help_text="Only claims read in this article.")
    background = filters.BooleanFilter()
    confidence_min = filters.NumberFilter(
        field_name="confidence", lookup_expr="gte", min_value=0, max_value=1
    )

    class Meta:
        model = Announcement
        fields = ["state", "agreement", "country", "kind", "article", "background"]


class ArticleFilter(filters.FilterSet):
    q = filters.CharFilter(
        method="filter_q",
        max_length=300,
        help_text="Full-text search in title and text. Arabic, Latin and Cyrillic spellings are "
        "normalised first, so 'اتفاقات إبراهيم' finds 'الاتفاقات الإبراهيمية'. Results come best "
        "match first unless `ordering` is given.",
    )
    language = filters.CharFilter(max_length=8, help_text="Language code, such as ar.")
    status = filters.MultipleChoiceFilter(choices=SourceArticle.Status.choices)
    outlet = filters.CharFilter(lookup_expr="icontains", max_length=200)
    published_from = IsoDateFilter(field_name="published_on", lookup_expr="gte")
    published_to = IsoDateFilter(field_name="published_on", lookup_expr="lte")

    class Meta:
        model = SourceArticle
        fields = ["q", "language", "status", "outlet", "published_from", "published_to"]

    def filter_q(self, queryset, name, value):
        return article_search(queryset, value)


class FeedFilter(filters.FilterSet):
    active = filters.BooleanFilter()
    language = filters.CharFilter(max_length=8)

    class Meta:
        model = Feed
        fields = ["active", "language"]
