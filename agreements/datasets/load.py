"""`Parsed` → rows: agreements, events, evidence citing the dataset row, and disagreements.

Loading is an import in the openstates manner (see agreements/reference): every agreement,
event, source and disagreement is inserted, updated or left unchanged (noop), and a second
load of the same data changes nothing. Each agreement is loaded in its own transaction, with
what it already has read in three queries, so the cost grows with the data, not with the
queries per row.

A fact from the dataset is attached, as one more source, to the event that already records
it (same agreement, state and kind, a date compatible at the coarser precision). When the
only events of that kind come from other sources and say another date, the dataset's date is
not written anywhere on the timeline: a Disagreement records it for an editor to settle.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from agreements.datasets.records import (
    SKIP_UNKNOWN_STATE,
    AgreementRecord,
    DenialRecord,
    FactRecord,
    Parsed,
)
from agreements.models import (
    Agreement,
    Country,
    Dataset,
    Disagreement,
    Evidence,
    ParticipationEvent,
    period_end,
)
from agreements.reference import LoadReport
from agreements.timeline_cache import facts_changed_all
from agreements.vocab import EventKind, Precision

_PRECISION_ORDER = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2}


@dataclass
class ImportReport(LoadReport):
    """LoadReport's insert / update / noop counts, and what the source held that was not used."""

    rows_read: int = 0
    skipped_rows: Counter = field(default_factory=Counter)  # reason → rows
    ignored_cells: Counter = field(default_factory=Counter)  # reason → cells
    attached: int = 0  # dataset sources added to events that other sources recorded first
    states: set = field(default_factory=set)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> list[str]:
        lines = self.lines()
        lines.append(f"rows read {self.rows_read}; states and other parties {len(self.states)}")
        lines.append(f"dataset sources added to events recorded by other sources: {self.attached}")
        for reason, n in self.skipped_rows.most_common():
            lines.append(f"skipped {n:>5} row(s): {reason}")
        for reason, n in self.ignored_cells.most_common():
            lines.append(f"ignored {n:>5} cell(s): {reason}")
        return lines


def dataset_upsert(*, slug: str, report: LoadReport, **values) -> Dataset:
    dataset = Dataset.objects.filter(slug=slug).first()
    if dataset is None:
        report.add("dataset", "insert")
        return Dataset.objects.create(slug=slug, **values)
    changed = [name for name, value in values.items() if getattr(dataset, name) != value]
    if changed:
        for name in changed:
            setattr(dataset, name, values[name])
        dataset.save()
    report.add("dataset", "update" if changed else "noop")
    return dataset


def _overlap(a_start, a_precision, b_start, b_precision) -> bool:
    return a_start <= period_end(b_start, b_precision) and b_start <= period_end(
        a_start, a_precision
    )


def _agreement_values(record: AgreementRecord) -> dict:
    def dated(value, name: str, precision_name: str) -> dict:
        if value is None:
            return {name: None}
        return {name: value.date, precision_name: value.precision}

    return {
        "kind": record.kind,
        "name_en": record.title[:300],
        "names": {"en": record.title[:300]},
        **dated(record.adopted, "adopted", "adopted_precision"),
        **dated(record.opened_for_signature, "opened_for_signature", "opened_precision"),
        **dated(record.entry_into_force, "entry_into_force", "entry_into_force_precision"),
    }


class _AgreementIndex:
    """The agreements a load may touch, read once: by slug and by Wikidata item."""

    def __init__(self, parsed: Parsed):
        slugs = {r.slug for r in parsed.agreements.values()} | {
            r.catalogue_slug for r in parsed.agreements.values() if r.catalogue_slug
        }
        qids = {r.wikidata_qid for r in parsed.agreements.values() if r.wikidata_qid}
        self.by_slug = {a.slug: a for a in Agreement.objects.filter(slug__in=slugs)}
        self.by_qid = {a.wikidata_qid: a for a in Agreement.objects.filter(wikidata_qid__in=qids)}

    def upsert(self, record: AgreementRecord, source: str, report: LoadReport) -> Agreement | None:
        """The agreement a record is about; the catalogue's own fields are never changed."""
        existing = self.by_slug.get(record.catalogue_slug) or self.by_qid.get(record.wikidata_qid)
        ids = {**record.external_ids}
        if existing is not None and existing.slug != record.slug:
            # A catalogue agreement: the import adds its identifiers, nothing else.
            merged = {**existing.external_ids, source: ids}
            if merged != existing.external_ids:
                existing.external_ids = merged
                existing.save(update_fields=["external_ids", "updated_at"])
                report.add("agreement", "update")
            else:
                report.add("agreement", "noop")
            return existing
        values = {**_agreement_values(record), "external_ids": {source: ids}}
        if record.wikidata_qid:
            values["wikidata_qid"] = record.wikidata_qid
        agreement = self.by_slug.get(record.slug)
        if agreement is None:
            agreement = Agreement.objects.create(slug=record.slug, **values)
            self.by_slug[record.slug] = agreement
            report.add("agreement", "insert")
            return agreement
        if source not in agreement.external_ids:
            # same slug, not made by this source: do not take it over
            report.problems.append(f"{record.key}: slug {record.slug} is taken; not imported")
            return None
        values["external_ids"] = {**agreement.external_ids, source: ids}
        changed = [name for name, value in values.items() if getattr(agreement, name) != value]
        if changed:
            for name in changed:
                setattr(agreement, name, values[name])
            agreement.save()
            report.add("agreement", "update")
        else:
            report.add("agreement", "noop")
        return agreement


