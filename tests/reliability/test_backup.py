"""export_kb and import_kb: the whole knowledge base out and back in, identically."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase

from agreements.models import Announcement, ParticipationEvent, SourceArticle
from agreements.services import announcement_accept, announcement_reject, event_merge
from ingest.services import article_submit_text
from tests import factories

SEED = Path(django_settings.BASE_DIR) / "samples" / "articles" / "kazakhstan-abraham-accords.ar.txt"


def export() -> dict:
    out = StringIO()
    call_command("export_kb", "-", stdout=out, stderr=StringIO())
    document = json.loads(out.getvalue())
    document.pop("exported_at")
    return document


@pytest.mark.django_db(transaction=True)
def test_a_knowledge_base_round_trips_through_export_and_import(tmp_path):
    call_command("flush", interactive=False)
    call_command("load_reference_data", stdout=StringIO())
    editor = factories.user("curator", editor=True)
    with TestCase.captureOnCommitCallbacks(execute=True):
        article, _ = article_submit_text(text=SEED.read_text(encoding="utf-8"))
    kz = Announcement.objects.get(article=article, country__iso2="KZ")
    announcement_accept(announcement=kz, user=editor, note="checked")
    announcement_reject(
        announcement=Announcement.objects.get(article=article, country__iso2="LB"), user=editor
    )
    keep = ParticipationEvent.objects.get(agreement__slug="nato", country__iso2="SE", kind="joined")
    duplicate = factories.event(
        keep.agreement, "SE", "joined", keep.date.replace(day=1), "month", source="A later report"
    )
    event_merge(keep=keep, others=[duplicate])
    before = export()
    assert before["models"]["agreements.historicalparticipationevent"]
    path = tmp_path / "kb.json"
    call_command("export_kb", str(path), stderr=StringIO())

    call_command("flush", interactive=False)
    assert not SourceArticle.objects.exists()
    call_command("import_kb", str(path), stdout=StringIO())

    after = export()
    (tmp_path / "before.json").write_text(json.dumps(before))
    (tmp_path / "after.json").write_text(json.dumps(after))
    assert after == before
    restored = Announcement.objects.get(pk=kz.pk)
    assert (restored.state, restored.reviewed_by.username) == ("accepted", "curator")
    assert not restored.reviewed_by.has_usable_password()
    assert ParticipationEvent.objects.get(pk=duplicate.pk).merged_into_id == keep.pk
    # new rows after a restore get fresh keys, not ones already used
    assert factories.article().pk > article.pk


@pytest.mark.django_db
def test_import_refuses_a_database_that_is_not_empty(tmp_path):
    path = tmp_path / "kb.json"
    call_command("export_kb", str(path), stderr=StringIO())
    with pytest.raises(CommandError, match="not empty"):
        call_command("import_kb", str(path), stdout=StringIO())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not JSON"),
        ('{"format": "something-else"}', "not a Concord"),
        ('{"format": "concord-kb", "version": 99, "models": {}}', "version 99"),
    ],
)
def test_import_refuses_files_it_cannot_read(tmp_path, content, message):
    path = tmp_path / "kb.json"
    path.write_text(content)
    with pytest.raises(CommandError, match=message):
        call_command("import_kb", str(path), stdout=StringIO())
