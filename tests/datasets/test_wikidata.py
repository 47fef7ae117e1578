"""Wikidata SPARQL JSON results: read by hand-written results in the endpoint's format."""

from datetime import date
from pathlib import Path

import pytest

from agreements.datasets import dataset_import
from agreements.datasets.records import SKIP_NO_FACT, SKIP_UNKNOWN_STATE
from agreements.datasets.wikidata import CELL_COARSE, results_parse
from agreements.models import Agreement, Disagreement, ParticipationEvent
from agreements.vocab import EventKind, Precision

RESULTS = Path(__file__).parents[1] / "fixtures" / "datasets" / "wikidata_memberships.json"


def test_times_keep_their_precision_and_states_map_by_iso_code_or_item():
    parsed = results_parse(RESULTS)
    facts = {(f.agreement_key, f.iso2, f.kind, f.date, f.precision) for f in parsed.facts}
    assert ("Q7825", "GB", EventKind.JOINED, date(1995, 1, 1), Precision.DAY) in facts
    assert ("Q7825", "EU", EventKind.JOINED, date(1995, 1, 1), Precision.DAY) in facts
    assert ("Q7809", "US", EventKind.JOINED, date(1946, 1, 1), Precision.YEAR) in facts
    assert ("Q7809", "US", EventKind.WITHDREW, date(1984, 12, 31), Precision.DAY) in facts
    assert ("Q21707860", "FR", EventKind.RATIFIED, date(2016, 10, 5), Precision.DAY) in facts
    assert [s.reason for s in parsed.ignored_cells] == [CELL_COARSE]
    assert sorted(s.reason for s in parsed.skipped_rows) == sorted(
        [SKIP_NO_FACT, SKIP_NO_FACT, SKIP_UNKNOWN_STATE]
    )


@pytest.mark.django_db
def test_results_attach_to_agreements_by_their_item_and_a_second_run_changes_nothing():
    paris = Agreement.objects.get(slug="paris-agreement")
    paris.wikidata_qid = "Q21707860"
    paris.save()

    first = dataset_import(source="wikidata", path=RESULTS)
    second = dataset_import(source="wikidata", path=RESULTS)

    assert first.changed and second.changed == 0
    assert not Agreement.objects.filter(slug__startswith="wikidata-").exists()
    us_left = ParticipationEvent.objects.current().get(
        agreement__slug="unesco",
        country__iso2="US",
        kind=EventKind.WITHDREW,
        date=date(1984, 12, 31),
    )
    wikidata_source = us_left.evidence.get(dataset__slug="wikidata")
    assert wikidata_source.url == "https://www.wikidata.org/wiki/Q30#P463"
    assert wikidata_source.dataset_row.startswith("Q30-")
    assert ParticipationEvent.objects.filter(agreement=paris, country__iso2="FR").exists()
    assert not Disagreement.objects.filter(event__agreement=paris).exists()


@pytest.mark.django_db
def test_an_item_concord_lacks_becomes_an_agreement_named_by_its_label():
    dataset_import(source="wikidata", path=RESULTS)
    made = Agreement.objects.get(wikidata_qid="Q21707860", slug="wikidata-q21707860")
    assert made.name_en == "Paris Agreement"
    assert made.external_ids == {"wikidata": {"wikidata": "Q21707860"}}
