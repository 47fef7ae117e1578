from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_editor_group(**kwargs) -> None:
    from agreements.services import editor_group_sync

    editor_group_sync()


class AgreementsConfig(AppConfig):
    name = "agreements"
    verbose_name = "Agreements"

    def ready(self) -> None:
        # Permissions exist only once migrate has created them, app by app, so the group is
        # brought in step after every app's migration (the last call sees them all).
        post_migrate.connect(_sync_editor_group, dispatch_uid="concord_editor_group")
        from agreements import timeline_cache

        timeline_cache.connect()