@dataclass
class _Existing:
    """What one agreement already holds, read in three queries."""

    events: dict[tuple[int, str], list[ParticipationEvent]]
    own_rows: dict[tuple[int, str], Evidence]  # (event id, dataset row) → evidence
    foreign: set[int]  # events with at least one source other than this dataset
    disagreements: set[tuple[int, str, str]]  # (event id, field, dataset row)


def _existing_read(agreement: Agreement, dataset: Dataset) -> _Existing:
    events: dict[tuple[int, str], list[ParticipationEvent]] = defaultdict(list)
    for event in ParticipationEvent.objects.current().filter(agreement=agreement):
        events[(event.country_id, event.kind)].append(event)
    own_rows: dict[tuple[int, str], Evidence] = {}
    foreign: set[int] = set()
    # Plain tuples rather than model instances: a re-import reads tens of thousands of rows.
    for pk, event_id, dataset_id, row, title, url, quote, lang in Evidence.objects.filter(
        event__agreement=agreement, event__merged_into__isnull=True
    ).values_list(
        "id", "event_id", "dataset_id", "dataset_row", "title", "url", "quote", "quote_lang"
    ):
        if dataset_id == dataset.pk:
            own_rows[(event_id, row)] = Evidence(
                pk=pk, event_id=event_id, title=title, url=url, quote=quote, quote_lang=lang
            )
        else:
            foreign.add(event_id)
    disagreements = set(
        Disagreement.objects.filter(event__agreement=agreement, dataset=dataset).values_list(
            "event_id", "field", "dataset_row"
        )
    )
    return _Existing(events, own_rows, foreign, disagreements)


def _evidence_values(dataset: Dataset, fact: FactRecord) -> dict:
    file, _, row = fact.row.partition("#")
    return {
        "title": f"{dataset.name} {dataset.version}, {file}, row {row}"[:500],
        "url": fact.url or dataset.url,
        "quote": fact.quote or f"{fact.column}: {fact.value}",
        "quote_lang": "en",
    }


def _date_summary(fact: FactRecord, event: ParticipationEvent) -> str:
    return (
        f"{event.get_kind_display()}: {event.date_display} on record; "
        f"{fact.row} says {fact.value} ({fact.column})"
    )


