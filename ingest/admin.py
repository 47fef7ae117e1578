from django.contrib import admin, messages
from kombu.exceptions import OperationalError as BrokerUnreachable
from simple_history.admin import SimpleHistoryAdmin

from agreements.admin import BROKER_DOWN
from ingest.models import Feed


@admin.register(Feed)
class FeedAdmin(SimpleHistoryAdmin):
    list_display = [
        "__str__",
        "url",
        "language",
        "active",
        "last_polled_at",
        "last_new_items",
        "last_error",
    ]
    list_filter = ["active", "language"]
    search_fields = ["title", "url"]
    readonly_fields = ["last_polled_at", "last_new_items", "last_error"]
    actions = ["poll_now"]

    @admin.action(description="Poll the selected feeds now", permissions=["change"])
    def poll_now(self, request, queryset) -> None:
        from ingest.tasks import poll_feed_task

        try:
            for feed in queryset:
                poll_feed_task.delay(feed.pk)
        except BrokerUnreachable:
            self.message_user(request, BROKER_DOWN, messages.ERROR)
            return
        self.message_user(request, f"Polling {queryset.count()} feed(s).")
