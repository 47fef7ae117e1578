from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from ingest.models import Feed


@admin.register(Feed)
class FeedAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "url", "language", "active", "last_polled_at", "last_error"]
    list_filter = ["active", "language"]
    search_fields = ["title", "url"]
    readonly_fields = ["etag", "last_modified", "last_polled_at", "last_error"]
