"""The reading commands say what to do when the database has no names yet."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from agreements.models import Agreement, ParticipationEvent


@pytest.mark.django_db
@pytest.mark.parametrize("command", ["evaluate_extraction", "extract"])
def test_a_database_without_agreements_gets_a_clear_error(command, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Turkey joined NATO on Monday.", encoding="utf-8")
    args = [str(article)] if command == "extract" else []
    ParticipationEvent.objects.all().delete()
    Agreement.objects.all().delete()
    with pytest.raises(CommandError, match="load_reference_data"):
        call_command(command, *args)
