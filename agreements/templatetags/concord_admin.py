"""What the admin's front page tells an editor first: how much is waiting for review."""

from django import template
from django.urls import reverse

from agreements.models import Announcement, Disagreement, SourceArticle

register = template.Library()


@register.inclusion_tag("admin/_review_queue.html", takes_context=True)
def review_queue_panel(context) -> dict:
    user = context["request"].user
    if not user.has_perm("agreements.view_announcement"):
        return {"lines": []}
    changelist = "admin:agreements_{}_changelist"
    lines = [
        (
            Announcement.objects.filter(state=Announcement.State.PENDING).count(),
            "announcements waiting for review",
            reverse(changelist.format("announcement")),
        ),
        (
            Disagreement.objects.filter(state=Disagreement.State.OPEN).count(),
            "disagreements between sources to settle",
            reverse(changelist.format("disagreement")),
        ),
        (
            SourceArticle.objects.filter(status=SourceArticle.Status.FAILED).count(),
            "articles that could not be read",
            reverse(changelist.format("sourcearticle")) + "?status__exact=failed",
        ),
    ]
    return {"lines": lines}
