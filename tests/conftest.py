from io import StringIO

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load every country and the catalogue once; each test then runs in its own transaction.

    Tests that need a transactional database (live server, a worker process) run after the
    others and load what they need themselves, since their flush empties the tables.
    """
    with django_db_blocker.unblock():
        call_command("load_reference_data", stdout=StringIO())
