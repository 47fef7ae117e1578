"""Article search: a normalised copy of each article's words, indexed on PostgreSQL.

The indexes exist only on PostgreSQL (SQLite searches with plain matching), so they are made
here rather than declared on the model.
"""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.operations import TrigramExtension
from django.contrib.postgres.search import SearchVector
from django.db import migrations, models

from agreements.models import search_document

# The full-text index must use the very expression that agreements/api/search.py filters on.
INDEXES = [
    GinIndex(SearchVector("search_text", config="simple"), name="article_search_fts"),
    GinIndex(OpClass("search_text", name="gin_trgm_ops"), name="article_search_trgm"),
]


def fill_search_text(apps, schema_editor):
    SourceArticle = apps.get_model("agreements", "SourceArticle")
    for article in SourceArticle.objects.only("pk", "title", "text").iterator():
        SourceArticle.objects.filter(pk=article.pk).update(
            search_text=search_document(article.title, article.text)
        )


def add_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for index in INDEXES:
            schema_editor.add_index(apps.get_model("agreements", "SourceArticle"), index)


def remove_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for index in INDEXES:
            schema_editor.remove_index(apps.get_model("agreements", "SourceArticle"), index)


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="sourcearticle",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
        TrigramExtension(),  # a no-op on other databases
        migrations.RunPython(add_indexes, remove_indexes),
    ]
