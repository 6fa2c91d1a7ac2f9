"""The "Import" item in the Wagtail admin menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("import/", admin_views.import_view, name="transfer_import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        from knowledge.models import PracticeProjectIndexPage

        index = PracticeProjectIndexPage.objects.first()
        return index is None or index.permissions_for_user(request.user).can_add_subpage()


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Import"), reverse("transfer_import"), icon_name="upload", order=260)
