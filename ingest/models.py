"""What ingestion owns itself: the feeds it polls. Articles live in the knowledge base."""

from django.db import models
from simple_history.models import HistoricalRecords


class Feed(models.Model):
    """An RSS or Atom feed polled on a schedule; each new item becomes a SourceArticle."""

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=8, blank=True, help_text="Leave empty to detect.")
    active = models.BooleanField(default=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    last_new_items = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["title", "url"]

    def __str__(self) -> str:
        return self.title or self.url
