"""Article search reads a stored tsvector instead of parsing each article's text again.

Ranking and the recheck of prefix matches (`word:*`) parsed `search_text` of every matching
article on each query: seconds for a common word among a million articles. PostgreSQL now
keeps the parsed words in a generated column with its own GIN index. SQLite has neither and
searches with plain matching, as before.
"""

from django.db import migrations

FORWARD = [
    "ALTER TABLE agreements_sourcearticle ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED",
    "DROP INDEX IF EXISTS article_search_fts",
    "CREATE INDEX article_search_vector ON agreements_sourcearticle USING gin (search_vector)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS article_search_vector",
    "ALTER TABLE agreements_sourcearticle DROP COLUMN IF EXISTS search_vector",
    "CREATE INDEX article_search_fts ON agreements_sourcearticle "
    "USING gin (to_tsvector('simple'::regconfig, search_text))",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("agreements", "0005_dataset_import_permission")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
