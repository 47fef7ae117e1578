"""Importing datasets into the knowledge base: cited, idempotent, and never overwriting."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from agreements.datasets import dataset_import
from agreements.datasets.manytreaties import DEFAULT_DIR
from agreements.models import Agreement, Disagreement, Evidence, ParticipationEvent
from agreements.selectors import datasets_cited, disagreement_queue, event_disagreements
from agreements.services import announcement_accept, disagreement_settle
from agreements.tasks import import_dataset_task
from agreements.vocab import EventKind, Precision
from tests import factories

pytestmark = pytest.mark.django_db


def test_both_real_files_import_and_a_second_run_changes_nothing():
    first = dataset_import(source="manytreaties", path=DEFAULT_DIR)
    assert first.counts[("event", "insert")] > 25_000
    assert first.rows_read == 13_021

    second = dataset_import(source="manytreaties", path=DEFAULT_DIR)
    assert second.changed == 0
    assert {outcome for _, outcome in second.counts} == {"noop"}

    # The CPTPP is the catalogue's, and the UK's entry into force is one event with two sources.
    cptpp = Agreement.objects.get(slug="cptpp")
    assert cptpp.external_ids["manytreaties"]["treatyID"] == "CMPPTP_2018A"
    uk_in_force = ParticipationEvent.objects.current().get(
        agreement=cptpp, country__iso2="GB", kind=EventKind.ENTERED_INTO_FORCE
    )
    assert uk_in_force.date == date(2024, 12, 15)
    sources = list(uk_in_force.evidence.order_by("id"))
    assert len(sources) == 2
    assert sources[1].dataset.slug == "manytreaties"
    assert sources[1].dataset_row == "HUGGO_MEM_trade_additional.csv#5116"
    assert "1.0.0" in sources[1].title and "row 5116" in sources[1].title
    assert not Agreement.objects.filter(slug__startswith="cmpptp").exists()


def test_a_row_that_dates_a_known_event_otherwise_raises_a_disagreement(env_file):
    npt = Agreement.objects.get(slug="npt")
    recorded = ParticipationEvent.objects.get(agreement=npt, country__iso2="FR", kind="acceded")
    path = env_file(
        {
            "treatyID": "TRTPNW_1968A",
            "Begin": "01.07.1968",
            "stateID": "FRA",
            "Accession": "02.05.1992",
        }
    )

    report = dataset_import(source="manytreaties", path=path)

    recorded.refresh_from_db()
    assert recorded.date != date(1992, 5, 2)  # nothing overwritten
    disagreement = Disagreement.objects.get(event=recorded)
    assert (disagreement.claimed_date, disagreement.state) == (date(1992, 5, 2), "open")
    assert disagreement.dataset_row.endswith("#1")
    assert report.counts[("event", "insert")] == 0
    assert dataset_import(source="manytreaties", path=path).changed == 0


def test_a_compatible_row_becomes_one_more_source_of_the_known_event(env_file):
    treaty = factories.agreement("test-known", external_ids={})
    known = factories.event(treaty, "NO", EventKind.RATIFIED, date(2001, 1, 1), Precision.YEAR)
    row = {"treatyID": "TESTAG_1990A", "stateID": "NOR", "stateRat": "05.03.2001"}
    from agreements.datasets import manytreaties

    manytreaties.CATALOGUE["TESTAG_1990A"] = ("test-known", "01.01.1990")
    try:
        dataset_import(source="manytreaties", path=env_file(row))
    finally:
        del manytreaties.CATALOGUE["TESTAG_1990A"]
    assert ParticipationEvent.objects.filter(agreement=treaty, kind="ratified").count() == 1
    assert known.evidence.count() == 2
    known.refresh_from_db()
    assert (known.date, known.precision) == (date(2001, 1, 1), Precision.YEAR)


def test_a_news_claim_conflicting_with_an_imported_date_raises_a_disagreement(trade_file):
    dataset_import(
        source="manytreaties",
        path=trade_file({"stateID": "PER", "StateRatification": "21.07.2021"}),
    )
    imported = ParticipationEvent.objects.get(agreement__slug="testft_2000o", country__iso2="PE")
    claim = factories.announcement(imported.agreement, "PE", EventKind.RATIFIED, date(2022, 3, 1))

    announcement_accept(announcement=claim)

    disagreement = Disagreement.objects.get(event=imported)
    assert disagreement.announcement == claim
    assert disagreement.other_event == claim.__class__.objects.get(pk=claim.pk).event
    assert disagreement.claimed_date == date(2022, 3, 1)
    imported.refresh_from_db()
    assert imported.date == date(2021, 7, 21)


def test_an_import_row_conflicting_with_an_accepted_news_event_raises_a_disagreement(
    trade_file,
):
    treaty = factories.agreement("test-news-first")
    claim = factories.announcement(treaty, "CL", EventKind.ENTERED_INTO_FORCE, date(2023, 2, 1))
    announcement_accept(announcement=claim)
    claim.refresh_from_db()
    from agreements.datasets import manytreaties

    manytreaties.CATALOGUE["TESTFT_2000O"] = ("test-news-first", "01.01.2000")
    try:
        dataset_import(
            source="manytreaties", path=trade_file({"stateID": "CHL", "StateForce": "21.02.2023"})
        )
    finally:
        del manytreaties.CATALOGUE["TESTFT_2000O"]

    disagreement = Disagreement.objects.get(event=claim.event)
    assert disagreement.claimed_date == date(2023, 2, 21)
    assert ParticipationEvent.objects.filter(agreement=treaty).count() == 1
    assert list(disagreement_queue()) == [disagreement]


def test_a_withdrawal_the_dataset_denies_is_a_disagreement(env_file):
    treaty = factories.agreement("test-withdrawal")
    left = factories.event(treaty, "US", EventKind.WITHDREW, date(2020, 11, 4))
    from agreements.datasets import manytreaties

    manytreaties.CATALOGUE["TESTAG_1990A"] = ("test-withdrawal", "01.01.1990")
    try:
        dataset_import(
            source="manytreaties",
            path=env_file(
                {"stateID": "USA", "stateRat": "03.09.2016", "stateWithdrawal": "31.12.9999"}
            ),
        )
    finally:
        del manytreaties.CATALOGUE["TESTAG_1990A"]
    disagreement = Disagreement.objects.get(event=left)
    assert disagreement.field == Disagreement.Field.WITHDRAWAL
    assert "31.12.9999" in disagreement.dataset_value


def test_keeping_the_datasets_date_moves_the_event_and_cites_the_row(env_file):
    npt = Agreement.objects.get(slug="npt")
    recorded = ParticipationEvent.objects.get(agreement=npt, country__iso2="FR", kind="acceded")
    path = env_file(
        {
            "treatyID": "TRTPNW_1968A",
            "Begin": "01.07.1968",
            "stateID": "FRA",
            "Accession": "02.05.1992",
        }
    )
    dataset_import(source="manytreaties", path=path)
    editor = factories.user(editor=True)

    disagreement_settle(
        disagreement=Disagreement.objects.get(event=recorded),
        resolution=Disagreement.Resolution.KEEP_OTHER,
        user=editor,
    )

    recorded.refresh_from_db()
    assert recorded.date == date(1992, 5, 2)
    assert recorded.evidence.filter(dataset__slug="manytreaties").exists()
    settled = Disagreement.objects.get(event=recorded)
    assert (settled.state, settled.settled_by) == ("settled", editor)
    assert dataset_import(source="manytreaties", path=path).changed == 0


def test_both_standing_records_the_datasets_step_as_its_own_event(env_file):
    npt = Agreement.objects.get(slug="npt")
    recorded = ParticipationEvent.objects.get(agreement=npt, country__iso2="FR", kind="acceded")
    dataset_import(
        source="manytreaties",
        path=env_file(
            {
                "treatyID": "TRTPNW_1968A",
                "Begin": "01.07.1968",
                "stateID": "FRA",
                "Accession": "02.05.1992",
            }
        ),
    )
    disagreement_settle(
        disagreement=Disagreement.objects.get(event=recorded),
        resolution=Disagreement.Resolution.BOTH_STAND,
    )
    acceded = ParticipationEvent.objects.current().filter(
        agreement=npt, country__iso2="FR", kind="acceded"
    )
    assert acceded.count() == 2


def test_the_pages_read_disagreements_and_attributions_in_fixed_queries(
    env_file, django_assert_max_num_queries
):
    npt = Agreement.objects.get(slug="npt")
    dataset_import(
        source="manytreaties",
        path=env_file(
            {
                "treatyID": "TRTPNW_1968A",
                "Begin": "01.07.1968",
                "stateID": "FRA",
                "Accession": "02.05.1992",
                "stateSignature": "NA",
            },
            {
                "treatyID": "TRTPNW_1968A",
                "Begin": "01.07.1968",
                "stateID": "DEU",
                "stateRat": "02.05.1975",
            },
        ),
    )
    events = list(
        ParticipationEvent.objects.current().filter(agreement=npt).prefetch_related("evidence")
    )
    with django_assert_max_num_queries(2):
        disagreements = event_disagreements(events=events)
        cited = datasets_cited(events=events)
    assert sum(len(found) for found in disagreements.values()) == 1
    assert [d.slug for d in cited] == ["manytreaties"]
    assert "CC BY 4.0" in cited[0].attribution


def test_the_command_says_when_nothing_changed(trade_file):
    path = trade_file({"stateID": "GBR", "StateSignature": "16.07.2023"})
    call_command("import_dataset", "manytreaties", str(path), "--no-progress", stdout=StringIO())
    out = StringIO()
    call_command("import_dataset", "manytreaties", str(path), "--no-progress", stdout=out)
    assert "nothing changed" in out.getvalue()


def test_the_task_imports_through_the_same_service(trade_file):
    path = trade_file({"stateID": "SGP", "StateSignature": "16.07.2023"})
    result = import_dataset_task.delay("manytreaties", str(path)).get()
    assert "event" in result
    assert Evidence.objects.filter(dataset__slug="manytreaties", event__country__iso2="SG")
