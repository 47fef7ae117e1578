"""The disagreements queue and the datasets in the admin, as an editor uses them."""

import pytest
from django.urls import reverse

from agreements.datasets import dataset_import
from agreements.models import Disagreement, ParticipationEvent
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(factories.user(editor=True))
    return client


@pytest.fixture
def npt_disagreement(env_file):
    row = {"treatyID": "TRTPNW_1968A", "Begin": "01.07.1968", "stateID": "FRA",
           "Accession": "02.05.1992"}  # fmt: skip
    dataset_import(source="manytreaties", path=env_file(row))
    return Disagreement.objects.get()


def test_the_queue_opens_on_open_disagreements(editor_client, npt_disagreement):
    response = editor_client.get(reverse("admin:agreements_disagreement_changelist"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "1992-05-02" in page and "HUGGO_MEM_env_reconciled.csv#1" in page


def test_an_editor_settles_by_keeping_the_recorded_date(editor_client, npt_disagreement):
    response = editor_client.post(
        reverse("admin:agreements_disagreement_changelist"),
        {"action": "keep_event", "_selected_action": [npt_disagreement.pk]},
    )
    assert response.status_code == 302
    npt_disagreement.refresh_from_db()
    assert (npt_disagreement.state, npt_disagreement.resolution) == ("settled", "keep_event")
    assert npt_disagreement.event.date.isoformat() == "1992-08-03"


def test_the_event_page_shows_its_disagreements(editor_client, npt_disagreement):
    event = ParticipationEvent.objects.get(pk=npt_disagreement.event_id)
    response = editor_client.get(
        reverse("admin:agreements_participationevent_change", args=[event.pk])
    )
    assert response.status_code == 200
    assert "02.05.1992" in response.content.decode()


def test_editors_see_the_datasets(editor_client, npt_disagreement):
    response = editor_client.get(reverse("admin:agreements_dataset_changelist"))
    assert response.status_code == 200
    assert "CC BY 4.0" in response.content.decode()
