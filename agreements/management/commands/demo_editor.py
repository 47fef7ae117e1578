import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from agreements.services import editor_group_sync


class Command(BaseCommand):
    help = "Create the demo editor account with a fresh random password, printed once."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--username", default="editor")

    def handle(self, *args, username: str, **options) -> None:
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(username=username)
        if not created and user.has_usable_password():
            self.stdout.write(
                f"Demo editor '{username}' exists already; its password was printed when it was "
                f"created (reset it with: python manage.py changepassword {username})."
            )
            return
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        user.is_staff = True
        user.save()
        user.groups.add(editor_group_sync())
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo editor created. Log in at /admin/ as '{username}' with password: {password}"
            )
        )
