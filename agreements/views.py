"""Reader pages. Views wire selectors to templates; every page runs a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from agreements import timeline_cache
from agreements.api.search import article_search
from agreements.charts import parties_chart_svg
from agreements.counts import knowledge_counts_current
from agreements.display import date_text, interface_language
from agreements.highlight import found_claim_ids, highlighted_paragraphs
from agreements.maps import world_map_svg
from agreements.models import Agreement, Country, SourceArticle
from agreements.selectors import (
    PartyAnswer,
    TimelineEntry,
    TimelineScope,
    TimelineWindow,
    agreement_index,
    agreement_timeline,
    article_claims,
    country_facts,
    country_index,
    recent_entries,
    review_queue,
    site_search,
)
from agreements.standing import (
    MapStatus,
    agreement_participants,
    country_memberships,
    parties_from_entries,
    party_counts,
)
from agreements.vocab import AgreementKind, EventKind
from ingest.normalize import normalize

STANCES = "stances"  # the event-kind filter value that shows stances only


@dataclass
class Column:
    """A sortable table header: its label, the link that sorts by it, and aria-sort."""

    label: str
    url: str
    aria_sort: str


def _sorting(
    request: HttpRequest, columns: dict[str, str], default: str
) -> tuple[str, bool, list[Column]]:
    """The chosen sort key and direction (`?sort=key` or `?sort=-key`), and the header links."""
    wanted = request.GET.get("sort", default)
    key, descending = wanted.lstrip("-"), wanted.startswith("-")
    if key not in columns:
        key, descending = default, False
    headers = []
    for column, label in columns.items():
        active = column == key
        flip = f"-{column}" if active and not descending else column
        params = {**request.GET.dict(), "sort": flip}
        aria = ("descending" if descending else "ascending") if active else "none"
        headers.append(Column(label, f"?{urlencode(params)}", aria))
    return key, descending, headers


def _sorted(rows: list, key, *, descending: bool) -> list:
    """Rows sorted by `key`, with rows that have no value last in either direction."""
    present = [row for row in rows if key(row) is not None]
    missing = [row for row in rows if key(row) is None]
    return sorted(present, key=key, reverse=descending) + missing


def _by_year(entries: list[TimelineEntry]) -> list[tuple[int, list[TimelineEntry]]]:
    """Newest year first, and newest first within a year."""
    newest_first = sorted(entries, key=lambda e: (e.item.date, e.item.pk), reverse=True)
    return [(year, list(group)) for year, group in groupby(newest_first, lambda e: e.date.year)]


def _names(countries) -> dict[str, str]:
    lang = interface_language()
    return {c.iso2: c.name(lang) for c in countries}


def home(request: HttpRequest) -> HttpResponse:
    queue_size = None
    if request.user.has_perm("agreements.change_announcement"):
        queue_size = review_queue().count()
    return render(
        request,
        "agreements/home.html",
        {
            "entries": recent_entries(limit=12),
            "counts": knowledge_counts_current(),
            "queue_size": queue_size,
        },
    )


def country_list(request: HttpRequest) -> HttpResponse:
    lang = interface_language()
    key, descending, columns = _sorting(
        request, {"name": _("State"), "iso": _("Code"), "events": _("Recorded events")}, "name"
    )
    sort_keys = {
        "name": lambda c: c.name(lang).casefold(),
        "iso": lambda c: c.iso2,
        "events": lambda c: (c.event_count, c.name(lang).casefold()),
    }
    countries = _sorted(country_index(), sort_keys[key], descending=descending)
    return render(
        request, "agreements/country_list.html", {"countries": countries, "columns": columns}
    )


def country_detail(request: HttpRequest, iso2: str) -> HttpResponse:
    country = get_object_or_404(Country, iso2=iso2.upper())
    if iso2 != country.iso2:
        return redirect("agreements:country", iso2=country.iso2, permanent=True)
    today = timezone.localdate()
    agreement_kind = request.GET.get("agreement_kind", "")
    kind = request.GET.get("kind", "")
    lang = interface_language()
    # The timeline, memberships and map are rendered once and cached until anything they show
    # changes (agreements/timeline_cache.py); the rest of the page (the visitor's session,
    # CSRF token and menu) is rendered for each request.
    page = request.GET.get("page", "1")
    page = int(page) if page.isascii() and page.isdigit() and 0 < int(page) < 10**6 else 1
    key = timeline_cache.cache_key(
        "page", country.pk, lang, today.isoformat(), agreement_kind, kind, str(page)
    )
    layout = cache.get(key)
    if layout is None:
        layout = _country_layout(
            request,
            country,
            today=today,
            agreement_kind=agreement_kind,
            kind=kind,
            lang=lang,
            page=page,
        )
        cache.set(key, layout, timeline_cache.TIMEOUT)
    return render(
        request,
        "agreements/country_detail.html",
        {"country": country, "layout": mark_safe(layout)},
    )


# Entries on one page of a country's timeline: a long timeline is read and sent a page at a
# time (TimelineWindow), never whole.
COUNTRY_PAGE_SIZE = 100


def _country_layout(
    request: HttpRequest,
    country: Country,
    *,
    today: date,
    agreement_kind: str,
    kind: str,
    lang,
    page: int,
) -> str:
    facts = country_facts(country=country)  # for where it stands: no sources
    scope = TimelineScope(
        country=country,
        agreement_kind=agreement_kind if agreement_kind in AgreementKind.values else "",
        only="stance" if kind == STANCES else ("event" if kind else None),
        kinds=frozenset([kind]) if kind and kind != STANCES else frozenset(),
        descending=True,
    )
    start = (page - 1) * COUNTRY_PAGE_SIZE
    window = TimelineWindow(scope, window=(start, start + COUNTRY_PAGE_SIZE), known=facts)
    paginator = Paginator(window, COUNTRY_PAGE_SIZE)
    shown = paginator.get_page(page)
    pager = None
    if paginator.num_pages > 1:
        filters = {k: v for k, v in (("agreement_kind", agreement_kind), ("kind", kind)) if v}

        def link(number: int) -> str:
            return "?" + urlencode({**filters, "page": number})

        pager = {
            "page": shown,
            "newer": link(shown.previous_page_number()) if shown.has_previous() else None,
            "older": link(shown.next_page_number()) if shown.has_next() else None,
        }
    return render_to_string(
        "agreements/_country_layout.html",
        {
            "country": country,
            "years": _by_year(list(shown)),
            "pager": pager,
            "memberships": country_memberships(entries=facts, on=today),
            "today": today,
            "filters": {"agreement_kind": agreement_kind, "kind": kind},
            "agreement_kinds": AgreementKind.choices,
            "event_kinds": [*EventKind.choices, (STANCES, _("Stances only"))],
            "map": world_map_svg(
                statuses={country.iso2: "self"},
                names={country.iso2: country.name(lang)},
                label=_("Where %(country)s is on the world map") % {"country": country.name(lang)},
                css_class="world-map small",
            ),
        },
        request=request,
    )


def agreement_list(request: HttpRequest) -> HttpResponse:
    lang = interface_language()
    agreements = sorted(agreement_index(), key=lambda a: a.name(lang).casefold())
    kinds = dict(AgreementKind.choices)
    groups = [
        (kinds[kind], [a for a in agreements if a.kind == kind])
        for kind in AgreementKind.values
        if any(a.kind == kind for a in agreements)
    ]
    return render(request, "agreements/agreement_list.html", {"groups": groups})


def _parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def agreement_detail(request: HttpRequest, slug: str) -> HttpResponse:
    agreement = get_object_or_404(Agreement, slug=slug)
    lang = interface_language()
    today = timezone.localdate()
    entries = agreement_timeline(agreement=agreement)
    participants = agreement_participants(agreement=agreement, entries=entries, on=today)
    status_order = list(MapStatus)
    key, descending, columns = _sorting(
        request,
        {
            "state": _("State"),
            "signed": _("Signed"),
            "consent": _("Consent to be bound"),
            "in_force": _("In force"),
            "withdrawn": _("Withdrew"),
            "status": _("Status today"),
        },
        "state",
    )
    sort_keys = {
        "state": lambda p: p.country.name(lang).casefold(),
        "signed": lambda p: p.signed and p.signed.date,
        "consent": lambda p: p.consent and p.consent.date,
        "in_force": lambda p: p.in_force and p.in_force.date,
        "withdrawn": lambda p: p.withdrawn and p.withdrawn.date,
        "status": lambda p: p.status and status_order.index(p.status),
    }
    participants = _sorted(participants, sort_keys[key], descending=descending)

    asked = request.GET.get("on", "")
    on = _parse_day(asked) if asked else None
    parties = None
    if on is not None:
        answers = parties_from_entries(agreement=agreement, entries=entries, on=on)
        answers.sort(key=lambda pair: pair[0].name(lang).casefold())
        parties = {
            "on": on,
            "on_text": date_text(on, long=True),
            "certain": [c for c, answer in answers if answer == PartyAnswer.CERTAINLY],
            "possible": [c for c, answer in answers if answer == PartyAnswer.POSSIBLY],
        }
    series = party_counts(agreement=agreement, entries=entries, until=today)
    names = _names(p.country for p in participants)
    statuses = {p.country.iso2: p.status.value for p in participants if p.status}
    present = {p.status for p in participants if p.status}
    return render(
        request,
        "agreements/agreement_detail.html",
        {
            "agreement": agreement,
            "participants": participants,
            "columns": columns,
            "asked": asked,
            "asked_invalid": bool(asked) and on is None,
            "parties": parties,
            "series": series,
            "chart": parties_chart_svg(
                series,
                until=today,
                label=_("Number of parties to %(agreement)s over time")
                % {"agreement": agreement.name(lang)},
            ),
            "current_count": series[-1].certain if series else 0,
            "map": world_map_svg(
                statuses=statuses,
                names={
                    iso2: f"{names[iso2]}: {MapStatus(status).label}"
                    for iso2, status in statuses.items()
                },
                label=_("World map of where states stand on %(agreement)s")
                % {"agreement": agreement.name(lang)},
            ),
            "legend": [status for status in MapStatus if status in present],
            "years": _by_year(entries),
            "today": today,
        },
    )


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(SourceArticle.objects.defer("raw"), pk=pk)
    claims = article_claims(article=article)
    for number, claim in enumerate(claims, start=1):
        claim.number = number  # the mark in the text and the list below share it
    found = found_claim_ids(article.text, claims)
    return render(
        request,
        "agreements/article_detail.html",
        {
            "article": article,
            "claims": claims,
            "paragraphs": highlighted_paragraphs(article.text, claims),
            "not_found": [claim for claim in claims if claim.pk not in found],
        },
    )


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    results = (
        site_search(query=query, fold=normalize, find_articles=article_search) if query else None
    )
    return render(request, "agreements/search.html", {"query": query, "results": results})