class _AgreementLoad:
    """One agreement's facts against what it already holds: the bulk writes are collected
    here and made at the end, in a handful of queries."""

    def __init__(self, agreement, dataset, countries, report: ImportReport):
        self.agreement = agreement
        self.dataset = dataset
        self.countries = countries
        self.report = report
        self.existing = _existing_read(agreement, dataset)
        self.new_events: list[ParticipationEvent] = []
        self.new_evidence: list[Evidence] = []
        self.new_disagreements: list[Disagreement] = []
        self.updated_evidence: list[Evidence] = []
        self.cited: set[tuple] = set()  # (event, row) pairs already cited in this load

    def facts(self, facts: list[FactRecord]) -> None:
        """One state's steps of one kind: cited on the events that record them, recorded as
        new events, or, where they contradict the record, raised as disagreements.

        A step the record has (a compatible date) gains a source. When the source and the
        record share none of their steps of this kind, the source's other date contradicts
        the record: a disagreement with the nearest recorded step. When they share some,
        they describe one series (a state that joined, left and joined again) and the
        source's further dates are further steps.
        """
        country = self.countries[facts[0].iso2]
        candidates = self.existing.events[(country.pk, facts[0].kind)]
        recorded = [e for e in candidates if e.pk is not None and e.pk in self.existing.foreign]
        matches = {fact: self._match(candidates, fact) for fact in facts}
        shared = any(match in recorded for match in matches.values())
        for fact in facts:
            match = matches[fact] or self._match(candidates, fact)
            if match is not None:
                self.report.add("event", "noop")
                self._cite(match, fact)
            elif recorded and not shared:
                rival = min(recorded, key=lambda e: (abs((e.date - fact.date).days), e.pk))
                self._disagree(rival, Disagreement.Field.DATE, fact, _date_summary(fact, rival))
            else:
                event = ParticipationEvent(
                    agreement=self.agreement,
                    country=country,
                    kind=fact.kind,
                    date=fact.date,
                    precision=fact.precision,
                )
                self.new_events.append(event)
                candidates.append(event)
                self.report.add("event", "insert")
                self._cite(event, fact)

    @staticmethod
    def _match(candidates: list[ParticipationEvent], fact: FactRecord):
        matching = [
            e for e in candidates if _overlap(e.date, e.precision, fact.date, fact.precision)
        ]
        matching.sort(key=lambda e: (_PRECISION_ORDER[e.precision], e.date))
        return matching[0] if matching else None

    def denial(self, denial: DenialRecord) -> None:
        """A row says the state never withdrew: any withdrawal on record is disputed."""
        country = self.countries[denial.iso2]
        for event in self.existing.events[(country.pk, EventKind.WITHDREW)]:
            if event.pk is None or event.pk not in self.existing.foreign:
                continue
            summary = (
                f"Withdrew {event.date_display} on record; {denial.row} says "
                f"{denial.value} ({denial.column}): no withdrawal"
            )
            fact = FactRecord(
                denial.agreement_key, denial.iso2, EventKind.WITHDREW, event.date,
                event.precision, denial.row, denial.column, denial.value,
                quote=f"{denial.column} {denial.value}: no end",
            )  # fmt: skip
            self._disagree(event, Disagreement.Field.WITHDRAWAL, fact, summary, dated=False)

    def _cite(self, event: ParticipationEvent, fact: FactRecord) -> None:
        values = _evidence_values(self.dataset, fact)
        # events made in this load have no pk yet: they are told apart by identity
        key = (event.pk if event.pk is not None else id(event), fact.row)
        evidence = self.existing.own_rows.get(key)
        if evidence is None:
            if event.pk is not None and event.pk in self.existing.foreign:
                self.report.attached += 1
            evidence = Evidence(event=event, dataset=self.dataset, dataset_row=fact.row, **values)
            self.existing.own_rows[key] = evidence
            self.cited.add(key)
            self.new_evidence.append(evidence)
            self.report.add("evidence", "insert")
            return
        if key in self.cited:
            return  # two columns of one row say the same step: one source
        self.cited.add(key)
        changed = [name for name, value in values.items() if getattr(evidence, name) != value]
        if changed:
            for name in changed:
                setattr(evidence, name, values[name])
            self.updated_evidence.append(evidence)
            self.report.add("evidence", "update")
        else:
            self.report.add("evidence", "noop")

    def _disagree(
        self, event, field_name: str, fact: FactRecord, summary: str, *, dated: bool = True
    ) -> None:
        key = (event.pk, field_name, fact.row)
        if key in self.existing.disagreements:
            self.report.add("disagreement", "noop")
            return
        self.existing.disagreements.add(key)
        self.new_disagreements.append(
            Disagreement(
                event=event,
                field=field_name,
                claimed_date=fact.date if dated else None,
                claimed_precision=fact.precision if dated else "",
                dataset=self.dataset,
                dataset_row=fact.row,
                dataset_value=_evidence_values(self.dataset, fact)["quote"],
                summary=summary,
            )
        )
        self.report.add("disagreement", "insert")

    def save(self) -> None:
        if self.new_events:
            bulk_create_with_history(self.new_events, ParticipationEvent)
        if self.new_evidence:
            bulk_create_with_history(self.new_evidence, Evidence)
        if self.updated_evidence:
            Evidence.objects.bulk_update(
                self.updated_evidence, ["title", "url", "quote", "quote_lang"]
            )
        if self.new_disagreements:
            bulk_create_with_history(self.new_disagreements, Disagreement)


def parsed_load(
    *,
    parsed: Parsed,
    dataset: Dataset,
    report: ImportReport,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Load what a reader parsed, one transaction per agreement."""
    report.rows_read += parsed.rows_read
    report.skipped_rows.update(parsed.skipped_by_reason())
    report.ignored_cells.update(parsed.ignored_by_reason())
    report.notes += parsed.notes
    countries = {c.iso2: c for c in Country.objects.all()}
    facts_by: dict[str, list[FactRecord]] = defaultdict(list)
    for fact in parsed.facts:
        if fact.iso2 not in countries:
            report.skipped_rows[SKIP_UNKNOWN_STATE + " (not in the country table)"] += 1
            continue
        facts_by[fact.agreement_key].append(fact)
    denials_by: dict[str, list[DenialRecord]] = defaultdict(list)
    for denial in parsed.denials:
        if denial.iso2 in countries:
            denials_by[denial.agreement_key].append(denial)
    index = _AgreementIndex(parsed)
    total = len(parsed.agreements)
    for done, (key, record) in enumerate(parsed.agreements.items(), start=1):
        with transaction.atomic():
            agreement = index.upsert(record, dataset.slug, report)
            if agreement is not None:
                load = _AgreementLoad(agreement, dataset, countries, report)
                steps: dict[tuple[str, str], list[FactRecord]] = defaultdict(list)
                for fact in facts_by[key]:
                    steps[(fact.iso2, fact.kind)].append(fact)
                    report.states.add(fact.iso2)
                for same_kind in steps.values():
                    load.facts(same_kind)
                for denial in denials_by[key]:
                    load.denial(denial)
                load.save()
        if progress:
            progress(done, total)
    if report.changed:
        Dataset.objects.filter(pk=dataset.pk).update(imported_at=timezone.now())
        facts_changed_all()  # bulk writes send no signals: cached timelines are all stale
    return report
