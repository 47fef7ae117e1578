"""Reads shared by the pages, the API and the workers. Each runs a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

from django.db import connection
from django.db.models import (
    Count,
    Exists,
    F,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Value,
)
from django.utils.dateparse import parse_datetime
from django.utils.timezone import is_aware, make_aware

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
from agreements.vocab import (
    CONSENT_KINDS,
    EXIT_KINDS,
    SIGNATURE_IS_CONSENT,
    UNRESOLVED_KINDS,
    AgreementKind,
    EventKind,
    Precision,
)


class PartyAnswer(StrEnum):
    CERTAINLY = "certainly"
    POSSIBLY = "possibly"
    NOT = "not"


@dataclass
class PartyStatus:
    country: Country
    answer: PartyAnswer
    events: list[ParticipationEvent] = field(default_factory=list)  # the events that decide it


def evidence_prefetch() -> Prefetch:
    """The sources of facts, with the article or dataset each names (one query for all)."""
    return Prefetch(
        "evidence", queryset=Evidence.objects.select_related("article", "dataset").order_by("id")
    )


# Sources shown with each event that decides an answer: a popular event can have thousands.
DECIDING_SOURCES_SHOWN = 3


def first_sources_prefetch(limit: int = DECIDING_SOURCES_SHOWN) -> Prefetch:
    """The first `limit` sources of each event, as `event.first_sources` (one query)."""
    return Prefetch(
        "evidence",
        queryset=Evidence.objects.select_related("article", "dataset").order_by("id")[:limit],
        to_attr="first_sources",
    )


def _deciding(events: QuerySet) -> QuerySet:
    """Events read to decide answers: the first sources of each and how many it has."""
    return events.annotate(
        sources_count=Count("evidence"), sources_changed=Max("evidence__updated_at")
    ).prefetch_related(first_sources_prefetch())


def disagreements_prefetch() -> Prefetch:
    """Open disagreements on events, as `event.open_disagreements` (one query for all)."""
    return Prefetch(
        "disagreements",
        queryset=Disagreement.objects.filter(state=Disagreement.State.OPEN)
        .select_related("dataset", "announcement__article")
        .order_by("created_at", "id"),
        to_attr="open_disagreements",
    )


def _consent_kinds(agreement: Agreement) -> frozenset[str]:
    if agreement.kind in SIGNATURE_IS_CONSENT:
        return CONSENT_KINDS | {EventKind.SIGNED}
    return CONSENT_KINDS


def party_answer(
    events: list[ParticipationEvent], *, on: date, consent_kinds: frozenset[str]
) -> tuple[PartyAnswer, list[ParticipationEvent]]:
    """Whether the state whose `events` these are was a party on `on`, and which events decide it.

    An event dated to a month or a year may have happened on any day of it: asked about a day
    inside that period, the answer is "possibly". The state of affairs after the last event
    that surely happened by `on` is the base; any event that may or may not have happened by
    then and would change that base makes the answer "possibly". An announced joining that no
    consent has followed leaves the answer open too.
    """
    relevant = [
        e
        for e in events
        if e.kind in consent_kinds or e.kind in EXIT_KINDS or e.kind in UNRESOLVED_KINDS
    ]
    relevant.sort(key=lambda e: (e.latest, e.date, e.pk or 0))
    base = False
    base_event: ParticipationEvent | None = None
    uncertain: list[ParticipationEvent] = []
    for event in relevant:
        if event.date > on:
            continue  # cannot have happened yet
        if event.kind in UNRESOLVED_KINDS:
            uncertain.append(event)
            continue
        if event.latest <= on:
            base = event.kind not in EXIT_KINDS
            base_event = event
            uncertain = [u for u in uncertain if u.latest > event.latest]
        else:
            uncertain.append(event)
    changes = [
        u
        for u in uncertain
        if (u.kind in UNRESOLVED_KINDS and not base)
        or (u.kind in EXIT_KINDS and base)
        or (u.kind in consent_kinds and not base)
    ]
    deciding = ([base_event] if base_event else []) + changes
    if changes:
        return PartyAnswer.POSSIBLY, deciding
    return (PartyAnswer.CERTAINLY if base else PartyAnswer.NOT), deciding


def parties_on(*, agreement: Agreement, on: date) -> list[PartyStatus]:
    """Every state with a recorded event in `agreement`, answered certainly / possibly / not.

    States with no event at all are not listed: for them the answer is "not". Two queries:
    the events with their count of sources, and the first few sources of each.
    """
    events = list(
        _deciding(
            ParticipationEvent.objects.current()
            .filter(agreement=agreement)
            .select_related("country")
        )
    )
    by_country: dict[int, list[ParticipationEvent]] = defaultdict(list)
    for event in events:
        by_country[event.country_id].append(event)
    consent_kinds = _consent_kinds(agreement)
    statuses = []
    for country_events in by_country.values():
        answer, deciding = party_answer(country_events, on=on, consent_kinds=consent_kinds)
        statuses.append(PartyStatus(country_events[0].country, answer, deciding))
    statuses.sort(key=lambda s: (list(PartyAnswer).index(s.answer), s.country.name_en))
    return statuses


@dataclass
class TimelineEntry:
    """One line of a timeline: an event or a stance, with its sources."""

    item: ParticipationEvent | Stance
    is_stance: bool

    @property
    def date(self) -> date:
        return self.item.date


def country_timeline(
    *, country: Country, agreement: Agreement | None = None
) -> list[TimelineEntry]:
    """A country's events and stances across all agreements, oldest first, with their sources.

    Five queries whatever the size of the timeline: events, their evidence and open
    disagreements, stances, their evidence. For a page of a long timeline, TimelineWindow.
    """
    events = ParticipationEvent.objects.current().filter(country=country)
    stances = Stance.objects.filter(country=country)
    if agreement is not None:
        events = events.filter(agreement=agreement)
        stances = stances.filter(agreement=agreement)
    entries = [
        TimelineEntry(e, False)
        for e in events.select_related("agreement").prefetch_related(
            evidence_prefetch(), disagreements_prefetch()
        )
    ] + [
        TimelineEntry(s, True)
        for s in stances.select_related("agreement").prefetch_related(evidence_prefetch())
    ]
    entries.sort(key=lambda entry: (entry.item.date, entry.is_stance, entry.item.pk))
    return entries


@dataclass(frozen=True)
class TimelineScope:
    """Which entries of a timeline are wanted, and in which order."""

    country: Country | None = None
    agreement: Agreement | None = None
    agreement_kind: str = ""
    kinds: frozenset[str] = frozenset()
    only: str | None = None  # "event" or "stance"
    date_from: date | None = None  # entries whose period reaches this day
    date_to: date | None = None  # entries whose period begins by this day
    descending: bool = False

    def _rows(self, queryset: QuerySet, flag: int) -> QuerySet:
        if self.country is not None:
            queryset = queryset.filter(country=self.country)
        if self.agreement is not None:
            queryset = queryset.filter(agreement=self.agreement)
        if self.agreement_kind:
            queryset = queryset.filter(agreement__kind=self.agreement_kind)
        if self.kinds:
            queryset = queryset.filter(kind__in=sorted(self.kinds))
        if self.date_from is not None:
            start = self.date_from
            # Dates are stored on the first day of their period: a month or a year reaches
            # `start` if it begins by the first day of start's month or year.
            queryset = queryset.filter(
                Q(date__gte=start)
                | Q(precision=Precision.MONTH, date__gte=start.replace(day=1))
                | Q(precision=Precision.YEAR, date__gte=start.replace(month=1, day=1))
            )
        if self.date_to is not None:
            queryset = queryset.filter(date__lte=self.date_to)
        # Named columns, the same in both parts of the union.
        return queryset.order_by().values(
            key=F("pk"),
            day=F("date"),
            is_stance=Value(flag, output_field=IntegerField()),
            changed=F("updated_at"),
        )

    def parts(self) -> list[QuerySet]:
        parts = []
        if self.only != "stance":
            parts.append(self._rows(ParticipationEvent.objects.current(), 0))
        if self.only != "event":
            parts.append(self._rows(Stance.objects.all(), 1))
        return parts


class TimelineWindow:
    """A timeline read one page at a time, for Django's Paginator (`count()` and slices).

    A page costs one query for its keys and the total together (a window count over the
    union of events and stances, in the index order of (date, type, id)), then one query
    each for its events, its stances, their sources, and the open disagreements of its
    events if any: never the whole timeline. `window` names the slice the caller will ask
    for, so that `count()` can read it in the same query.
    """

    def __init__(
        self,
        scope: TimelineScope,
        *,
        window: tuple[int, int] | None = None,
        known: list[TimelineEntry] = (),
    ):
        self.scope = scope
        self.window = window
        # Entries already read (without sources) by the caller: not read again.
        self.known = {(e.item.pk, e.is_stance): e.item for e in known}
        self._total: int | None = None
        self._updated_at: datetime | None = None
        self._loaded: dict[tuple[int, int], list[TimelineEntry]] = {}

    def count(self) -> int:
        if self._total is None:
            if self.window is not None:
                self._read(*self.window)
            if self._total is None:  # no window, or a window past the end
                self._total = sum(part.count() for part in self.scope.parts())
        return self._total

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, item: slice) -> list[TimelineEntry]:
        if not isinstance(item, slice):
            raise TypeError("a timeline window is read by slices")
        start, stop = item.start or 0, item.stop if item.stop is not None else self.count()
        for (first, last), entries in self._loaded.items():
            if first <= start and stop <= last:  # the last page is asked for up to the total
                return entries[start - first : stop - first]
        self._read(start, stop)
        return self._loaded[(start, stop)]

    @property
    def updated_at(self) -> datetime | None:
        """The latest change to any entry in scope (not only this page's), for Last-Modified."""
        return self._updated_at

    def _read(self, start: int, stop: int) -> None:
        parts = self.scope.parts()
        if not parts or stop <= start:
            self._loaded[(start, stop)] = []
            return
        sql, params = [], []
        for part in parts:
            part_sql, part_params = part.query.sql_with_params()
            sql.append(part_sql)
            params.extend(part_params)
        direction = "DESC" if self.scope.descending else "ASC"
        query = (
            "SELECT key, is_stance, COUNT(*) OVER (), MAX(changed) OVER () FROM ("
            + " UNION ALL ".join(sql)
            + f") AS timeline ORDER BY day {direction}, is_stance {direction}, key {direction}"
            " LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(query, [*params, stop - start, start])
            keys = cursor.fetchall()
        if keys:
            self._total, self._updated_at = keys[0][2], _as_datetime(keys[0][3])
        self._loaded[(start, stop)] = _timeline_entries(
            [(pk, bool(s)) for pk, s, *_ in keys], known=self.known
        )


def _as_datetime(value) -> datetime | None:
    """A timestamp read by raw SQL: a datetime on PostgreSQL, text in UTC on SQLite."""
    if value is None or isinstance(value, datetime):
        return value
    parsed = parse_datetime(str(value))
    return parsed if parsed is None or is_aware(parsed) else make_aware(parsed, UTC)


def _open_disagreements_of_event() -> QuerySet:
    return Disagreement.objects.filter(event=OuterRef("pk"), state=Disagreement.State.OPEN)


def _timeline_entries(
    keys: list[tuple[int, bool]], *, known: dict | None = None
) -> list[TimelineEntry]:
    """The entries named by (id, is_stance) keys, in that order, with sources and flags."""
    known = known or {}
    event_ids = [pk for pk, is_stance in keys if not is_stance]
    stance_ids = [pk for pk, is_stance in keys if is_stance]
    events = {pk: known[(pk, False)] for pk in event_ids if (pk, False) in known}
    stances = {pk: known[(pk, True)] for pk in stance_ids if (pk, True) in known}
    if any(not hasattr(event, "disputed") for event in events.values()):
        # Read without their flags: one query says which of them are disputed.
        disputed_ids = set(
            Disagreement.objects.filter(
                event_id__in=list(events), state=Disagreement.State.OPEN
            ).values_list("event_id", flat=True)
        )
        for pk, event in events.items():
            event.disputed = pk in disputed_ids
    if len(events) < len(event_ids):
        events = (
            ParticipationEvent.objects.select_related("agreement", "country")
            .annotate(disputed=Exists(_open_disagreements_of_event()))
            .in_bulk(event_ids)
        )
    if len(stances) < len(stance_ids):
        stances = Stance.objects.select_related("agreement", "country").in_bulk(stance_ids)
    sources = defaultdict(list)
    if events or stances:
        for evidence in (
            Evidence.objects.filter(Q(event_id__in=event_ids) | Q(stance_id__in=stance_ids))
            .select_related("article", "dataset")
            .order_by("id")
        ):
            key = (evidence.stance_id, True) if evidence.stance_id else (evidence.event_id, False)
            sources[key].append(evidence)
    disputed = [e for e in events.values() if e.disputed]
    open_by_event = defaultdict(list)
    if disputed:
        for disagreement in disagreements_prefetch().queryset.filter(event__in=disputed):
            open_by_event[disagreement.event_id].append(disagreement)
    entries = []
    for pk, is_stance in keys:
        item = stances.get(pk) if is_stance else events.get(pk)
        if item is None:
            continue  # deleted between the two reads
        _prefetched(item, "evidence", sources[(pk, is_stance)])
        if not is_stance:
            item.open_disagreements = open_by_event[pk]
        entries.append(TimelineEntry(item, is_stance))
    return entries


def _prefetched(instance, name: str, rows: list) -> None:
    """Give `instance.<name>.all()` the rows already read, as prefetch_related would."""
    queryset = getattr(instance, name).all()
    queryset._result_cache = rows
    queryset._prefetch_done = True
    instance.__dict__.setdefault("_prefetched_objects_cache", {})[name] = queryset


def country_facts(*, country: Country) -> list[TimelineEntry]:
    """Every current event and stance of a country with its agreement, but not its sources:
    what a country's standing in each agreement is worked out from. Two queries."""
    events = (
        ParticipationEvent.objects.current()
        .filter(country=country)
        .annotate(disputed=Exists(_open_disagreements_of_event()))
    )
    stances = Stance.objects.filter(country=country)
    entries = [
        *(TimelineEntry(e, False) for e in events.select_related("agreement", "country")),
        *(TimelineEntry(s, True) for s in stances.select_related("agreement", "country")),
    ]
    entries.sort(key=lambda entry: (entry.item.date, entry.is_stance, entry.item.pk))
    return entries


def agreement_timeline(*, agreement: Agreement) -> list[TimelineEntry]:
    """An agreement's events and stances across all states, oldest first, with their sources."""
    events = (
        ParticipationEvent.objects.current()
        .filter(agreement=agreement)
        .select_related("country")
        .prefetch_related(evidence_prefetch(), disagreements_prefetch())
    )
    stances = (
        Stance.objects.filter(agreement=agreement)
        .select_related("country")
        .prefetch_related(evidence_prefetch())
    )
    entries = [TimelineEntry(e, False) for e in events] + [TimelineEntry(s, True) for s in stances]
    entries.sort(key=lambda entry: (entry.item.date, entry.is_stance, entry.item.pk))
    return entries


def review_queue() -> QuerySet[Announcement]:
    """Pending announcements, newest first, with what the admin and API show of each."""
    return (
        Announcement.objects.filter(state=Announcement.State.PENDING)
        .select_related("article", "agreement", "country")
        .order_by("-created_at", "-id")
    )


def gazetteer_names() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Every name and alias of every country and agreement, for matching news text.

    Returns (countries by ISO alpha-2, agreements by slug). Four queries.
    """
    countries: dict[str, list[str]] = {}
    for iso2, names in Country.objects.values_list("iso2", "names"):
        countries[iso2] = list(dict.fromkeys(names.values()))
    for iso2, text in Country.objects.values_list("iso2", "aliases__text").exclude(
        aliases__text=None
    ):
        countries[iso2].append(text)
    agreements: dict[str, list[str]] = {}
    for slug, names in Agreement.objects.values_list("slug", "names"):
        agreements[slug] = list(dict.fromkeys(names.values()))
    for slug, text in Agreement.objects.values_list("slug", "aliases__text").exclude(
        aliases__text=None
    ):
        agreements[slug].append(text)
    return countries, agreements


def gazetteer_agreement_kinds() -> dict[str, str]:
    """The kind of every agreement (treaty, organisation, accord...) by slug. One query."""
    return dict(Agreement.objects.values_list("slug", "kind"))


def gazetteer_counterparts() -> dict[str, str]:
    """The state each initiative belongs to (its counterpart in every memorandum), by slug, as an
    ISO code. One query."""
    return dict(
        Agreement.objects.filter(counterpart__isnull=False).values_list("slug", "counterpart__iso2")
    )


def gazetteer_agreement_since() -> dict[str, date]:
    """The earliest day each agreement is known to have existed in some form, by slug: its
    adoption, or its first recorded event if that is earlier (the Collective Security Treaty of
    1992 under the CSTO's charter of 2002). A state's step dated before it is another
    agreement's. Agreements with neither are left out. One query."""
    since: dict[str, date] = {}
    rows = Agreement.objects.annotate(first_event=Min("events__date")).values_list(
        "slug", "adopted", "first_event"
    )
    for slug, adopted, first_event in rows:
        known = [d for d in (adopted, first_event) if d is not None]
        if known:
            since[slug] = min(known)
    return since


_FOUNDERS = 2  # joinings on the day of adoption or entry into force that make it a founding


def gazetteer_founding_days() -> dict[str, date]:
    """The day each organisation was founded, by slug, where the database records its founders
    joining on the day it was adopted (NATO's twelve on 4 April 1949, the CSTO's six on 7
    October 2002) or on the day its founding treaty entered into force (the WTO's on 1 January
    1995, Mercosur's four on 29 November 1991, not on the day they signed); the earlier of the
    two where both have founders. One query."""
    rows = (
        ParticipationEvent.objects.current()
        .filter(
            agreement__kind=AgreementKind.ORGANISATION,
            kind=EventKind.JOINED,
            precision=Precision.DAY,
        )
        .filter(Q(date=F("agreement__adopted")) | Q(date=F("agreement__entry_into_force")))
        .order_by()
        .values_list("agreement__slug", "date")
        .annotate(n=Count("pk"))
    )
    founded: dict[str, date] = {}
    for slug, day, n in rows:
        if n >= _FOUNDERS and (slug not in founded or day < founded[slug]):
            founded[slug] = day
    return founded


# Agreements whose consent to be bound is an instrument of their own (ratification, accession...).
_INSTRUMENT_AGREEMENTS = frozenset(
    {AgreementKind.TREATY, AgreementKind.CONVENTION, AgreementKind.PROTOCOL}
)
# Consents by instrument, other than a joining or an entry into force.
_INSTRUMENT_CONSENTS = CONSENT_KINDS - {EventKind.JOINED, EventKind.ENTERED_INTO_FORCE}


def gazetteer_join_modes() -> tuple[frozenset[str], frozenset[str]]:
    """How the database records states joining two sorts of agreement, read from the current
    events it holds: the accords and initiatives joined by signing them (every event of theirs
    a signature: the Artemis Accords), and the treaties joined when they start to apply to a
    state (more joinings than ratifications, accessions or approvals: the Schengen area).
    One grouped query."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    agreement_kinds: dict[str, str] = {}
    rows = (
        ParticipationEvent.objects.current()
        .order_by()
        .values_list("agreement__slug", "agreement__kind", "kind")
        .annotate(n=Count("pk"))
    )
    for slug, agreement_kind, kind, n in rows:
        counts[slug][kind] = n
        agreement_kinds[slug] = agreement_kind
    by_signing = frozenset(
        slug
        for slug, found in counts.items()
        if agreement_kinds[slug] in SIGNATURE_IS_CONSENT and set(found) == {EventKind.SIGNED}
    )
    on_entry = frozenset(
        slug
        for slug, found in counts.items()
        if agreement_kinds[slug] in _INSTRUMENT_AGREEMENTS
        and found.get(EventKind.JOINED, 0) > sum(found.get(k, 0) for k in _INSTRUMENT_CONSENTS)
    )
    return by_signing, on_entry


# Reads for the reader pages: home, indexes, feeds, article and search.


def recent_entries(*, limit: int = 10) -> list[TimelineEntry]:
    """The most recent facts (events and stances), latest date first, with their sources.

    Four queries: events, their evidence, stances, theirs.
    """
    events = (
        ParticipationEvent.objects.current()
        .select_related("agreement", "country")
        .prefetch_related(evidence_prefetch())
        .order_by("-date", "-created_at", "-id")[:limit]
    )
    stances = (
        Stance.objects.select_related("agreement", "country")
        .prefetch_related(evidence_prefetch())
        .order_by("-date", "-created_at", "-id")[:limit]
    )
    entries = [TimelineEntry(e, False) for e in events] + [TimelineEntry(s, True) for s in stances]
    entries.sort(key=lambda entry: (entry.item.date, entry.item.created_at), reverse=True)
    return entries[:limit]


def recent_events(
    *, country: Country | None = None, agreement: Agreement | None = None, limit: int = 50
) -> list[ParticipationEvent]:
    """Events newest recorded first, for feeds. Two queries: events, their evidence."""
    events = ParticipationEvent.objects.current()
    if country is not None:
        events = events.filter(country=country)
    if agreement is not None:
        events = events.filter(agreement=agreement)
    return list(
        events.select_related("agreement", "country")
        .prefetch_related(evidence_prefetch())
        .order_by("-created_at", "-id")[:limit]
    )


def knowledge_counts() -> dict[str, int]:
    """How much Concord knows: agreements, states with a recorded fact, events, sources."""
    events = ParticipationEvent.objects.current()
    return {
        "agreements": Agreement.objects.count(),
        "countries": events.values("country").distinct().count(),
        "events": events.count(),
        "sources": Evidence.objects.count(),
    }


def country_index() -> list[Country]:
    """Current states and any other actor with a recorded event, each with `event_count`."""
    return list(
        Country.objects.annotate(
            event_count=Count("events", filter=Q(events__merged_into__isnull=True))
        ).filter(Q(status=Country.Status.CURRENT) | Q(event_count__gt=0))
    )


def agreement_index() -> list[Agreement]:
    """Every agreement with `country_count`, the number of states on its timeline."""
    return list(
        Agreement.objects.annotate(
            country_count=Count(
                "events__country", distinct=True, filter=Q(events__merged_into__isnull=True)
            )
        )
    )


def article_claims(*, article: SourceArticle) -> list[Announcement]:
    """Every claim read in an article, in the order found, with what became of it."""
    return list(
        Announcement.objects.filter(article=article)
        .select_related("agreement", "country", "event", "event__merged_into", "stance")
        .order_by("id")
    )


@dataclass
class SearchResults:
    countries: list[Country] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    articles: list[SourceArticle] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.countries) + len(self.agreements) + len(self.articles)


def _matching_ids(needle: str, names: dict[int, list[str]], fold) -> list[int]:
    return [pk for pk, texts in names.items() if any(needle in fold(text) for text in texts)]


def _search_names() -> tuple[dict, dict, dict, dict]:
    """Every state and agreement with all its names and aliases: four queries, then kept in
    the cache until a name changes (timeline_cache.names_version)."""
    from django.core.cache import cache

    from agreements.timeline_cache import TIMEOUT, names_version

    key = f"concord:search-names:{names_version()}"
    found = cache.get(key)
    if found is not None:
        return found
    country_names: dict[int, list[str]] = defaultdict(list)
    countries = {c.pk: c for c in Country.objects.all()}
    for country in countries.values():
        country_names[country.pk] += [*country.names.values(), country.iso2, country.iso3]
    for country_id, text in CountryAlias.objects.values_list("country_id", "text"):
        country_names[country_id].append(text)
    agreement_names: dict[int, list[str]] = defaultdict(list)
    agreements = {a.pk: a for a in Agreement.objects.all()}
    for agreement in agreements.values():
        agreement_names[agreement.pk] += [*agreement.names.values(), agreement.slug]
    for agreement_id, text in AgreementAlias.objects.values_list("agreement_id", "text"):
        agreement_names[agreement_id].append(text)
    found = (countries, dict(country_names), agreements, dict(agreement_names))
    cache.set(key, found, TIMEOUT)
    return found


def site_search(*, query: str, fold, find_articles, limit: int = 25) -> SearchResults:
    """Countries and agreements whose name or alias in any language contains `query`, and
    the articles `find_articles(queryset, query)` finds (the API's article search, so that
    "اتفاقات إبراهيم" finds "الاتفاقات الإبراهيمية"), or whose outlet it names.

    Names are compared after `fold` (script normalisation), so "الامارات" finds
    "الإمارات". The name lists are small, read whole and cached until a name changes.
    """
    needle = fold(query.strip())
    if not needle:
        return SearchResults()
    countries, country_names, agreements, agreement_names = _search_names()
    readable = SourceArticle.objects.exclude(status=SourceArticle.Status.DUPLICATE)
    # Two indexed reads (the words; the outlet's name, whole), each cut to `limit`, merged.
    newest = ("-published_on", "-id")
    articles = {
        article.pk: article
        for part in (find_articles(readable, query), readable.filter(outlet__iexact=query.strip()))
        for article in part.defer("raw", "text", "search_text").order_by(*newest)[:limit]
    }
    articles = sorted(
        articles.values(), key=lambda a: (a.published_on or date.min, a.pk), reverse=True
    )[:limit]
    country_ids = _matching_ids(needle, country_names, fold)[:limit]
    agreement_ids = _matching_ids(needle, agreement_names, fold)[:limit]
    return SearchResults(
        countries=[countries[pk] for pk in country_ids],
        agreements=[agreements[pk] for pk in agreement_ids],
        articles=articles,
    )


@dataclass
class AgreementStatus:
    """Where a country stands in one agreement on a given day."""

    agreement: Agreement
    answer: PartyAnswer
    events: list[ParticipationEvent]  # the events that decide the answer
    stance: Stance | None  # the latest stance reported by that day, if any


def country_agreements(*, country: Country, on: date) -> list[AgreementStatus]:
    """Every agreement in which `country` has an event or a stance, with its answer on `on`.

    Four queries: events, their evidence, stances, theirs.
    """
    events = _deciding(
        ParticipationEvent.objects.current().filter(country=country).select_related("agreement")
    )
    stances = (
        Stance.objects.filter(country=country, date__lte=on)
        .select_related("agreement")
        .prefetch_related(evidence_prefetch())
    )
    agreements: dict[int, Agreement] = {}
    events_by_agreement: dict[int, list[ParticipationEvent]] = defaultdict(list)
    for event in events:
        agreements[event.agreement_id] = event.agreement
        events_by_agreement[event.agreement_id].append(event)
    latest_stance: dict[int, Stance] = {}
    for stance in stances:  # oldest first, so the last one seen is the latest
        agreements.setdefault(stance.agreement_id, stance.agreement)
        latest_stance[stance.agreement_id] = stance
    statuses = []
    for agreement_id, agreement in agreements.items():
        answer, deciding = party_answer(
            events_by_agreement[agreement_id], on=on, consent_kinds=_consent_kinds(agreement)
        )
        stance = latest_stance.get(agreement_id)
        statuses.append(AgreementStatus(agreement, answer, deciding, stance))
    statuses.sort(key=lambda s: (list(PartyAnswer).index(s.answer), s.agreement.name_en))
    return statuses


def party_counts(*, on: date) -> dict[int, dict[PartyAnswer, int]]:
    """How many states are certainly, possibly and not party to each agreement on `on`.

    Keyed by agreement id; agreements without events are absent. One query, however many
    agreements and events there are.
    """
    events = (
        ParticipationEvent.objects.current()
        .select_related("agreement")
        .only("id", "country_id", "kind", "date", "precision", "agreement__id", "agreement__kind")
    )
    by_pair: dict[tuple[int, int], list[ParticipationEvent]] = defaultdict(list)
    agreements: dict[int, Agreement] = {}
    for event in events:
        by_pair[(event.agreement_id, event.country_id)].append(event)
        agreements[event.agreement_id] = event.agreement
    counts: dict[int, dict[PartyAnswer, int]] = {}
    for (agreement_id, _), pair_events in by_pair.items():
        answer, _ = party_answer(
            pair_events, on=on, consent_kinds=_consent_kinds(agreements[agreement_id])
        )
        per_answer = counts.setdefault(agreement_id, dict.fromkeys(PartyAnswer, 0))
        per_answer[answer] += 1
    return counts


# Reads for structured sources: the disagreements between sources, and whose data is shown.


def event_disagreements(
    *, events: list[ParticipationEvent], include_settled: bool = False
) -> dict[int, list[Disagreement]]:
    """The disagreements on each of `events`, open ones only unless `include_settled`.

    Keyed by event id (events without any are absent), oldest first. One query.
    """
    found = Disagreement.objects.filter(event__in=[e.pk for e in events])
    if not include_settled:
        found = found.filter(state=Disagreement.State.OPEN)
    by_event: dict[int, list[Disagreement]] = defaultdict(list)
    for disagreement in found.select_related(
        "dataset", "announcement__article", "other_event"
    ).order_by("created_at", "id"):
        by_event[disagreement.event_id].append(disagreement)
    return dict(by_event)


def disagreement_queue(*, state: str = "open") -> QuerySet[Disagreement]:
    """Disagreements for editors to settle, newest first, with what the queue shows of each."""
    found = Disagreement.objects.select_related(
        "event__agreement", "event__country", "dataset", "announcement__article", "settled_by"
    )
    if state != "all":
        found = found.filter(state=state)
    return found.order_by("-created_at", "-id")


def datasets_cited(*, events: list[ParticipationEvent]) -> list[Dataset]:
    """The datasets whose rows are sources of `events`: their attribution must be shown.

    Reads the events' evidence as prefetched by the other selectors (no query for it), then
    the datasets in one query; no query at all when no event cites a dataset.
    """
    ids = {
        evidence.dataset_id
        for event in events
        for evidence in event.evidence.all()
        if evidence.dataset_id
    }
    return list(Dataset.objects.filter(pk__in=ids).order_by("name")) if ids else []
