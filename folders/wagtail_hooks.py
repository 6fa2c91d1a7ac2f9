"""Collections in the admin: trainers see and edit their own, the Redaktion all of them."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies import OwnershipPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, EditView, SnippetViewSet

from .models import Folder

# "add" lets a trainer edit only the collections they own; "change" (Redaktion) edits all.
register_permission_policy(Folder, OwnershipPermissionPolicy(Folder, owner_field_name="owner"))


class OwnObjectMixin:
    """Wagtail's generic views check "change" per model only; collections are per owner."""

    instance_permission = "change"

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.instance_permission, obj
        ):
            raise PermissionDenied
        return obj


class FolderEditView(OwnObjectMixin, EditView):
    pass


class FolderDeleteView(OwnObjectMixin, DeleteView):
    instance_permission = "delete"


class FolderViewSet(SnippetViewSet):
    model = Folder
    icon = "folder-open-1"
    menu_label = _("Mappen")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["title", "session_date", "course", "visibility", "owner"]
    list_filter = ["visibility", "course"]
    search_fields = ["title"]
    edit_view_class = FolderEditView
    delete_view_class = FolderDeleteView

    def get_queryset(self, request):
        queryset = Folder.objects.select_related("course", "owner")
        if request.user.has_perm("folders.change_folder"):
            return queryset
        return queryset.filter(owner=request.user)


register_snippet(FolderViewSet)
