"""Disagreements and dataset attributions reach readers: in the pages and in the API."""

import pytest

from agreements.datasets import dataset_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def npt_disagreement(env_file):
    """The data dates France's NPT accession otherwise than the catalogue does."""
    row = {"treatyID": "TRTPNW_1968A", "Begin": "01.07.1968", "stateID": "FRA",
           "Accession": "02.05.1992"}  # fmt: skip
    dataset_import(source="manytreaties", path=env_file(row))


@pytest.fixture
def npt_corroborated(env_file):
    """The data agrees with the catalogue on China's NPT accession: a second source."""
    row = {"treatyID": "TRTPNW_1968A", "Begin": "01.07.1968", "stateID": "CHN",
           "Accession": "09.03.1992"}  # fmt: skip
    dataset_import(source="manytreaties", path=env_file(row))


def test_the_country_page_shows_the_disagreement_and_the_attribution(client, npt_disagreement):
    page = client.get("/en/countries/FR/").content.decode()
    assert "Sources disagree" in page
    assert "Another source gives 1992-05-02." in page
    assert "Hollway" in page


def test_a_dataset_source_carries_its_attribution(client, npt_corroborated):
    page = client.get("/en/countries/CN/").content.decode()
    assert "Hollway" in page and "CC BY 4.0" in page
    body = client.get("/api/v1/countries/CN/timeline/?agreement=npt").json()
    cited = [s for e in body["results"] for s in e["sources"] if s["dataset"]]
    assert cited and all("Hollway" in s["dataset"]["attribution"] for s in cited)


def test_the_arabic_country_page_shows_the_disagreement_too(client, npt_disagreement):
    page = client.get("/ar/countries/FR/").content.decode()
    assert "المصادر مختلفة" in page


def test_the_api_timeline_carries_disagreements_and_the_datasets_attribution(
    client, npt_disagreement
):
    body = client.get("/api/v1/countries/FR/timeline/?agreement=npt").json()
    disputed = [e for e in body["results"] if e["disagreements"]]
    assert len(disputed) == 1
    disagreement = disputed[0]["disagreements"][0]
    assert (disagreement["field"], disagreement["claimed_date"]) == ("date", "1992-05-02")
    assert disagreement["dataset"]["licence"] == "CC BY 4.0"
    assert "Hollway" in disagreement["dataset"]["attribution"]


def test_the_event_detail_lists_its_open_disagreements(client, npt_disagreement):
    from agreements.models import Disagreement

    event_id = Disagreement.objects.get().event_id
    body = client.get(f"/api/v1/events/{event_id}/").json()
    assert len(body["disagreements"]) == 1
