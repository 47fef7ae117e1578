"""The editors' workplace: the review queue, events, stances and the reference data."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from kombu.exceptions import OperationalError as BrokerUnreachable
from simple_history.admin import SimpleHistoryAdmin

from agreements.models import (
    Agreement,
    AgreementAlias,
    Announcement,
    Country,
    CountryAlias,
    Dataset,
    Disagreement,
    Evidence,
    ParticipationEvent,
    SourceArticle,
    Stance,
)
from agreements.services import (
    announcement_accept,
    announcement_reject,
    disagreement_settle,
    event_merge,
    event_unmerge,
)
from agreements.vocab import Precision
from ingest.services import SubmissionError, article_submit

# An action that starts background work cannot start it while the broker is away; the
# editor is told so instead of shown a server error.
BROKER_DOWN = "The task queue cannot be reached just now: nothing was started. Try again later."

admin.site.site_header = "Concord curation"
admin.site.site_title = "Concord"
admin.site.index_title = "Knowledge base"


def quote_html(text: str, limit: int | None = 300):
    """A quote in its own direction: dir="auto" lets Arabic read right to left."""
    if limit and len(text) > limit:
        text = text[:limit] + "…"
    return format_html('<blockquote dir="auto" class="concord-quote">{}</blockquote>', text)


class CountryAliasInline(admin.TabularInline):
    model = CountryAlias
    extra = 1


@admin.register(Country)
class CountryAdmin(SimpleHistoryAdmin):
    list_display = ["flag", "name_en", "name_ar", "iso2", "iso3", "numeric", "status"]
    list_display_links = ["name_en"]
    list_filter = ["status"]
    search_fields = ["iso2", "iso3", "name_en", "names", "aliases__text"]
    inlines = [CountryAliasInline]
    readonly_fields = ["created_at", "updated_at"]

    @admin.display(description="Arabic name")
    def name_ar(self, obj: Country):
        return format_html('<span dir="rtl" lang="ar">{}</span>', obj.names.get("ar", ""))

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), may_have_duplicates


class AgreementAliasInline(admin.TabularInline):
    model = AgreementAlias
    extra = 1


@admin.register(Agreement)
class AgreementAdmin(SimpleHistoryAdmin):
    list_display = ["name_en", "name_ar", "slug", "kind", "adopted", "event_count"]
    list_filter = ["kind"]
    search_fields = ["slug", "name_en", "names", "aliases__text", "wikidata_qid"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [AgreementAliasInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_events=Count("events", distinct=True))

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), may_have_duplicates

    @admin.display(description="Arabic name")
    def name_ar(self, obj: Agreement):
        return format_html('<span dir="rtl" lang="ar">{}</span>', obj.names.get("ar", ""))

    @admin.display(description="events", ordering="n_events")
    def event_count(self, obj: Agreement) -> int:
        return obj.n_events


class EvidenceInline(admin.StackedInline):
    model = Evidence
    extra = 0
    fields = ["article", "title", "url", "quote", "quote_lang", "announcement", "dataset_row"]
    raw_id_fields = ["article", "announcement"]
    readonly_fields = ["dataset_row"]


class DisagreementInline(admin.TabularInline):
    """What other sources say against this event; settled in the disagreements queue."""

    model = Disagreement
    fk_name = "event"
    extra = 0
    fields = ["field", "summary", "claimed_date", "claimed_precision", "state", "resolution"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class PrecisionDateMixin:
    @admin.display(description="date", ordering="date")
    def date_display(self, obj) -> str:
        return obj.date_display


@admin.register(ParticipationEvent)
class ParticipationEventAdmin(PrecisionDateMixin, SimpleHistoryAdmin):
    list_display = [
        "country",
        "kind",
        "agreement",
        "date_display",
        "precision",
        "derivation",
        "source_count",
        "merged_into",
    ]
    list_filter = [
        "kind",
        "precision",
        "derivation",
        "agreement__kind",
        ("merged_into", admin.EmptyFieldListFilter),
    ]
    search_fields = ["country__name_en", "country__iso2", "agreement__name_en", "agreement__slug"]
    autocomplete_fields = ["country", "agreement"]
    raw_id_fields = ["merged_into"]
    inlines = [EvidenceInline, DisagreementInline]
    actions = ["merge_events", "unmerge_events"]
    list_select_related = ["country", "agreement", "merged_into"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_sources=Count("evidence"))

    @admin.display(description="sources", ordering="n_sources")
    def source_count(self, obj) -> int:
        return obj.n_sources

    @admin.action(
        description="Merge selected events into one (keeps every source)", permissions=["change"]
    )
    def merge_events(self, request: HttpRequest, queryset: QuerySet) -> None:
        events = list(queryset.order_by("id"))
        if len(events) < 2:
            self.message_user(request, "Select at least two events to merge.", messages.ERROR)
            return
        # Keep the most precise event; among equals, the oldest record.
        order = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2}
        keep = min(events, key=lambda e: (order[e.precision], e.pk))
        try:
            event_merge(keep=keep, others=events)
        except ValidationError as error:
            self.message_user(request, "; ".join(error.messages), messages.ERROR)
            return
        self.message_user(
            request, f"Merged {len(events) - 1} event(s) into {keep}.", messages.SUCCESS
        )

    @admin.action(
        description="Undo the merge of the selected merged events", permissions=["change"]
    )
    def unmerge_events(self, request: HttpRequest, queryset: QuerySet) -> None:
        # Newest merge first: an absorber selected with what it absorbed stands again before
        # the events merged into it are given back their sources.
        pending = list(queryset.exclude(merged_into=None))
        done, failed = 0, []
        while pending:
            waiting = {e.pk for e in pending}
            ready = [e for e in pending if e.merged_into_id not in waiting] or pending
            for event in ready:
                pending.remove(event)
                try:
                    event_unmerge(event=event)
                    done += 1
                except ValidationError as error:
                    failed.append("; ".join(error.messages))
        self.message_user(request, f"{done} event(s) stand on their own again.", messages.SUCCESS)
        for message in failed:
            self.message_user(request, message, messages.ERROR)


class StanceEvidenceInline(EvidenceInline):
    fk_name = "stance"


@admin.register(Stance)
class StanceAdmin(PrecisionDateMixin, SimpleHistoryAdmin):
    list_display = ["country", "kind", "agreement", "date_display", "summary_quote"]
    list_filter = ["kind", "agreement__kind"]
    search_fields = ["country__name_en", "agreement__name_en", "summary"]
    autocomplete_fields = ["country", "agreement"]
    inlines = [StanceEvidenceInline]
    list_select_related = ["country", "agreement"]

    @admin.display(description="summary")
    def summary_quote(self, obj: Stance):
        return quote_html(obj.summary, 200)


class QueueStateFilter(admin.SimpleListFilter):
    """A queue opens on what still needs an editor; the rest is one click away."""

    parameter_name = "state"
    states: type[models.TextChoices]
    default: str

    def lookups(self, request, model_admin):
        return [*self.states.choices, ("all", "All")]

    def choices(self, changelist):
        value = self.value() or self.default
        for lookup, title in self.lookup_choices:
            yield {
                "selected": value == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value() or self.default
        return queryset if value == "all" else queryset.filter(state=value)


class AnnouncementStateFilter(QueueStateFilter):
    title = "review state"
    states = Announcement.State
    default = Announcement.State.PENDING


@admin.register(Announcement)
class AnnouncementAdmin(PrecisionDateMixin, SimpleHistoryAdmin):
    """The review queue."""

    list_display = [
        "quote_cell",
        "country",
        "kind",
        "agreement",
        "date_display",
        "derivation",
        "background",
        "confidence_cell",
        "source_link",
        "state",
    ]
    list_filter = [
        AnnouncementStateFilter,
        "kind",
        "background",
        "article__language",
        "agreement__kind",
    ]
    search_fields = ["quote", "country__name_en", "agreement__name_en", "article__title"]
    autocomplete_fields = ["country", "agreement"]
    list_select_related = ["country", "agreement", "article"]
    readonly_fields = [
        "article_link",
        "quote_block",
        "state",
        "reviewed_by",
        "reviewed_at",
        "event",
        "stance",
        "created_at",
    ]
    fields = [
        "article_link",
        "quote_block",
        "quote",
        "country",
        "agreement",
        "kind",
        "date",
        "precision",
        "derivation",
        "background",
        "confidence",
        "review_note",
        "state",
        "reviewed_by",
        "reviewed_at",
        "event",
        "stance",
    ]
    actions = ["accept_selected", "reject_selected"]
    change_form_template = "admin/agreements/announcement/change_form.html"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # claims come from articles; an editor records a fact as an event

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False  # rejecting never deletes

    @admin.display(description="quote")
    def quote_cell(self, obj: Announcement):
        return quote_html(obj.quote, 240)

    @admin.display(description="quote")
    def quote_block(self, obj: Announcement):
        return quote_html(obj.quote, None)

    @admin.display(description="confidence", ordering="confidence")
    def confidence_cell(self, obj: Announcement) -> str:
        return f"{obj.confidence:.2f}"

    @admin.display(description="source")
    def source_link(self, obj: Announcement):
        article = obj.article
        label = article.outlet or article.title or f"article {article.pk}"
        if article.url:
            return format_html('<a href="{}" rel="noopener noreferrer">{}</a>', article.url, label)
        return label

    @admin.display(description="article")
    def article_link(self, obj: Announcement):
        article = obj.article
        return format_html(
            '<a href="../../../sourcearticle/{}/change/">{}</a> {} {}',
            article.pk,
            article.title or f"article {article.pk}",
            article.outlet,
            article.published_on or "",
        )

    @admin.action(description="Accept selected announcements", permissions=["change"])
    def accept_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        done = 0
        for announcement in queryset.filter(state=Announcement.State.PENDING):
            announcement_accept(announcement=announcement, user=request.user)
            done += 1
        self.message_user(request, f"Accepted {done} announcement(s).", messages.SUCCESS)

    @admin.action(description="Reject selected announcements", permissions=["change"])
    def reject_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        done = 0
        for announcement in queryset.filter(state=Announcement.State.PENDING):
            announcement_reject(announcement=announcement, user=request.user)
            done += 1
        self.message_user(request, f"Rejected {done} announcement(s).", messages.SUCCESS)

    def response_change(self, request: HttpRequest, obj: Announcement):
        for button, service, verb in [
            ("_accept", announcement_accept, "Accepted"),
            ("_reject", announcement_reject, "Rejected"),
        ]:
            if button in request.POST:
                try:
                    service(announcement=obj, user=request.user, note=obj.review_note)
                except ValidationError as error:
                    self.message_user(request, "; ".join(error.messages), messages.ERROR)
                    return HttpResponseRedirect(request.path)
                self.message_user(request, f"{verb}: {obj}", messages.SUCCESS)
                return HttpResponseRedirect("../")
        return super().response_change(request, obj)


class AnnouncementInline(admin.TabularInline):
    model = Announcement
    extra = 0
    fields = ["quote", "country", "kind", "agreement", "date", "precision", "confidence", "state"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class ArticleSubmissionForm(forms.Form):
    """What an editor hands in to be read: a URL, or a pasted text or HTML page."""

    url = forms.URLField(
        label="URL",
        required=False,
        max_length=2000,
        assume_scheme="https",
        help_text="The page to fetch and read; or the address of the pasted text below.",
    )
    text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 12, "dir": "auto"}),
        help_text="The article's text or HTML, when it should not be fetched.",
    )
    title = forms.CharField(required=False, max_length=500)
    language = forms.CharField(
        required=False, max_length=8, help_text="e.g. ar, en; leave empty to detect."
    )
    published_on = forms.DateField(
        required=False, help_text="YYYY-MM-DD; leave empty to read it from the page."
    )

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("url") and not (data.get("text") or "").strip():
            raise forms.ValidationError("Give a URL, a text, or both.")
        return data


@admin.register(SourceArticle)
class SourceArticleAdmin(admin.ModelAdmin):
    list_display = ["title_cell", "outlet", "language", "published_on", "status", "retrieved_at"]
    list_filter = ["status", "language"]
    search_fields = ["title", "url", "outlet", "text"]
    readonly_fields = [
        "url",
        "content_hash",
        "retrieved_at",
        "status",
        "status_message",
        "attempts",
        "duplicate_of",
        "date_order",
        "published_raw",
    ]
    exclude = ["raw"]
    inlines = [AnnouncementInline]

    def add_view(self, request: HttpRequest, form_url: str = "", extra_context=None):
        """Adding an article is submitting it: stored, then read by a worker (ingest.services).

        The database is the record, so a submission made while the task queue is away is
        stored all the same and read once the sweep finds it.
        """
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ArticleSubmissionForm(request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                article, created = article_submit(
                    text=data["text"],
                    url=data["url"],
                    published=data["published_on"],
                    lang=data["language"],
                    title=data["title"],
                )
            except SubmissionError as error:
                form.add_error(error.field, str(error))
            else:
                if created:
                    self.log_addition(request, article, [{"added": {}}])
                    self.message_user(request, f"Submitted: {article}. It will be read shortly.")
                else:
                    self.message_user(request, f"Already known: {article}.", messages.WARNING)
                return HttpResponseRedirect(
                    reverse("admin:agreements_sourcearticle_change", args=[article.pk])
                )
        context = {
            **self.admin_site.each_context(request),
            "title": "Submit an article",
            "subtitle": None,
            "opts": self.opts,
            "form": form,
            "has_view_permission": self.has_view_permission(request),
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/agreements/sourcearticle/submit.html", context)

    @admin.display(description="title", ordering="title")
    def title_cell(self, obj: SourceArticle):
        return format_html('<span dir="auto">{}</span>', obj.title or obj.url or obj.pk)


@admin.register(Dataset)
class DatasetAdmin(SimpleHistoryAdmin):
    list_display = ["name", "version", "licence", "imported_at", "source_path"]
    readonly_fields = ["slug", "source_path", "imported_at", "created_at", "updated_at"]
    actions = ["import_again"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # datasets are made by `manage.py import_dataset`

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False  # evidence cites them

    def has_import_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("agreements.import_dataset")

    @admin.action(
        description="Import the selected datasets again (in the background)",
        permissions=["import"],
    )
    def import_again(self, request: HttpRequest, queryset: QuerySet) -> None:
        from agreements.tasks import import_dataset_task

        started = [d for d in queryset if d.source_path]
        try:
            for dataset in started:
                import_dataset_task.delay(dataset.slug, dataset.source_path)
        except BrokerUnreachable:
            self.message_user(request, BROKER_DOWN, messages.ERROR)
            return
        names = ", ".join(d.name for d in started) or "nothing (no stored path)"
        self.message_user(request, f"Import started: {names}.", messages.SUCCESS)


class DisagreementStateFilter(QueueStateFilter):
    title = "state"
    states = Disagreement.State
    default = Disagreement.State.OPEN


@admin.register(Disagreement)
class DisagreementAdmin(SimpleHistoryAdmin):
    """The disagreements queue: two sources date one step differently; an editor decides."""

    list_display = [
        "event_link",
        "field",
        "recorded",
        "claimed",
        "other_source",
        "state",
        "resolution",
        "created_at",
    ]
    list_filter = [DisagreementStateFilter, "field", "dataset", "event__agreement__kind"]
    search_fields = ["event__country__name_en", "event__agreement__name_en", "summary"]
    list_select_related = [
        "event__country",
        "event__agreement",
        "dataset",
        "announcement__article",
    ]
    readonly_fields = [
        "event",
        "other_event",
        "field",
        "summary",
        "claimed_date",
        "claimed_precision",
        "dataset",
        "dataset_row",
        "dataset_value",
        "announcement",
        "state",
        "resolution",
        "settled_by",
        "settled_at",
        "created_at",
    ]
    actions = ["keep_event", "keep_other", "both_stand"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # raised by imports and by accepting claims

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False  # settling keeps the row

    @admin.display(description="event")
    def event_link(self, obj: Disagreement):
        return format_html(
            '<a href="../participationevent/{}/change/">{}</a>', obj.event_id, obj.event
        )

    @admin.display(description="on record")
    def recorded(self, obj: Disagreement) -> str:
        return obj.event.date_display

    @admin.display(description="other source says")
    def claimed(self, obj: Disagreement) -> str:
        if obj.field == Disagreement.Field.WITHDRAWAL:
            return "no withdrawal"
        return obj.claimed_date_display

    @admin.display(description="other source")
    def other_source(self, obj: Disagreement) -> str:
        if obj.dataset_id:
            return f"{obj.dataset}, {obj.dataset_row}"
        return str(obj.announcement.article)

    def _settle(self, request: HttpRequest, queryset: QuerySet, resolution: str) -> None:
        done, failed = 0, []
        for disagreement in queryset.filter(state=Disagreement.State.OPEN):
            try:
                disagreement_settle(
                    disagreement=disagreement, resolution=resolution, user=request.user
                )
                done += 1
            except ValidationError as error:
                failed.append(f"{disagreement}: {'; '.join(error.messages)}")
        self.message_user(request, f"Settled {done} disagreement(s).", messages.SUCCESS)
        for message in failed:
            self.message_user(request, message, messages.ERROR)

    @admin.action(description="Settle: keep the date on record", permissions=["change"])
    def keep_event(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._settle(request, queryset, Disagreement.Resolution.KEEP_EVENT)

    @admin.action(description="Settle: keep the other source's date", permissions=["change"])
    def keep_other(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._settle(request, queryset, Disagreement.Resolution.KEEP_OTHER)

    @admin.action(description="Settle: both stand (two distinct steps)", permissions=["change"])
    def both_stand(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._settle(request, queryset, Disagreement.Resolution.BOTH_STAND)
