"""Reading is public; writing is for the editor group (agreements.services.EDITOR_GROUP) and
for superusers, who may do anything in the admin already."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

from agreements.services import EDITOR_GROUP


def is_editor(user) -> bool:
    if not (user and user.is_authenticated):
        return False
    return user.is_superuser or user.groups.filter(name=EDITOR_GROUP).exists()


class EditorWritesOrReadOnly(BasePermission):
    message = "Writing needs the token or session of a user in the editor group."

    def has_permission(self, request, view) -> bool:
        return request.method in SAFE_METHODS or is_editor(request.user)


class EditorsOnly(BasePermission):
    message = "Only users in the editor group can see and change this."

    def has_permission(self, request, view) -> bool:
        return is_editor(request.user)
